import type { Answers } from "../content/types";
import { workbook } from "../content/workbook";
import { ID_PATTERN, newId } from "../lib/ids";
import { isRecord, readAnswers } from "./answer-shape";

/**
 * A dated copy of the answers, taken each time a PDF is made: what the coach saw at that
 * session. The next PDF and the review step show what changed since.
 */
export type Snapshot = { id: string; takenAt: number; answers: Answers };

/** A copy of these answers, taken now. */
export function snapshotOf(answers: Answers, takenAt = Date.now()): Snapshot {
  return { id: newId(), takenAt, answers };
}

/** Copies kept, newest first: several sessions back, never more than storage can spare. */
export const SNAPSHOTS_KEPT = 6;
/** Characters of saved data the copies may take between them; the oldest go first. */
export const SNAPSHOT_BUDGET = 1_000_000;

/** Newest first, one of each, at most SNAPSHOTS_KEPT, within SNAPSHOT_BUDGET. */
export function keepSnapshots(list: readonly Snapshot[]): Snapshot[] {
  const seen = new Set<string>();
  const kept = [...list]
    .sort((a, b) => b.takenAt - a.takenAt)
    .filter((s) => !seen.has(s.id) && seen.add(s.id))
    .slice(0, SNAPSHOTS_KEPT);
  let size = JSON.stringify(kept).length;
  while (kept.length > 1 && size > SNAPSHOT_BUDGET) {
    size -= JSON.stringify(kept.pop()).length + 1;
  }
  return kept;
}

/** A snapshot from saved data or a backup file, or null if it cannot be read. */
export function readSnapshot(value: unknown): Snapshot | null {
  if (!isRecord(value)) return null;
  const { id, takenAt, answers } = value;
  if (typeof id !== "string" || !ID_PATTERN.test(id)) return null;
  if (typeof takenAt !== "number" || !Number.isFinite(takenAt)) return null;
  if (!isRecord(answers)) return null;
  // Damaged answers in an old copy are left out of it; the copy is only for comparing.
  return { id, takenAt, answers: readAnswers(workbook, answers).answers };
}

export function readSnapshots(list: readonly unknown[]): Snapshot[] {
  return keepSnapshots(list.flatMap((s) => readSnapshot(s) ?? []));
}
