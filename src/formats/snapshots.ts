import type { LeftOut } from "./problems";
import type { Answers } from "../content/types";
import { shape } from "../content/shape";
import { ID_PATTERN, newId } from "../lib/ids";
import { readAnswers } from "./answer-shape";
import { MAX_DEPTH, nestsDeeperThan, realTime } from "./outer-layer";
import { isRecord } from "./values";

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
/** A copy dated later than this after now was taken under a wrong clock. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Newest first, one of each, at most SNAPSHOTS_KEPT, within SNAPSHOT_BUDGET. Copies dated in
 * the future (a clock that was wrong) count as older than every real one, so a wrong clock
 * once can never push out the copies taken since.
 */
export function keepSnapshots(list: readonly Snapshot[], now = Date.now()): Snapshot[] {
  const seen = new Set<string>();
  const future = (s: Snapshot) => s.takenAt > now + CLOCK_SLACK_MS;
  const kept = [...list]
    .sort((a, b) => Number(future(a)) - Number(future(b)) || b.takenAt - a.takenAt)
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
  const { id, answers } = value;
  if (typeof id !== "string" || !ID_PATTERN.test(id)) return null;
  const takenAt = realTime(value.takenAt);
  if (takenAt === null || !isRecord(answers)) return null;
  // Damaged answers in an old copy are left out of it; the copy is only for comparing.
  return { id, takenAt, answers: readAnswers(shape, answers).answers };
}

export type ReadSnapshots = {
  snapshots: Snapshot[];
  /** Copies that could not be read (a date that is not real, say). */
  leftOut: LeftOut[];
};

export function readSnapshots(list: readonly unknown[]): ReadSnapshots {
  const read = list.flatMap((s) => readSnapshot(s) ?? []);
  const unread = list.length - read.length;
  const leftOut: LeftOut[] = unread === 0 ? [] : [{ key: "copies", count: unread }];
  return { snapshots: keepSnapshots(read), leftOut };
}

/** What the browser keeps under a workbook's snapshot key (keys.ts). */
export type StoredSnapshots =
  { status: "ok"; snapshots: Snapshot[] } | { status: "newer" } | { status: "damaged" };

/**
 * Reads the stored copies: a plain list (the only shape so far, version 1). A later version may
 * store an object with a `version`: this one then leaves it alone rather than write over it.
 */
export function readStoredSnapshots(raw: string | null): StoredSnapshots {
  if (raw === null) return { status: "ok", snapshots: [] };
  if (raw.length > 2 * SNAPSHOT_BUDGET || nestsDeeperThan(raw, MAX_DEPTH))
    return { status: "damaged" };
  try {
    const data: unknown = JSON.parse(raw);
    if (Array.isArray(data)) return { status: "ok", snapshots: readSnapshots(data).snapshots };
    if (isRecord(data) && typeof data.version === "number" && data.version > 1)
      return { status: "newer" };
  } catch {
    // Not JSON: damaged.
  }
  return { status: "damaged" };
}

/** The stored form of the copies. */
export const storedSnapshotsText = (snapshots: readonly Snapshot[]) => JSON.stringify(snapshots);
