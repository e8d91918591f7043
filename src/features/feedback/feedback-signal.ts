import { feedbackKey } from "../../store/keys";
import { readItem } from "../../store/storage";

/**
 * Whether a workbook has coach feedback beside it, cheaply, for the first load: the feedback
 * itself is read (and checked) by received-feedback.ts, which loads only when there is some.
 */

/** The saved feedback's text, null when there is none (or storage cannot be read). */
export function feedbackRaw(workbookKey: string): string | null {
  return readItem(feedbackKey(workbookKey)) ?? null;
}
