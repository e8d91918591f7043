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

/**
 * Arabic-Indic digits (٠–٩) and the Extended ones Urdu and Persian use (۰–۹) as 0–9, and the
 * Arabic comma "،" as a comma ("١٢،٥", as some write a decimal).
 */
const toLatinDigits = (text: string) =>
  text
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/\u060c/g, ",");

// Marks that only steer the direction of text, which copied right-to-left text brings along.
const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The whole number before a fraction: no separator, or groups of three after the first. */
const grouped = (whole: string, separators: string) =>
  /^\d*$/.test(whole) ||
  [...separators].some((s) => new RegExp(`^\\d{1,3}(\\${s}\\d{3})+$`).test(whole));

const commaDecimals = new Map<string, boolean>();

/** Whether the language writes decimals after a comma ("12,50"), as Polish and Romanian do. */
function decimalComma(locale: string): boolean {
  let comma = commaDecimals.get(locale);
  if (comma === undefined) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    comma = parts.find((p) => p.type === "decimal")?.value === ",";
    commaDecimals.set(locale, comma);
  }
  return comma;
}

/**
 * The number in digits 0–9, with "." "," "٫" "٬" or single spaces between them, or NaN.
 *
 * The Arabic decimal mark "٫" is always the decimal point. Otherwise the last "." or ",":
 * - comes after the other of the two ("1,200.50", "1.200,50"), or after spaces or "٬"
 *   between thousands ("1 200,50"): it is the decimal point;
 * - comes after another of itself ("1,200,000", "1.200.000"): it is between thousands;
 * - is the only one, after one to three digits and before exactly three ("1,200", "1.200"):
 *   the language decides, as its people write (`comma`: "1.200" is 1200, "1,200" is 1.2);
 * - is the only one otherwise ("12,50", "1.5", ",5"): it is the decimal point, as thousands
 *   always come in threes.
 * So only the value of "1,200" or "1.200" depends on the language, never whether it reads.
 */
function readDigits(digits: string, comma: boolean): number {
  const arabic = digits.split("\u066b");
  if (arabic.length === 2) return fromParts(arabic[0]!, arabic[1]!, ",. \u066c");
  if (arabic.length > 2) return NaN;
  const at = Math.max(digits.lastIndexOf("."), digits.lastIndexOf(","));
  if (at < 0) return fromParts(digits, "", ", .\u066c");
  const [mark, other] = digits[at] === "." ? [".", ","] : [",", "."];
  const before = digits.slice(0, at);
  const after = digits.slice(at + 1);
  if (!/^\d+$/.test(after)) return NaN;
  const thousands =
    !before.includes(other) &&
    !/[ \u066c]/.test(before) &&
    (before.includes(mark) ||
      (after.length === 3 && /^\d{1,3}$/.test(before) && (mark === ",") !== comma));
  return thousands ? fromParts(digits, "", mark) : fromParts(before, after, `${other} \u066c`);
}

function fromParts(whole: string, fraction: string, separators: string): number {
  if (!grouped(whole, separators) || !/^\d*$/.test(fraction)) return NaN;
  if (whole === "" && fraction === "") return NaN;
  return Number(`${whole.replace(/\D/g, "") || "0"}.${fraction || "0"}`);
}

/**
 * Reads "£1,200", "1200", "12.50", "1 200", " £ 150 ", "150 £", and the ways other languages
 * write them: "12,50", "1 200,50", "1.200,50", "١٢٫٥". `locale` is the language in use (BCP 47),
 * which settles only "1,200" and "1.200" (readDigits). Anything else ("ten", "-5", "150 a week")
 * is an error, with the text tidied for the message.
 */
export function parseNumber(text: string, locale = "en"): ReadNumber {
  // Any kind of space counts as a space: phones and copied text bring no-break and thin ones.
  const cleaned = text.replace(DIRECTION_MARKS, "").replace(/\s+/g, " ").trim();
  if (cleaned === "") return EMPTY;
  const digits = toLatinDigits(cleaned.replace(/^£ ?| ?£$/, ""));
  if (/^[\d.,\u066b\u066c ]+$/.test(digits)) {
    const value = readDigits(digits, decimalComma(locale));
    if (value < 1e12) return { status: "ok", value };
  }
  return { status: "error", negative: /^[-−]/.test(digits), cleaned };
}
