import { feedbackKey } from "./keys";
import { readItem } from "./storage";

/**
 * Whether a workbook has coach feedback beside it, cheaply, for the first load: the feedback
 * itself is kept and read (and checked) by features/feedback/received-feedback.ts, which loads
 * only when there is some. The saved text, null when there is none (or storage cannot be read).
 */
export function feedbackRaw(workbookKey: string): string | null {
  return readItem(feedbackKey(workbookKey)) ?? null;
}
