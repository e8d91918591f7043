import {
  feedbackText,
  parseFeedback,
  readStoredFeedback,
  type Feedback,
} from "../../formats/feedback-file";
import { feedbackKey } from "../../store/keys";
import {
  removeStored,
  storedValue,
  type StoredFormat,
  type StoredProblem,
  type StoredValue,
} from "../../store/stored-value";

/**
 * Coach feedback the user added, kept beside their workbook in the feedback file's own format,
 * so it is read back through the same checks as the file, with the stored-value primitive: the
 * feedback added last, in whichever tab, is the one kept.
 */

const format: StoredFormat<Feedback | null, never> = {
  empty: null,
  read: readStoredFeedback,
  write: (feedback) => (feedback ? feedbackText(feedback) : ""),
  merge: (ours, theirs, base) => ({ value: ours === base ? theirs : ours, lost: [] }),
};

function receivedOf(workbookKey: string): StoredValue<Feedback | null> {
  return storedValue(feedbackKey(workbookKey), format);
}

/** The text kept, read as feedback (for "Your coach said" under each question). */
export function readReceived(raw: string | null): Feedback | null {
  if (raw === null) return null;
  const read = parseFeedback(new TextEncoder().encode(raw));
  return read.ok ? read.feedback : null;
}

/** The feedback kept beside a workbook, null when there is none or it cannot be read. */
export function receivedFor(workbookKey: string): Feedback | null {
  return receivedOf(workbookKey).get();
}

/** Keeps feedback beside a workbook, at once: the problem if it could not be kept. */
export function saveReceived(workbookKey: string, feedback: Feedback): StoredProblem | null {
  const received = receivedOf(workbookKey);
  received.set(() => feedback);
  return received.flush();
}

export function removeReceived(workbookKey: string): boolean {
  return removeStored(feedbackKey(workbookKey));
}
