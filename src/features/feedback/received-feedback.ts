import { feedbackText, parseFeedback, type Feedback } from "../../formats/feedback-file";
import { feedbackKey } from "../../store/keys";
import { readItem, removeItem, writeItem, type WriteResult } from "../../store/storage";

/**
 * Coach feedback the user added, kept beside their workbook in the feedback file's own format,
 * so it is read back through the same checks as the file.
 */

export function readReceived(raw: string | null): Feedback | null {
  if (raw === null) return null;
  const read = parseFeedback(new TextEncoder().encode(raw));
  return read.ok ? read.feedback : null;
}

/** The feedback kept beside a workbook, null when there is none or it cannot be read. */
export function receivedFor(workbookKey: string): Feedback | null {
  return readReceived(readItem(feedbackKey(workbookKey)) ?? null);
}

/** Whether a workbook has feedback kept beside it, readable or not. */
export function hasReceived(workbookKey: string): boolean {
  return readItem(feedbackKey(workbookKey)) != null;
}

export function saveReceived(workbookKey: string, feedback: Feedback): WriteResult {
  return writeItem(feedbackKey(workbookKey), feedbackText(feedback));
}

export function removeReceived(workbookKey: string): boolean {
  return removeItem(feedbackKey(workbookKey));
}
