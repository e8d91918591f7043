import { findField, LIMITS } from "../../content/kinds";
import type { Words } from "../../content/language";
import { readDate } from "../reminders/read-date";

/** The agreed actions' rules and words, apart from their form (agreed-actions-form.tsx). */

/** Checks "By when": there, a date a calendar can use, and not gone. */
export function checkDate(text: string, today: string, w: Words): true | string {
  const t = w.more.coach.agreedForm;
  const words = text.trim();
  if (!words) return t.dateMissing;
  const date = readDate(words, today, w);
  if (!date) return w.fill(t.notADate, { when: words });
  if (date < today) return t.datePassed;
  return true;
}

/** Why the feedback cannot be sent as it is: a comment an earlier version let grow too long. */
export function tooLong(comments: Record<string, string>, w: Words): string | null {
  const long = Object.entries(comments).find(([, c]) => c.length > LIMITS.textLength);
  if (!long) return null;
  const label = findField(w.workbook, long[0])?.field.label ?? long[0];
  const question = w.fill(w.more.common.quoted, { text: label });
  return w.fill(w.more.coach.agreedForm.tooLong, { question, max: LIMITS.textLength });
}

/** The words of a removed action, short enough for a sentence. */
export const shortly = (text: string) => {
  const t = text.trim().replace(/\s+/g, " ");
  return t.length > 40 ? `${t.slice(0, 39).trimEnd()}…` : t;
};
