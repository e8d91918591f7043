import { partsOf, type PartOfWorkbook } from "../../content/kinds";
import type { Step, Workbook } from "../../content/types";

/** The step that closes the journey: progress, the PDF and the backup. */
export const reviewStepOf = (workbook: Workbook): Step | undefined =>
  workbook.steps.find((step) => step.review);

/** The part a step starts, if it is the first step of one. */
export function partStartedBy(workbook: Workbook, step: Step): PartOfWorkbook | undefined {
  return partsOf(workbook).find((part) => part.steps[0]?.id === step.id);
}

/**
 * Where a step leads. Within a part, to the part's next step; the last step of each part leads
 * to the review step, and offers the next part beside it. The review step leads nowhere.
 */
export function nextFrom(
  workbook: Workbook,
  step: Step,
): { next?: Step; nextPart?: PartOfWorkbook } {
  const parts = partsOf(workbook);
  const p = parts.findIndex((part) => part.steps.some((s) => s.id === step.id));
  const part = parts[p];
  if (!part) return {};
  const i = part.steps.findIndex((s) => s.id === step.id);
  const following = part.steps[i + 1];
  if (following) return { next: following };
  const reviewStep = reviewStepOf(workbook);
  return {
    ...(reviewStep && { next: reviewStep }),
    ...(parts[p + 1] && { nextPart: parts[p + 1] }),
  };
}

/** Back from a step: the one before it; from the review step, the step the user came from. */
export function backFrom(
  workbook: Workbook,
  step: Step,
  cameFrom: string | null,
): Step | undefined {
  const { steps } = workbook;
  const from = step.review ? steps.find((s) => s.id === cameFrom && !s.review) : undefined;
  return from ?? steps[steps.findIndex((s) => s.id === step.id) - 1];
}
