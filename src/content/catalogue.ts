/**
 * How a language's words are written down, and how a message is filled in. Every language's
 * words have the shape of the English ones (src/content/words/en/), so TypeScript itself proves
 * a translation complete: a missing, misspelt or extra entry, a list of another length, or a
 * missing plural form does not compile (`WordsOf`). tests/unit/words.test.ts checks the rest (placeholders,
 * the plural forms each language has, letters the PDF can print).
 *
 * Chosen over a message library by size on the first load: this and the number formats are
 * about 0.4 KB gzip, against 2.5 KB for Lingui's runtime, 10 KB for FormatJS and 16 KB for
 * i18next (each measured with the same two messages, bundled and minified for this build).
 */

/** The plural forms a language has, by Unicode's names for them (CLDR). */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * The forms each language needs, as `Intl.PluralRules` gives them (a test checks): English one
 * and other ("1 step", "2 steps"); Polish one, few, many and other; Romanian one, few and
 * other; Arabic all six; Urdu one and other.
 */
export type PluralsOf = {
  en: "one" | "other";
  pl: "one" | "few" | "many" | "other";
  ro: "one" | "few" | "other";
  ar: "zero" | "one" | "two" | "few" | "many" | "other";
  ur: "one" | "other";
};
export type LanguageCode = keyof PluralsOf;

/**
 * A message that changes with a number, `{count}`: one text for each plural form of the
 * language. In English `{ one: "{count} step", other: "{count} steps" }`.
 */
export type Plural<C extends PluralCategory = PluralCategory> = { readonly [K in C]: string };

/** The shape of the English words with each plural message given as `P`. */
type Shaped<T, P> = T extends string
  ? string
  : T extends null | number | boolean
    ? T
    : T extends { readonly other: string }
      ? P
      : { readonly [K in keyof T]: Shaped<T[K], P> };

/**
 * The words of one language in the shape of the English ones (`T`): every text a string, every
 * list as long as the English, every plural message with the language's own forms (`C`).
 */
export type WordsOf<T, C extends PluralCategory> = Shaped<T, Plural<C>>;

/** A plural message as the app reads it, whichever the language: "other" is always there. */
export type Forms = Plural<"other"> & Partial<Plural>;

/** A language's words as the app reads them, whichever the language. */
export type AnyWords<T> = Shaped<T, Forms>;

/** Values put into a message's `{placeholders}`: a number is written the language's way. */
export type Values = Readonly<Record<string, string | number>>;

/** The places a message takes its values: "{answered} of {count}" → answered, count. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** Number, date and list formats for one language (BCP 47 tag, with any `-u-nu-` numbering). */
export type Formats = {
  locale: string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "12 Nov": short enough for a mark beside an answer. */
  shortDate: (date: Date) => string;
  /** "22 November 2025": spelt out, so no reader mistakes day for month. */
  longDate: (date: Date) => string;
  /** "a, b and c". */
  list: (items: readonly string[]) => string;
  /** "a, b, c": items that go together, with the language's own comma ("،" in Arabic, Urdu). */
  unitList: (items: readonly string[]) => string;
  plural: (count: number) => PluralCategory;
};

const formatsByLocale = new Map<string, Formats>();

export function formatsFor(locale: string): Formats {
  let formats = formatsByLocale.get(locale);
  if (formats) return formats;
  const numbers = new Map<string, Intl.NumberFormat>();
  const rules = new Intl.PluralRules(locale);
  const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" });
  const long = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const units = new Intl.ListFormat(locale, { type: "unit", style: "short" });
  formats = {
    locale,
    number: (value, options = {}) => {
      const key = JSON.stringify(options);
      let format = numbers.get(key);
      if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
      return format.format(value);
    },
    shortDate: (date) => short.format(date),
    longDate: (date) => long.format(date),
    list: (items) => list.format(items),
    unitList: (items) => units.format(items),
    plural: (count) => rules.select(count),
  };
  formatsByLocale.set(locale, formats);
  return formats;
}

/**
 * A message's `{placeholders}` filled in, each piece handed to `piece` in order (a string, or a
 * value); for messages that hold something drawn, such as a link or a strong word.
 */
export function fillParts<T>(
  text: string,
  values: Readonly<Record<string, T>>,
  piece: (part: string | T, index: number) => T,
): T[] {
  const parts: T[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const at = match.index;
    if (at > last) parts.push(piece(text.slice(last, at), parts.length));
    const name = match[1]!;
    parts.push(piece(name in values ? values[name]! : match[0], parts.length));
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(piece(text.slice(last), parts.length));
  return parts;
}

/** Words for one language: its messages filled in with numbers written its way. */
export type Speaker = {
  formats: Formats;
  /** "Step {number} of {count}" with values → "Step 2 of 15". */
  fill: (text: string, values?: Values) => string;
  /** The form of a plural message for `count`, filled in with `count` and the other values. */
  plural: (forms: Forms, count: number, values?: Values) => string;
};

export function speakerFor(locale: string): Speaker {
  const formats = formatsFor(locale);
  const fill = (text: string, values: Values = {}) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined
        ? whole
        : typeof value === "number"
          ? formats.number(value)
          : value;
    });
  return {
    formats,
    fill,
    plural: (forms, count, values = {}) =>
      fill(forms[formats.plural(count)] ?? forms.other, { ...values, count }),
  };
}
