import type { MoreWords } from "../content/language";

/**
 * Why a file or a link cannot be used, or what in it does not fit this workbook, as codes the
 * formats give and the screen puts into words (features/backup/problem-words.ts), in whichever
 * language is shown: the store itself says nothing.
 */

/** Why a file or link cannot be used: a message of `more.files`, with what it is about. */
export type Problem = {
  key: keyof MoreWords["files"];
  /** The question it is about. */
  fieldId?: string;
  count?: number;
};

/** Part of a file left out because this workbook does not have it. */
export type LeftOut =
  | { key: "damaged"; fieldId: string }
  | { key: "rowParts"; fieldId: string; row: number; parts: string[] }
  | { key: "checks"; fieldId: string; count: number }
  | { key: "answers" | "comments" | "copies"; count: number }
  | { key: "madeAtNotReal" };

export const problem = (key: Problem["key"], about: Omit<Problem, "key"> = {}): Problem => ({
  key,
  ...about,
});
