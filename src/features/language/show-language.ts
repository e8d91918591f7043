import type { LanguageCode } from "../../content/catalogue";
import { activate, loadLanguage, loadToShow, type Language } from "../../content/language";
import { keepLanguage } from "../../store/language-choice";

/** `<html lang dir>` follow the language: screen readers' voices, and right to left. */
export function markPage(language: Language): void {
  const root = document.documentElement;
  root.lang = language.info.tag;
  root.dir = language.info.dir;
}

function show(language: Language): void {
  markPage(language);
  activate(language);
}

/**
 * The language the app starts in, before anything is drawn: its workbook and screen words are
 * enough for that; the words of what loads later come with it.
 */
export async function startIn(code: LanguageCode): Promise<void> {
  show(await loadLanguage(code));
}

/**
 * The user's choice: kept on this device (apart from the answers) and shown everywhere at once.
 * Nothing on screen is drawn afresh, so whatever is being typed stays as it is.
 */
export async function chooseLanguage(code: LanguageCode): Promise<void> {
  show(await loadToShow(code));
  keepLanguage(code);
}
