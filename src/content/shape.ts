import { parts, steps } from "./structure";
import type { Workbook } from "./types";
import { workbookIn } from "./workbook-in";
import type { FirstScreenWords } from "./workbook-words";

/**
 * The workbook's shape: its steps, questions, ids and kinds, the same in every language, with
 * no words. Code that needs only the shape (answers, ids, progress, addresses, the store) reads
 * it here; words are read from the language shown (ui/words.ts).
 */
const none = "";
const blank = {
  title: none,
  subtitle: none,
  exampleBusiness: none,
  checkStatusLabels: { yes: none, notYet: none, notRelevant: none },
  welcome: { title: none, lead: none, saved: none, pdf: none },
  parts: Object.fromEntries(parts.map((part) => [part.id, { title: none, welcome: none }])),
  steps: Object.fromEntries(steps.map((step) => [step.id, { title: none, shortTitle: none }])),
} as FirstScreenWords;

export const shape: Workbook = workbookIn(blank, "en-GB");
