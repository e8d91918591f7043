import { workbook } from "../content/workbook";
import type { Answers } from "../content/types";
import { isRecord, readAnswers } from "./answer-shape";
import { migrate, SAVE_VERSION } from "./migrations";

/** The saved workbook, read, migrated and checked. Only questions the workbook has are kept. */
export type SavedWorkbook = {
  answers: Answers;
  changedAt: Record<string, number>;
  lastStepId: string;
  savedAt: number | null;
};

export type UnreadableReason = "damaged" | "newer";

export type ReadResult =
  | { status: "empty" }
  | {
      status: "ok";
      saved: SavedWorkbook;
      /** Questions whose saved answer was damaged and left out. */
      unreadableFields: string[];
    }
  | { status: "unreadable"; reason: UnreadableReason };

/**
 * Reads what is stored under the workbook's key. Never throws: anything it cannot make sense of
 * is reported as unreadable, so the caller can keep it aside instead of overwriting it.
 */
export function readSaved(raw: string | null): ReadResult {
  if (raw === null) return { status: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: "unreadable", reason: "damaged" };
  }
  if (!isRecord(data) || typeof data.version !== "number")
    return { status: "unreadable", reason: "damaged" };
  if (data.version > SAVE_VERSION) return { status: "unreadable", reason: "newer" };
  try {
    const state = migrate(data.state, data.version);
    const { answers, unreadable } = readAnswers(workbook, state.answers);
    const changedAt: Record<string, number> = {};
    for (const id of Object.keys(answers)) {
      const time = state.changedAt[id];
      if (time !== undefined) changedAt[id] = time;
    }
    return {
      status: "ok",
      saved: { answers, changedAt, lastStepId: state.lastStepId, savedAt: state.savedAt },
      unreadableFields: unreadable,
    };
  } catch {
    // UnreadableError from a migration, or anything else odd data may cause: never overwrite it.
    return { status: "unreadable", reason: "damaged" };
  }
}

/** The text written to storage: zustand persist's envelope, kept so version 1 data reads alike. */
export function serialize(saved: SavedWorkbook): string {
  return JSON.stringify({ state: saved, version: SAVE_VERSION });
}
