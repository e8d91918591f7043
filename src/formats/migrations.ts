import { isRecord } from "./values";

/**
 * Saved data carries the version of the shape it was written in. Each migration takes the saved
 * state of one version as untrusted data and returns the next version's shape, so data saved by
 * any past release walks forward one small step at a time. Every step has a fixture of the old
 * shape in tests/fixtures and a test. Answers are checked question by question afterwards
 * (answer-shape.ts), so a migration only reshapes; it does not judge each answer.
 */

export const SAVE_VERSION = 4;

/** Version 1 (the first release): zustand persist's state. */
export type SavedStateV1 = { answers: Record<string, unknown>; lastStepId: string };

/** Version 2 records when each answer last changed, and when the workbook was last saved. */
export type SavedStateV2 = {
  answers: Record<string, unknown>;
  lastStepId: string;
  /** Question id → time (ms since 1970) the answer last changed. Missing means "before v2". */
  changedAt: Record<string, number>;
  savedAt: number | null;
};

/**
 * Version 3 merges finer than a whole answer (see merge.ts): rows carry ids, `stamps` holds the
 * time of each part's last change by path, `removed` when each removed row went. It keeps the
 * last removals for undo, and what the backup reminder needs.
 */
export type SavedStateV3 = {
  answers: Record<string, unknown>;
  stamps: Record<string, number>;
  removed: Record<string, number>;
  /** Checked against the workbook when read, like the answers. */
  removals: unknown[];
  lastStepId: string;
  savedAt: number | null;
  /** When this workbook was first saved. */
  startedAt: number | null;
  /** When a backup file was last downloaded. */
  backedUpAt: number | null;
  /** When the user was last reminded to keep a backup. */
  remindedAt: number | null;
};

/**
 * Version 4 remembers the workbook between coaching sessions: an id of its own (so a coach's
 * feedback can say which workbook it is for). Its first saves also held a dated copy of the
 * answers from each PDF made; those now live under a key of their own (keys.ts), and are moved
 * there when found here.
 */
export type SavedStateV4 = SavedStateV3 & {
  workbookId: string | null;
  /** Only in early version 4 saves; checked against the workbook when read, like the answers. */
  snapshots?: unknown[];
};

/** The data cannot be read as the version it claims to be. */
export class UnreadableError extends Error {
  override name = "UnreadableError";
}

/** Change times, by path: any that could not be a time is left out (it counts as never). */
/** A time the app saved (the app alone writes them, from its own clock). */
const time = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

function times(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (isRecord(value)) {
    for (const [key, t] of Object.entries(value)) {
      const read = time(t);
      if (read !== null) out[key] = read;
    }
  }
  return out;
}

function withAnswers(
  state: unknown,
): Record<string, unknown> & { answers: Record<string, unknown> } {
  if (!isRecord(state) || !isRecord(state.answers)) throw new UnreadableError("no answers");
  return state as Record<string, unknown> & { answers: Record<string, unknown> };
}

const stepOf = (state: Record<string, unknown>) =>
  typeof state.lastStepId === "string" ? state.lastStepId : "";

/** v1 → v2: answers carry no change times yet, so every one counts as older than any new edit. */
export function fromV1(state: unknown): SavedStateV2 {
  const v1 = withAnswers(state);
  return { answers: v1.answers, lastStepId: stepOf(v1), changedAt: {}, savedAt: null };
}

/**
 * v2 → v3: each answer's change time becomes the time of its whole path, so every part of it
 * counts as changed then. Rows get their ids when the answers are read (from their place, the
 * same in every tab).
 */
export function fromV2(state: unknown): SavedStateV3 {
  const v2 = withAnswers(state);
  const savedAt = time(v2.savedAt);
  return {
    answers: v2.answers,
    stamps: times(v2.changedAt),
    removed: {},
    removals: [],
    lastStepId: stepOf(v2),
    savedAt,
    startedAt: savedAt,
    backedUpAt: null,
    remindedAt: null,
  };
}

/** v3 → v4: no id yet (made when first needed). */
export function fromV3(state: unknown): SavedStateV4 {
  return { ...asV3(state), workbookId: null };
}

export function asV4(state: unknown): SavedStateV4 {
  const v4 = withAnswers(state);
  return {
    ...asV3(v4),
    workbookId: typeof v4.workbookId === "string" ? v4.workbookId : null,
    ...(Array.isArray(v4.snapshots) && { snapshots: v4.snapshots as unknown[] }),
  };
}

export function asV3(state: unknown): SavedStateV3 {
  const v3 = withAnswers(state);
  return {
    answers: v3.answers,
    stamps: times(v3.stamps),
    removed: times(v3.removed),
    removals: Array.isArray(v3.removals) ? (v3.removals as unknown[]) : [],
    lastStepId: stepOf(v3),
    savedAt: time(v3.savedAt),
    startedAt: time(v3.startedAt),
    backedUpAt: time(v3.backedUpAt),
    remindedAt: time(v3.remindedAt),
  };
}

/** Step `n` turns version n's state into version n + 1's. */
export const migrations: Readonly<Record<number, (state: unknown) => unknown>> = {
  1: fromV1,
  2: fromV2,
  3: fromV3,
};

/** Walks saved state from its version up to the current one. Throws UnreadableError. */
export function migrate(state: unknown, version: number): SavedStateV4 {
  if (!Number.isInteger(version) || version < 1 || version > SAVE_VERSION)
    throw new UnreadableError(`unknown version ${version}`);
  let current = state;
  for (let v = version; v < SAVE_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new UnreadableError(`no migration from version ${v}`);
    current = step(current);
  }
  return asV4(current);
}
