import { workbookIn } from "./workbook-in";
import { workbook as english } from "./words/en/workbook";

/**
 * The whole workbook in English, every word of it: for the tests and the build's scripts. The
 * app reads its words from the language shown (language.ts) and its structure from shape.ts, so
 * that the first load carries only the first screen's words (lint keeps this file out of src/).
 */
export const workbook = workbookIn(english, "en-GB");
