/**
 * Every key this app uses in the browser's storage, in one place: the app, its tests and its
 * scripts all name them from here.
 */

/** The entrepreneur's own workbook. */
export const PERSONAL_KEY = "keeping-customers:workbook";

/** The facilitator's class workbook, kept apart from the personal one. */
export const CLASS_KEY = "keeping-customers:class";

/** Unreadable saved data of a workbook is kept aside under keys starting with this. */
export function asidePrefix(key: string): string {
  return `${key}:unreadable-`;
}

/**
 * The dated copies of a workbook's answers (one per PDF made) are kept under a key of their own,
 * read only by the review step and the PDF, so they are not rewritten with every save.
 */
export function snapshotsKey(key: string): string {
  return `${key}:snapshots`;
}

/** Coach feedback the user added to a workbook, kept beside it. */
export function feedbackKey(key: string): string {
  return `${key}:coach-feedback`;
}

// The coach's review space is kept under "keeping-customers:coach": COACH_KEY in coach-space.ts,
// which alone uses it, so the first load does not carry it.

/**
 * The language the workbook is shown in, chosen on this device: kept apart from the answers, so
 * a backup, a restore or "Remove my answers" never changes it. Read by the page's inline script
 * too (src/store/first-screen.ts).
 */
export const LANGUAGE_KEY = "keeping-customers:language";
