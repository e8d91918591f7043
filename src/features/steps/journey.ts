import { partsOf, type PartOfWorkbook } from "../../content/kinds";
import type { Step } from "../../content/types";
import { workbook } from "../../content/workbook";

const parts = partsOf(workbook);
const steps: readonly Step[] = workbook.steps;

/** The step that closes the journey: progress, the PDF and the backup. */
export const reviewStep: Step | undefined = steps.find((step) => step.review);

/** The part a step starts, if it is the first step of one. */
export function partStartedBy(step: Step): PartOfWorkbook | undefined {
  return parts.find((part) => part.steps[0] === step);
}

/**
 * Where a step leads. Within a part, to the part's next step; the last step of each part leads
 * to the review step, and offers the next part beside it. The review step leads nowhere.
 */
export function nextFrom(step: Step): { next?: Step; nextPart?: PartOfWorkbook } {
  const p = parts.findIndex((part) => part.steps.includes(step));
  const part = parts[p];
  if (!part) return {};
  const i = part.steps.indexOf(step);
  const following = part.steps[i + 1];
  if (following) return { next: following };
  return {
    ...(reviewStep && { next: reviewStep }),
    ...(parts[p + 1] && { nextPart: parts[p + 1] }),
  };
}

/** Back from a step: the one before it; from the review step, the step the user came from. */
export function backFrom(step: Step, cameFrom: string | null): Step | undefined {
  const from = step.review ? steps.find((s) => s.id === cameFrom && !s.review) : undefined;
  return from ?? steps[steps.indexOf(step) - 1];
}
