import type { LanguageCode } from "../content/catalogue";
import { fromBrowser, isOffered } from "../content/languages";
import { LANGUAGE_KEY } from "./keys";
import { readItem, writeItem } from "./storage";

/**
 * The language chosen on this device, or on a first visit the one the browser asks for first
 * (navigator.languages), if the workbook is offered in it.
 */
export function startingLanguage(): LanguageCode {
  const saved = readItem(LANGUAGE_KEY);
  if (isOffered(saved)) return saved;
  return fromBrowser(typeof navigator === "undefined" ? [] : navigator.languages);
}

/** Keeps the choice for the next visit; storage that is full or blocked only forgets it. */
export function keepLanguage(code: LanguageCode): void {
  writeItem(LANGUAGE_KEY, code);
}
