import { workbook } from "../../content/workbook";

/**
 * The coach's review space lives at ?coach, a page of its own: it opens its own store under its
 * own key, and the coach's own workbook is not opened at all while it is shown.
 */
const PARAM = "coach";
const firstReviewedStep = workbook.steps.find((s) => s.fields.length > 0)?.id ?? "";

export function isCoachSpace(search: string): boolean {
  return new URLSearchParams(search).has(PARAM);
}

/** Opens the coach space; with a review's id, at the first page of that workbook. */
export function goToCoachSpace(reviewId?: string): void {
  const at = reviewId ? `#/r/${reviewId}/${firstReviewedStep}` : "";
  window.location.assign(`${window.location.pathname}?${PARAM}${at}`);
}

export function leaveCoachSpace(): void {
  window.location.assign(window.location.pathname);
}

/**
 * The coach space's page, loaded only when opened. The import() is here rather than in main.tsx,
 * and main.tsx draws it: an import() in the entry module, or a lazy part that imports
 * react-dom/client itself, makes Rolldown split the first load into more files.
 */
export async function loadCoachSpace() {
  return (await import("../review/review-step")).CoachSpacePage;
}
