import { diffWords, type ChangeObject } from "diff";
import { isTextField, type Change } from "../../content/changes";
import { hasVisibleText, valueOf } from "../../content/kinds";
import type { Answers } from "../../content/types";

/**
 * How long comparing word by word may take, every answer together, each time the review step
 * opens. Comparing two long texts that differ throughout grows with the square of their length
 * (20,000 characters rewritten took seconds); past the budget an answer is said to be too long
 * to compare word by word, and the page never stops for it.
 */
const WORD_DIFF_BUDGET_MS = 120;

/** A text answer's words added and removed, or "tooLong" to compare within the budget. */
export type WordDiff = ChangeObject<string>[] | "tooLong";
export type WordDiffs = Map<string, WordDiff>;

/** The words added and removed in each changed text answer, within the budget. */
export function compareWords(changes: Change[], before: Answers, now: Answers): WordDiffs {
  const deadline = Date.now() + WORD_DIFF_BUDGET_MS;
  const diffs: WordDiffs = new Map();
  for (const { field, kind } of changes) {
    if (kind !== "changed" || !isTextField(field)) continue;
    // A text answer as its lines give it (answerLines), without needing the language's words.
    const textOf = (answers: Answers) => {
      const text = valueOf(field, answers);
      return typeof text === "string" && hasVisibleText(text) ? text.trim() : "";
    };
    const left = deadline - Date.now();
    const parts = left > 0 ? diffWords(textOf(before), textOf(now), { timeout: left }) : undefined;
    diffs.set(field.id, parts ?? "tooLong");
  }
  return diffs;
}

export const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
