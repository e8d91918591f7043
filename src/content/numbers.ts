/**
 * Numbers as people type them. Answers keep the text as typed; it is read as a number only
 * here, so a typing slip never turns into a silent zero. The sums made from them are in sums.ts.
 */

/** What was typed, read as a number. What to say about an error is in sums.ts (numberMessage). */
export type ReadNumber =
  | { status: "empty" }
  | { status: "ok"; value: number }
  | { status: "error"; negative: boolean; cleaned: string };

const EMPTY: ReadNumber = { status: "empty" };

// Digits with commas or spaces between thousands ("1,200", "1 200"), or none ("1200"), then
// pence or a fraction after a full stop.
const PLAIN = /^(\d+|\d{1,3}(,\d{3})+|\d{1,3}( \d{3})+)?(\.\d+)?$/;

/**
 * Reads "£1,200", "1200", "12.50", "1 200" or " £ 150 ". Anything else ("12,50", "ten",
 * "-5", "150 a week") is an error, with the text tidied for the message.
 */
export function parseNumber(text: string): ReadNumber {
  // Any kind of space counts as a space: phones and copied text bring no-break and thin ones.
  const cleaned = text.replace(/[\s\u00a0\u202f\u2009]+/g, " ").trim();
  if (cleaned === "") return EMPTY;
  const digits = cleaned.replace(/^£ ?/, "");
  if (digits !== "" && digits !== "." && PLAIN.test(digits)) {
    const value = Number(digits.replace(/[, ]/g, ""));
    if (value < 1e12) return { status: "ok", value };
  }
  return { status: "error", negative: /^[-−]/.test(digits), cleaned };
}
