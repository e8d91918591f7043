/**
 * Reads a date out of what someone typed under "By when" or "When I'll call", for a calendar.
 *
 * Only a date written as a date is read: "31/3", "31 March 2027", "March 31st", "2027-03-31",
 * and "end of March" (the last day), "start of March" (the first), "mid March" (the 15th).
 * Numbers are read day first, as in the UK. Without a year it is the next such day from today.
 * Words that hang on when they were written ("next week", "in two days", "Friday") are not
 * read: nobody knows when that was, so the person picks the day instead.
 */

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;
/** January, Jan, Jan., Sept… */
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

type Found = { year?: number; month: number; day: number | "last" };

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase() as never) + 1;
const yearOf = (text: string | undefined) =>
  text === undefined ? undefined : text.length === 2 ? 2000 + Number(text) : Number(text);

const patterns: [RegExp, (m: RegExpExecArray) => Found][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! })],
  [
    /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b/,
    (m) => ({ year: yearOf(m[3]), month: +m[2]!, day: +m[1]! }),
  ],
  [
    new RegExp(
      String.raw`\b(end|start|beginning|mid(?:dle)?)(?:\s+of)?[\s-]+${MONTH}${YEAR}\b`,
      "i",
    ),
    (m) => ({
      year: yearOf(m[3]),
      month: monthOf(m[2]!),
      day: /^end/i.test(m[1]!) ? "last" : /^mid/i.test(m[1]!) ? 15 : 1,
    }),
  ],
  [
    new RegExp(String.raw`\b${DAY}(?:\s+of)?\s+${MONTH}${YEAR}\b`, "i"),
    (m) => ({ year: yearOf(m[3]), month: monthOf(m[2]!), day: +m[1]! }),
  ],
  [
    new RegExp(String.raw`\b${MONTH}\s+${DAY}${YEAR}\b`, "i"),
    (m) => ({ year: yearOf(m[3]), month: monthOf(m[1]!), day: +m[2]! }),
  ],
];

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day as 2027-03-31, or null if there is no such day. */
function dayOf(year: number, month: number, day: number | "last"): string | null {
  if (month < 1 || month > 12) return null;
  const last = daysIn(year, month);
  const d = day === "last" ? last : day;
  return d >= 1 && d <= last ? `${year}-${pad(month)}-${pad(d)}` : null;
}

/**
 * The date in `text` as 2027-03-31, or null if it holds none a calendar can use. `today` is
 * 2026-12-07: a date without a year is the next one from it (today included).
 */
export function readDate(text: string, today: string): string | null {
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const found = read(match);
    if (found.year !== undefined) return dayOf(found.year, found.month, found.day);
    const thisYear = Number(today.slice(0, 4));
    const date = dayOf(thisYear, found.month, found.day);
    // 29 February in a year without one is read in the next year that has it, or not at all.
    if (date !== null && date >= today) return date;
    return dayOf(thisYear + 1, found.month, found.day);
  }
  return null;
}
