import { isRecord } from "./answer-shape";

/**
 * Saved data carries the version of the shape it was written in. Each migration takes the saved
 * state of one version as untrusted data and returns the next version's shape, so data saved by
 * any past release walks forward one small step at a time. Every step has a fixture of the old
 * shape in tests/fixtures and a test. Answers are checked question by question afterwards
 * (answer-shape.ts), so a migration only reshapes; it does not judge each answer.
 */

export const SAVE_VERSION = 2;

/** Version 1 (the first release): zustand persist's state. */
export type SavedStateV1 = { answers: Record<string, unknown>; lastStepId: string };

/**
 * Version 2 records when each answer last changed, so two tabs can merge their saves answer by
 * answer (see merge.ts), and when the workbook was last saved.
 */
export type SavedStateV2 = {
  answers: Record<string, unknown>;
  lastStepId: string;
  /** Question id → time (ms since 1970) the answer last changed. Missing means "before v2". */
  changedAt: Record<string, number>;
  savedAt: number | null;
};

/** The data cannot be read as the version it claims to be. */
export class UnreadableError extends Error {
  override name = "UnreadableError";
}

function asV1(state: unknown): SavedStateV1 {
  if (!isRecord(state) || !isRecord(state.answers)) throw new UnreadableError("no answers");
  return {
    answers: state.answers,
    lastStepId: typeof state.lastStepId === "string" ? state.lastStepId : "",
  };
}

/** v1 → v2: answers carry no change times yet, so every one counts as older than any new edit. */
export function fromV1(state: unknown): SavedStateV2 {
  const v1 = asV1(state);
  return { answers: v1.answers, lastStepId: v1.lastStepId, changedAt: {}, savedAt: null };
}

export function asV2(state: unknown): SavedStateV2 {
  if (!isRecord(state) || !isRecord(state.answers)) throw new UnreadableError("no answers");
  const changedAt: Record<string, number> = {};
  if (isRecord(state.changedAt)) {
    for (const [id, time] of Object.entries(state.changedAt)) {
      if (typeof time === "number" && Number.isFinite(time)) changedAt[id] = time;
    }
  }
  return {
    answers: state.answers,
    lastStepId: typeof state.lastStepId === "string" ? state.lastStepId : "",
    changedAt,
    savedAt:
      typeof state.savedAt === "number" && Number.isFinite(state.savedAt) ? state.savedAt : null,
  };
}

/** Step `n` turns version n's state into version n + 1's. */
export const migrations: Readonly<Record<number, (state: unknown) => unknown>> = {
  1: fromV1,
};

/** Walks saved state from its version up to the current one. Throws UnreadableError. */
export function migrate(state: unknown, version: number): SavedStateV2 {
  if (!Number.isInteger(version) || version < 1 || version > SAVE_VERSION)
    throw new UnreadableError(`unknown version ${version}`);
  let current = state;
  for (let v = version; v < SAVE_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new UnreadableError(`no migration from version ${v}`);
    current = step(current);
  }
  return asV2(current);
}
