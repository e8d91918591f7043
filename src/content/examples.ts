import { withDefaults } from "./kinds";
import type { Answers, Workbook } from "./types";
import { example } from "./words/en/example";

/**
 * The worked example in English (words/en/example.ts): Amira Khan's answers for Bloom & Crumb.
 * Kept apart from the workbook's words so that it loads only when "Show example" is pressed
 * (and for the PDF tests and benchmark). tests/unit/content.test.ts checks that every question
 * has an example of the right shape.
 */
export const examples: Answers = example;

/** A worked example as a full set of answers, e.g. to preview or benchmark the PDF. */
export function exampleAnswers(workbook: Workbook, answers: Answers = examples): Answers {
  return withDefaults(workbook, answers);
}
