import { feedbackText, parseFeedback, type Feedback } from "./feedback-file";
import { feedbackKey } from "./keys";
import { removeItem, writeItem, type WriteResult } from "./storage";

/**
 * Coach feedback the user added, kept beside their workbook in the feedback file's own format,
 * so it is read back through the same checks as the file.
 */

export function readReceived(raw: string | null): Feedback | null {
  if (raw === null) return null;
  const read = parseFeedback(new TextEncoder().encode(raw));
  return read.ok ? read.feedback : null;
}

export function saveReceived(workbookKey: string, feedback: Feedback): WriteResult {
  return writeItem(feedbackKey(workbookKey), feedbackText(feedback));
}

export function removeReceived(workbookKey: string): boolean {
  return removeItem(feedbackKey(workbookKey));
}
