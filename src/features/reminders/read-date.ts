import type { MoreWords } from "../../content/language";

/**
 * Reads a date out of what someone typed under "By when" or "When I'll call", for a calendar.
 *
 * Only a date written as a date is read: "31/3", "31 March 2027", "March 31st", "2027-03-31",
 * and "end of March" (the last day), "start of March" (the first), "mid March" (the 15th).
 * Numbers are read day first, as in the UK. Without a year it is the next such day from today.
 * Words that hang on when they were written ("next week", "in two days", "Friday") are not
 * read: nobody knows when that was, so the person picks the day instead.
 *
 * Month names are read in English and in the language shown: every form the browser writes
 * them in (Polish "marzec" on its own, "31 marca" in a date, "mar" short), with or without
 * accents, and in Arabic or Urdu script with Arabic-Indic digits. The words for "end of",
 * "start of" and "mid" are English's and the language's own (`readDates` in its words): what
 * was typed in English before the language was changed is still read.
 */

export type DateWords = MoreWords["reminders"]["readDates"];
/** What readDate needs of the language shown: a `Words`, or just these parts of one. */
export type DateLanguage = {
  formats: { locale: string };
  more: { reminders: { readDates: DateWords } };
};

/**
 * More places whose Gregorian month names people write in a language, as the browser names
 * them. Arabic has three sets: يناير… (Egypt, the Gulf: the browser's "ar"), كانون الثاني…
 * (the Levant, Iraq) and the Maghreb's (ماي، جوان…).
 */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  en: ["en-US"],
  ar: ["ar-SY", "ar-MA", "ar-DZ"],
};
/** English's words around a month, read in every language. */
const ENGLISH: DateWords = {
  end: "end",
  start: "start|beginning",
  mid: "mid|middle",
  of: "of",
  after: "",
};
/** Common spellings the browser does not give, by month number. */
const SPELLINGS: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  ar: { 6: ["يونيه"], 7: ["يوليه"] },
  ur: { 5: ["مئ"], 7: ["جولائ"] },
};

/**
 * Text as it is read: lower case, accents and Arabic vowel and hamza marks dropped, one way
 * of writing each Arabic-script letter that has several (ي ى ی, ك ک, ة ه), direction marks
 * gone, Arabic-Indic digits as 0-9, one space between words.
 */
export function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\p{M}\u0640\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[يىی]/g, "ي")
    .replace(/[كک]/g, "ك")
    .replace(/ة/g, "ه")
    .replace(/ł/gi, "l")
    .replace(/،/g, ",")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Every way the browser writes each month in these languages, read plain: "marca" → 3. */
function monthNames(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  const base = locale.split("-")[0]!;
  const tags = new Set(["en-GB", ...REGIONS.en!, locale, ...(REGIONS[base] ?? [])]);
  for (const tag of tags)
    for (const month of ["long", "short"] as const)
      // With a day, some languages write a month another way: Polish "31 marca", not "marzec".
      for (const day of [undefined, "numeric"] as const) {
        const format = new Intl.DateTimeFormat(tag, {
          month,
          day,
          timeZone: "UTC",
          calendar: "gregory",
        });
        for (let m = 1; m <= 12; m++) {
          const parts = format.formatToParts(new Date(Date.UTC(2026, m - 1, 15)));
          const name = parts.find((part) => part.type === "month")?.value;
          if (name) names.set(plain(name).replace(/\.$/, ""), m);
        }
      }
  for (const [m, spellings] of Object.entries(SPELLINGS[base] ?? {}))
    for (const name of spellings) names.set(plain(name), Number(m));
  return names;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "a|b" from the language's words → a pattern for any of them, longest first. */
const anyOf = (words: Iterable<string>) =>
  [...new Set([...words].map(plain).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
/** English's words and the language's for one part, as a pattern: "end|koniec|końca…". */
const choices = (words: DateWords, part: keyof DateWords) =>
  anyOf(`${ENGLISH[part]}|${words[part]}`.split("|").map((word) => word.trim()));

// Not after or before a letter or digit of any script (\b knows only a-z and 0-9).
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

type Reader = { months: Map<string, number>; patterns: RegExp[] };

function readerFor(locale: string, words: DateWords): Reader {
  const months = monthNames(locale);
  const MONTH = String.raw`(?<month>${anyOf(months.keys())})\.?`;
  const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
  const YEAR = String.raw`(?:,?\s+(?<year>\d{4}))?`;
  const OF = String.raw`(?:\s+(?:${choices(words, "of")}))?`;
  const PART = `(?:(?<end>${choices(words, "end")})|(?<start>${choices(words, "start")})|(?<mid>${choices(words, "mid")}))`;
  const patterns = [
    String.raw`${B}(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})${E}`,
    String.raw`${B}(?<day>\d{1,2})[/.\u060d](?<month>\d{1,2})(?:[/.\u060d](?<year>\d{4}|\d{2}))?${E}`,
    String.raw`${B}${PART}${OF}[\s-]+${MONTH}${YEAR}${E}`,
    // Urdu puts the part after the month: "مارچ کے آخر".
    ...(words.after
      ? [String.raw`${B}${MONTH}${YEAR}\s+(?:${choices(words, "after")})\s+${PART}${E}`]
      : []),
    String.raw`${B}${DAY}${OF}\s+${MONTH}${YEAR}${E}`,
    String.raw`${B}${MONTH}\s+${DAY}${YEAR}${E}`,
  ];
  return { months, patterns: patterns.map((pattern) => new RegExp(pattern, "u")) };
}

const readers = new Map<string, { words: DateWords; reader: Reader }>();

function cachedReader({ formats, more }: DateLanguage): Reader {
  const words = more.reminders.readDates;
  const cached = readers.get(formats.locale);
  if (cached?.words === words) return cached.reader;
  const reader = readerFor(formats.locale, words);
  readers.set(formats.locale, { words, reader });
  return reader;
}

type Found = { year?: number; month: number; day: number | "last" };

const yearOf = (text: string | undefined) =>
  text === undefined ? undefined : text.length === 2 ? 2000 + Number(text) : Number(text);

function found(groups: Record<string, string | undefined>, months: Map<string, number>): Found {
  const month = groups.month!;
  return {
    year: yearOf(groups.year),
    month: months.get(month) ?? Number(month),
    day: groups.end ? "last" : groups.start ? 1 : groups.mid ? 15 : Number(groups.day),
  };
}

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
 * 2026-12-07: a date without a year is the next one from it (today included). Month names are
 * read in English and in `language`, the one shown.
 */
export function readDate(text: string, today: string, language: DateLanguage): string | null {
  const { months, patterns } = cachedReader(language);
  const typed = plain(text);
  for (const pattern of patterns) {
    const match = pattern.exec(typed);
    if (!match?.groups) continue;
    const date = found(match.groups, months);
    if (date.year !== undefined) return dayOf(date.year, date.month, date.day);
    const thisYear = Number(today.slice(0, 4));
    const next = dayOf(thisYear, date.month, date.day);
    // 29 February in a year without one is read in the next year that has it, or not at all.
    if (next !== null && next >= today) return next;
    return dayOf(thisYear + 1, date.month, date.day);
  }
  return null;
}
