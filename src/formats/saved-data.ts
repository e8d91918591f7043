import { findField, withDefaults } from "../content/kinds";
import type { Removal, Workbook } from "../content/types";
import { shape } from "../content/shape";
import { ID_PATTERN } from "../lib/ids";
import { readAnswer, readAnswers } from "./answer-shape";
import type { LeftOut } from "./problems";
import { isRecord } from "./values";
import { SEP, STEP, type Doc } from "./doc";
import { migrate, SAVE_VERSION, type SavedStateV4 } from "./migrations";

/** Facts about the saved workbook that are not answers. */
export type SavedMeta = {
  savedAt: number | null;
  startedAt: number | null;
  backedUpAt: number | null;
  remindedAt: number | null;
  /** This workbook's own id, made when first needed (a PDF, a backup, a link). */
  workbookId: string | null;
};

/** The saved workbook, read, migrated and checked. Only questions the workbook has are kept. */
export type SavedWorkbook = Doc & SavedMeta;

export type UnreadableReason = "damaged" | "newer";

export type ReadResult =
  | { status: "empty" }
  | {
      status: "ok";
      saved: SavedWorkbook;
      /** Questions whose saved answer was damaged and left out. */
      unreadableFields: string[];
      /** Parts the workbook does not have, left out. */
      leftOut: LeftOut[];
      /** Snapshots an earlier version saved with the answers, unread: they move to their own key. */
      oldSnapshots: unknown[];
    }
  | { status: "unreadable"; reason: UnreadableReason };

export const emptyMeta: SavedMeta = {
  savedAt: null,
  startedAt: null,
  backedUpAt: null,
  remindedAt: null,
  workbookId: null,
};

/** A workbook with every question empty and nothing yet changed. */
export function emptyDoc(content: Workbook = shape): Doc {
  return {
    answers: withDefaults(content),
    stamps: {},
    removed: {},
    removals: [],
    lastStepId: content.steps[0]?.id ?? "",
  };
}

/** Where the rows of each kind with rows live within its answer. */
const rowPaths: Record<string, readonly string[]> = {
  table: [],
  list: [],
  checklist: ["own"],
  scorecard: [],
};

/** A removal is kept only if it still fits the workbook: a known list of rows, a readable row. */
function readRemoval(value: unknown): Removal | null {
  if (!isRecord(value)) return null;
  const { id, fieldId, path, index, label, at, row } = value;
  if (typeof id !== "string" || !ID_PATTERN.test(id) || typeof fieldId !== "string") return null;
  if (typeof label !== "string" || typeof at !== "number" || !Number.isFinite(at)) return null;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) return null;
  const field = findField(shape, fieldId)?.field;
  const expected = field && rowPaths[field.kind];
  if (!field || !expected || !Array.isArray(path) || path.join(SEP) !== expected.join(SEP))
    return null;
  // Read the row as the only row of an answer of its kind, with the same rules as any answer.
  const wrapped = expected.length === 0 ? [row] : { items: {}, own: [row] };
  const read = readAnswer(field, wrapped);
  const rows = Array.isArray(read) ? read : isRecord(read) ? read.own : undefined;
  const first = rows?.[0];
  if (!first || !isRecord(row) || row.id !== first.id) return null;
  return { id, fieldId, path: expected, index, label, at, row: first };
}

function fromState(state: SavedStateV4): Extract<ReadResult, { status: "ok" }> {
  const { answers, unreadable, leftOut } = readAnswers(shape, state.answers);
  // Times are kept only for parts of questions the workbook has, and the step.
  const stamps = Object.fromEntries(
    Object.entries(state.stamps).filter(
      ([path]) => path === STEP || findField(shape, path.split(SEP)[0]!) !== undefined,
    ),
  );
  const removed = Object.fromEntries(
    Object.entries(state.removed).filter(([path]) => findField(shape, path.split(SEP)[0]!)),
  );
  const removals = state.removals.flatMap((r) => readRemoval(r) ?? []);
  return {
    status: "ok",
    saved: {
      answers: withDefaults(shape, answers),
      stamps,
      removed,
      removals,
      lastStepId: state.lastStepId,
      savedAt: state.savedAt,
      startedAt: state.startedAt,
      backedUpAt: state.backedUpAt,
      remindedAt: state.remindedAt,
      workbookId:
        state.workbookId !== null && ID_PATTERN.test(state.workbookId) ? state.workbookId : null,
    },
    unreadableFields: unreadable,
    leftOut,
    oldSnapshots: state.snapshots ?? [],
  };
}

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
    return fromState(migrate(data.state, data.version));
  } catch {
    // UnreadableError from a migration, or anything else odd data may cause: never overwrite it.
    return { status: "unreadable", reason: "damaged" };
  }
}

/** The text written to storage: zustand persist's envelope, kept so every version reads alike. */
export function serialize(saved: SavedWorkbook): string {
  const state: SavedStateV4 = { ...saved };
  return JSON.stringify({ state, version: SAVE_VERSION });
}
