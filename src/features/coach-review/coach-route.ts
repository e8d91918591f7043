import { shape } from "../../content/shape";

/**
 * The coach's review space lives at ?coach, a page of its own: it opens its own store under its
 * own key, and the coach's own workbook is not opened at all while it is shown. main.tsx (and
 * src/store/first-screen.ts) spot the address with a regular expression of their own, so that
 * none of this is in the first load.
 */
const PARAM = "coach";
const firstReviewedStep = shape.steps.find((s) => s.fields.length > 0)?.id ?? "";

/** Opens the coach space; with a review's id, at the first page of that workbook. */
export function goToCoachSpace(reviewId?: string): void {
  const at = reviewId ? `#/r/${reviewId}/${firstReviewedStep}` : "";
  window.location.assign(`${window.location.pathname}?${PARAM}${at}`);
}

export function leaveCoachSpace(): void {
  window.location.assign(window.location.pathname);
}
