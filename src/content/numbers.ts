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

// Marks that only steer the direction of text, which copied right-to-left text brings along.
const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A whole number, alone or in groups of three after a separator (the same one each time), then
 * a fraction after a decimal mark: "." "," or the Arabic "٫" ("٬" only ever groups thousands).
 * Where a single "," or "." before three digits could be either ("1,200"), this reads it as a
 * decimal mark; parseNumber asks the language.
 */
const NUMBER = /^(\d+|\d{1,3}([ ,.\u066c])\d{3}(?:\2\d{3})*)?(?:([.,\u066b])(\d+))?$/;

const decimalCommas: Record<string, boolean> = {};

/** Whether the language writes decimals after a comma ("1,5"), as Polish and Romanian do. */
const decimalComma = (locale: string) =>
  (decimalCommas[locale] ??= (1.5).toLocaleString(locale)[1] === ",");

/**
 * Reads "£1,200", "1200", "12.50", "1 200", " £ 150 ", "150 £", and the ways other languages
 * write them: "12,50", "1 200,50", "1.200,50", "١٢٫٥" (Arabic-Indic digits, or the Extended
 * ones Urdu uses). Anything else ("ten", "-5", "150 a week") is an error, with the text tidied
 * for the message.
 *
 * `locale` is the language in use (BCP 47). It settles only a single "," or "." before exactly
 * three digits, "1,200" or "1.200": a thousands separator, or the decimal mark as the language
 * writes it (English "1.200" is 1.2, Polish 1200). So it changes what such a number is worth,
 * never whether it reads.
 */
export function parseNumber(text: string, locale = "en"): ReadNumber {
  // Any kind of space counts as a space: phones and copied text bring no-break and thin ones.
  const cleaned = text.replace(DIRECTION_MARKS, "").replace(/\s+/g, " ").trim();
  if (cleaned === "") return EMPTY;
  const digits = cleaned
    .replace(/^£ ?| ?£$/, "")
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 15))
    // The Arabic comma, which some write as a decimal mark ("١٢،٥").
    .replace(/\u060c/g, ",");
  const [, whole = "", group, mark, fraction = ""] = NUMBER.exec(digits) ?? [];
  if ((whole || fraction) && !(mark && mark === group)) {
    const thousands =
      /^\d{1,3}$/.test(whole) &&
      fraction.length === 3 &&
      mark === (decimalComma(locale) ? "." : ",");
    const value = thousands
      ? Number(whole + fraction)
      : Number(`${whole.replace(/\D/g, "") || 0}.${fraction || 0}`);
    if (value < 1e12) return { status: "ok", value };
  }
  return { status: "error", negative: /^[-−]/.test(digits), cleaned };
}
