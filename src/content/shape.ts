// The module's type, for the build's scripts and end-to-end tests too (their tsconfig reads
// src/ only through imports).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./first-words.d.ts" />
import { firstWords } from "virtual:first-words";
import type { Workbook } from "./types";
import { workbookIn } from "./workbook-in";

/**
 * The workbook's shape (its steps, questions, ids and kinds: the same in every language) with
 * the English words the first screen shows: the title, the welcome, the parts, every step's
 * title and the first step whole (scripts/first-words.ts picks them at build time). Code that
 * needs only the shape (answers, ids, progress, addresses) reads it here; words are read from
 * the language shown (ui/words.ts), which is this until the rest of the English words arrive.
 */
export const shape: Workbook = workbookIn(firstWords, "en-GB");
