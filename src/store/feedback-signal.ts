import { feedbackKey } from "./keys";
import { isLocalStorageEvent, readItem } from "./storage";

/**
 * Whether a workbook has coach feedback beside it, cheaply, for the first load: the feedback
 * itself is read (and checked) by received-feedback.ts, which loads only when there is some.
 */

const CHANGE_EVENT = "coachfeedbackchange";

/** The saved feedback's text, null when there is none (or storage cannot be read). */
export function feedbackRaw(workbookKey: string): string | null {
  return readItem(feedbackKey(workbookKey)) ?? null;
}

export function subscribeFeedback(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (isLocalStorageEvent(event)) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Tells this tab's views that the feedback changed (other tabs hear the storage event). */
export function feedbackChanged(): void {
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
