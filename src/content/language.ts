/// <reference types="vite/client" />
// The type of the build's module, for the build's scripts' type checks too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./first-words.d.ts" />
import { firstWords } from "virtual:first-words";
import { speakerFor, type AnyWords, type LanguageCode, type Speaker } from "./catalogue";
import { LANGUAGES, type LanguageInfo } from "./languages";
import type { Answers, Workbook } from "./types";
import { workbookIn, type WorkbookWords } from "./workbook-in";
import { screen as englishScreen } from "./words/en/screen";
import type { more as englishMore } from "./words/en/more";

/**
 * The language the workbook is shown in, and loading the others. English's screen words and its
 * workbook's first-screen words are part of the first load, the first screen being
 * drawn in English; the rest of its workbook's words follow at once (`ensureComplete`). Every
 * other language, and everyone's words for what loads later (`more`: the review step, messages,
 * the coach space, the PDF) and the worked example, load as chunks of their own, found by file
 * name (src/content/words/‹code›/).
 */

/** The words around the questions on every screen: header, step list, buttons, fields. */
export type ScreenWords = AnyWords<typeof englishScreen>;
/** The words of what loads later: the review step, messages, the coach space, the PDF. */
export type MoreWords = AnyWords<typeof englishMore>;

export type Language = Speaker & {
  info: LanguageInfo;
  screen: ScreenWords;
  workbook: Workbook;
  /** False for English's first-screen words only (shape.ts), before the rest arrive. */
  complete: boolean;
};

/**
 * A language with the words of what loads later, for the parts that say them (the review step,
 * messages, the coach space, the PDF): what `useWords()` gives.
 */
export type Words = Language & {
  more: MoreWords;
  /**
   * The language the answers were typed in, when these words are another's (the PDF's
   * "Questions in English"): numbers in the answers are read its way ("1.200" in Polish is
   * twelve hundred).
   */
  answersLocale?: string;
};

/** A promise React's `use` reads at once once settled (the `status` and `value` it looks for). */
export type Loading<T> = Promise<T> & { status?: "fulfilled" | "rejected"; value?: T };

function tracked<T>(promise: Promise<T>): Loading<T> {
  const loading: Loading<T> = promise;
  loading.then(
    (value) => Object.assign(loading, { status: "fulfilled", value }),
    () => Object.assign(loading, { status: "rejected" }),
  );
  return loading;
}

// English's screen words are in the first load already (Vite reads these patterns as written:
// literals only).
const workbookFiles = import.meta.glob<{ workbook: WorkbookWords }>("./words/*/workbook.ts");
const screenFiles = import.meta.glob<{ screen: ScreenWords }>([
  "./words/*/screen.ts",
  "!./words/en/*",
]);
const moreFiles = import.meta.glob<{ more: MoreWords }>("./words/*/more.ts");
const exampleFiles = import.meta.glob<{ example: Answers }>("./words/*/example.ts");

function fileOf<T>(files: Record<string, () => Promise<T>>, code: LanguageCode, name: string) {
  const load = files[`./words/${code}/${name}.ts`];
  return load ? load() : Promise.reject(new Error(`No ${name} words for ${code}`));
}

function languageOf(
  code: LanguageCode,
  screen: ScreenWords,
  workbook: Workbook,
  complete = true,
): Language {
  const info = LANGUAGES[code];
  return { ...speakerFor(info.tag), info, screen, workbook, complete };
}

/**
 * English as the first screen has it: its screen words, and the workbook's words the first
 * screen shows (the title, the welcome, the parts, every step's title and the first step
 * whole), which scripts/first-words.ts picks from words/en/workbook.ts at build time.
 */
export const english: Language = languageOf(
  "en",
  englishScreen,
  workbookIn(firstWords, "en-GB"),
  false,
);

const languages = new Map<LanguageCode, Loading<Language>>();
const mores = new Map<LanguageCode, Loading<MoreWords>>();
const examples = new Map<LanguageCode, Loading<Answers>>();

/** Loads once and keeps; a failed load (offline, say) is forgotten, to be tried again. */
function cached<T>(map: Map<LanguageCode, Loading<T>>, code: LanguageCode, load: () => Promise<T>) {
  let loading = map.get(code);
  if (!loading) {
    loading = tracked(load());
    map.set(code, loading);
    loading.catch(() => map.delete(code));
  }
  return loading;
}

/** A language's workbook and screen words, all of them. */
export function loadLanguage(code: LanguageCode): Loading<Language> {
  return cached(languages, code, async () => {
    const [words, screen] = await Promise.all([
      fileOf(workbookFiles, code, "workbook"),
      code === "en" ? { screen: englishScreen } : fileOf(screenFiles, code, "screen"),
    ]);
    return languageOf(code, screen.screen, workbookIn(words.workbook, LANGUAGES[code].tag));
  });
}

/** A language's words for what loads later. */
export function loadMore(code: LanguageCode): Loading<MoreWords> {
  return cached(mores, code, () => fileOf(moreFiles, code, "more").then((m) => m.more));
}

/** A language's worked example. */
export function loadExample(code: LanguageCode): Loading<Answers> {
  return cached(examples, code, () => fileOf(exampleFiles, code, "example").then((m) => m.example));
}

/**
 * Everything a language needs to be shown at once, wherever the user is: its workbook, screen
 * and `more` words, and its worked example if the shown language's example was opened.
 */
export async function loadToShow(code: LanguageCode): Promise<Language> {
  const exampleOpen = examples.get(active.info.code)?.status === "fulfilled";
  const [language] = await Promise.all([
    loadLanguage(code),
    loadMore(code),
    exampleOpen ? loadExample(code) : undefined,
  ]);
  return language;
}

let active: Language = english;

/** Resolves when the connection is back, or after a while if the browser cannot tell. */
function connectionBack(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener("online", () => resolve(), { once: true });
    setTimeout(resolve, 15_000);
  });
}

const completing = new Map<LanguageCode, Loading<Language>>();

/** A language's words, tried again each time the connection is back until they arrive. */
async function untilLoaded(code: LanguageCode): Promise<Language> {
  for (;;) {
    try {
      return await loadLanguage(code);
    } catch {
      await connectionBack();
    }
  }
}

/**
 * The language shown with all its words: English's first screen made whole, shown as soon as
 * its words arrive. Parts that show more than the first screen wait for this: the same promise
 * each time, which waits out a dropped connection (a step waiting for it says "Loading…")
 * instead of failing, so a part waiting for it never asks again and again.
 */
export function ensureComplete(): Loading<Language> {
  const code = active.info.code;
  let loading = completing.get(code);
  if (!loading) {
    loading = tracked(untilLoaded(code));
    completing.set(code, loading);
  }
  void loading.then((whole) => {
    if (!active.complete && active.info.code === code) activate(whole);
  });
  return loading;
}
const listeners = new Set<() => void>();

export const activeLanguage = (): Language => active;

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the workbook in a loaded language, everywhere at once. */
export function activate(language: Language): void {
  if (language === active) return;
  active = language;
  for (const listener of listeners) listener();
}
