import type { LanguageCode } from "./catalogue";

/**
 * The languages the workbook is offered in, in the order the Language control lists them. A
 * language is added here once all its words are written, in src/content/words/‹code›/ (the
 * README says how); nothing else needs to change. English comes first: the first screen is
 * drawn in it before any other language has loaded.
 */
export const OFFERED: readonly LanguageCode[] = ["en", "pl", "ro", "ar", "ur"];

export type LanguageInfo = {
  code: LanguageCode;
  /** The language's name in itself, as the Language control lists it. */
  name: string;
  /** BCP 47: `<html lang>`, the PDF's /Lang, numbers, dates and plurals. */
  tag: string;
  dir: "ltr" | "rtl";
};

/**
 * Every language the workbook is being written in, offered or not yet: its own name, its tag
 * and its direction. Numbers follow the tag's own way of writing them (Arabic's with Western
 * digits in today's browsers, as £ amounts in the UK are written and as people type them).
 */
export const LANGUAGES: Readonly<Record<LanguageCode, LanguageInfo>> = {
  en: { code: "en", name: "English", tag: "en-GB", dir: "ltr" },
  pl: { code: "pl", name: "Polski", tag: "pl", dir: "ltr" },
  ro: { code: "ro", name: "Română", tag: "ro", dir: "ltr" },
  ar: { code: "ar", name: "العربية", tag: "ar", dir: "rtl" },
  ur: { code: "ur", name: "اردو", tag: "ur", dir: "rtl" },
};

export const isOffered = (code: unknown): code is LanguageCode =>
  typeof code === "string" && (OFFERED as readonly string[]).includes(code);

/**
 * The offered language a browser asks for first (navigator.languages, most wanted first), by
 * its main subtag: "ar-EG" is Arabic, "en-US" English. None: English.
 */
export function fromBrowser(wanted: readonly string[]): LanguageCode {
  for (const tag of wanted) {
    const code = tag.toLowerCase().split("-")[0];
    if (isOffered(code)) return code;
  }
  return "en";
}
