import { LIMITS } from "../content/kinds";
import type { Answers, AnswerValue, Removal, Row } from "../content/types";
import { ORDER, SEP, STEP, type Doc, type Stamps } from "../formats/doc";

/**
 * How two tabs (or two windows) share one saved workbook without losing either's edits.
 *
 * Every answer is a small tree: text at the leaves, rows (with ids) in lists, checklist entries
 * in records. Each part of the tree has a path, such as "contactPoints/k3f9/service", and the
 * workbook keeps the time each path last changed. Merging two copies walks both trees:
 *
 * - a leaf (a piece of text, a chosen status) takes the newer of the two, so typing in one cell
 *   never touches another cell of the same table;
 * - a row is kept if either copy has it, unless it was removed after its last change (a
 *   removal is remembered with its time); an edit made after a removal brings the row back;
 * - the order of rows follows the copy that last moved a row; rows only the other copy has are
 *   placed after their neighbour there.
 *
 * Ties are broken the same way in every tab, so both end with the same answers whichever merges
 * first. When the same text was changed in both copies since they last agreed, the text that was
 * not kept is returned as a conflict, so the user can be told and get it back. Only the tab that
 * merges second can see that both changed; it tells the user, whichever version won.
 *
 * Why not a CRDT library: Yjs would add about 22 KB gzip to the first load (the page needs it to
 * read saved data), Automerge over 1 MB of WebAssembly; this file does what the workbook needs
 * (last edit per cell wins, rows never lost) in about 2 KB.
 */

/**
 * Two edits that met: the same text changed in this tab and another since they last agreed (one
 * version was kept, `other` is the one that was not), a row this tab was changing that the
 * other removed, or a row added here that did not fit beside the other's (`noRoom`).
 */
export type Conflict =
  | { kind: "text"; fieldId: string; path: string[]; keptMine: boolean; other: string }
  | { kind: "row" | "noRoom"; fieldId: string; path: string[]; index: number; row: Row };

/** Removals kept for undo, across the workbook. */
export const UNDO_DEPTH = 10;
/** Removed rows remembered, so an old copy cannot bring them back. */
const TOMBSTONES = 1000;

const join = (path: string, key: string) => `${path}${SEP}${key}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isRows = (value: unknown): value is Row[] => Array.isArray(value);

/** Deep equality of JSON-like values; the order of keys does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
    );
  }
  return false;
}

/**
 * Notes, at `time`, every part of an answer that differs between `before` and `after`: changed
 * leaves, new rows, removed rows and rows put in a new order.
 */
export function recordChanges(
  path: string,
  before: unknown,
  after: unknown,
  time: number,
  into: { stamps: Stamps; removed: Stamps },
): void {
  if (before === after) return;
  if (isRows(before) && isRows(after)) {
    const old = new Map(before.map((row) => [row.id, row]));
    const now = new Set(after.map((row) => row.id));
    for (const row of after) {
      const was = old.get(row.id);
      if (was === undefined) into.stamps[join(path, row.id)] = time;
      else recordChanges(join(path, row.id), was, row, time, into);
    }
    for (const row of before) if (!now.has(row.id)) into.removed[join(path, row.id)] = time;
    const kept = (rows: Row[]) =>
      rows.filter((r) => old.has(r.id) && now.has(r.id)).map((r) => r.id);
    if (!sameValue(kept(before), kept(after))) into.stamps[join(path, ORDER)] = time;
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (key !== "id") recordChanges(join(path, key), before[key], after[key], time, into);
    }
    return;
  }
  if (!sameValue(before, after)) into.stamps[path] = time;
}

/** The latest time at or below each path, so a row knows when anything in it last changed. */
function latestUnder(stamps: Stamps): Map<string, number> {
  const latest = new Map<string, number>();
  for (const [path, time] of Object.entries(stamps)) {
    for (let end = path.indexOf(SEP); ; end = path.indexOf(SEP, end + 1)) {
      const prefix = end === -1 ? path : path.slice(0, end);
      if ((latest.get(prefix) ?? 0) < time) latest.set(prefix, time);
      if (end === -1) break;
    }
  }
  return latest;
}

type Side = { doc: Doc; under: Map<string, number> };

class Merger {
  readonly conflicts: Conflict[] = [];
  /** Rows that did not survive; what was saved about them can go. */
  readonly dead: string[] = [];
  private readonly a: Side;
  private readonly b: Side;

  /** `a` is this tab's copy: conflicts are reported for what it loses. */
  constructor(ours: Doc, theirs: Doc) {
    this.a = { doc: ours, under: latestUnder(ours.stamps) };
    this.b = { doc: theirs, under: latestUnder(theirs.stamps) };
  }

  value(path: string, a: unknown, b: unknown, base: unknown, ta: number, tb: number): unknown {
    ta = Math.max(ta, this.a.doc.stamps[path] ?? 0);
    tb = Math.max(tb, this.b.doc.stamps[path] ?? 0);
    if (a === undefined) return b;
    if (b === undefined) return a;
    if (isRows(a) && isRows(b)) return this.rows(path, a, b, base, ta, tb);
    if (isRecord(a) && isRecord(b)) {
      const out: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const below = isRecord(base) ? base[key] : undefined;
        out[key] = key === "id" ? a.id : this.value(join(path, key), a[key], b[key], below, ta, tb);
      }
      return out;
    }
    if (sameValue(a, b)) return a;
    const aWins = ta !== tb ? ta > tb : JSON.stringify(a) > JSON.stringify(b);
    const lost = aWins ? b : a;
    // Both sides changed this text since they last agreed: say which version was not kept.
    if (typeof lost === "string" && lost.trim() !== "" && base !== undefined) {
      if (!sameValue(a, base) && !sameValue(b, base)) {
        const [fieldId = "", ...rest] = path.split(SEP);
        this.conflicts.push({ kind: "text", fieldId, path: rest, keptMine: aWins, other: lost });
      }
    }
    return aWins ? a : b;
  }

  /** When anything in the row last changed on this side, or 0 if this side never had it. */
  private touched(side: Side, path: string, present: boolean, inherited: number): number {
    const own = side.under.get(path) ?? 0;
    return present ? Math.max(own, inherited) : own;
  }

  private rows(path: string, a: Row[], b: Row[], base: unknown, ta: number, tb: number): Row[] {
    const inA = new Map(a.map((r) => [r.id, r]));
    const inB = new Map(b.map((r) => [r.id, r]));
    const inBase = new Map(isRows(base) ? base.map((r) => [r.id, r]) : []);
    const rows = new Map<string, Row>();
    for (const id of new Set([...inA.keys(), ...inB.keys()])) {
      const rowPath = join(path, id);
      const ra = inA.get(id);
      const rb = inB.get(id);
      const removedAt = Math.max(
        this.a.doc.removed[rowPath] ?? 0,
        this.b.doc.removed[rowPath] ?? 0,
      );
      const touched = Math.max(
        this.touched(this.a, rowPath, ra !== undefined, ta),
        this.touched(this.b, rowPath, rb !== undefined, tb),
      );
      if (removedAt > 0 && touched <= removedAt) {
        this.dead.push(rowPath);
        const was = inBase.get(id);
        if (ra && (!was || !sameValue(ra, was))) this.lost("row", path, a.indexOf(ra), ra);
        continue;
      }
      rows.set(
        id,
        ra && rb ? (this.value(rowPath, ra, rb, inBase.get(id), ta, tb) as Row) : (ra ?? rb)!,
      );
    }
    const merged = this.order(path, a, b, ta, tb).flatMap((id) => rows.get(id) ?? []);
    return merged.length > LIMITS.rows ? this.fit(path, merged, inA, inB) : merged;
  }

  /** Tells this tab of a row of its own that was not kept. */
  private lost(kind: "row" | "noRoom", path: string, index: number, row: Row) {
    const [fieldId = "", ...rest] = path.split(SEP);
    this.conflicts.push({ kind, fieldId, path: rest, index, row });
  }

  /**
   * Rows added in both copies at once can together pass the workbook's limit. Rows only one
   * copy has are left out, last first, until the rest fit (those both have fit already, as each
   * copy did); the same ones in every tab. This tab is told of any of its own left out.
   */
  private fit(path: string, rows: Row[], inA: Map<string, Row>, inB: Map<string, Row>): Row[] {
    for (let i = rows.length, over = i - LIMITS.rows; over > 0 && i-- > 0;) {
      const row = rows[i]!;
      if (inA.has(row.id) && inB.has(row.id)) continue;
      rows.splice(i, 1);
      over--;
      this.dead.push(join(path, row.id));
      if (inA.has(row.id)) this.lost("noRoom", path, i, row);
    }
    return rows;
  }

  /** The order of the side that last moved a row; rows only the other has go after their neighbour. */
  private order(path: string, a: Row[], b: Row[], ta: number, tb: number): string[] {
    const orderPath = join(path, ORDER);
    const oa = Math.max(ta, this.a.doc.stamps[orderPath] ?? 0);
    const ob = Math.max(tb, this.b.doc.stamps[orderPath] ?? 0);
    const aIds = a.map((r) => r.id);
    const bIds = b.map((r) => r.id);
    const aFirst = oa !== ob ? oa > ob : aIds.join() >= bIds.join();
    const [first, second] = aFirst ? [aIds, bIds] : [bIds, aIds];
    const order = [...first];
    const placed = new Set(order);
    second.forEach((id, i) => {
      if (placed.has(id)) return;
      let at = 0;
      for (let j = i - 1; j >= 0; j--) {
        const k = order.indexOf(second[j]!);
        if (k !== -1) {
          at = k + 1;
          break;
        }
      }
      order.splice(at, 0, id);
      placed.add(id);
    });
    return order;
  }
}

function latest(a: Stamps, b: Stamps): Stamps {
  const out = { ...a };
  for (const [path, time] of Object.entries(b)) if ((out[path] ?? 0) < time) out[path] = time;
  return out;
}

/** Follows a removal's path to its rows, if the answer still has them. */
export function rowsAt(answers: Answers, fieldId: string, path: readonly string[]): Row[] | null {
  let value: unknown = answers[fieldId];
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  return isRows(value) ? value : null;
}

/** Removals that can still be undone: the row is gone, newest first, at most UNDO_DEPTH. */
export function openRemovals(answers: Answers, removals: Removal[]): Removal[] {
  const seen = new Set<string>();
  return removals
    .filter((r) => {
      if (seen.has(r.id)) return false;
      seen.add(r.id);
      const rows = rowsAt(answers, r.fieldId, r.path);
      return rows !== null && !rows.some((row) => row.id === r.row.id);
    })
    .sort((x, y) => y.at - x.at)
    .slice(0, UNDO_DEPTH);
}

export type Merged = { doc: Doc; conflicts: Conflict[] };

/**
 * Merges this tab's copy with another's (read from storage). The result is the same whichever
 * tab merges; `base` (what this tab last saved or read) only decides which conflicts to report.
 */
export function mergeDocs(ours: Doc, theirs: Doc, base: Doc | null): Merged {
  const merger = new Merger(ours, theirs);
  const answers: Answers = {};
  for (const id of new Set([...Object.keys(ours.answers), ...Object.keys(theirs.answers)])) {
    answers[id] = merger.value(
      id,
      ours.answers[id],
      theirs.answers[id],
      base?.answers[id],
      0,
      0,
    ) as AnswerValue;
  }
  const stamps = latest(ours.stamps, theirs.stamps);
  for (const row of merger.dead) {
    for (const path of Object.keys(stamps))
      if (path === row || path.startsWith(row + SEP)) delete stamps[path];
  }
  const removed = Object.fromEntries(
    Object.entries(latest(ours.removed, theirs.removed))
      .sort((x, y) => y[1] - x[1])
      .slice(0, TOMBSTONES),
  );
  const stepA = ours.stamps[STEP] ?? 0;
  const stepB = theirs.stamps[STEP] ?? 0;
  const lastStepId =
    stepA !== stepB
      ? stepA > stepB
        ? ours.lastStepId
        : theirs.lastStepId
      : [ours.lastStepId, theirs.lastStepId].sort()[1]!;
  return {
    doc: {
      answers,
      stamps,
      removed,
      removals: openRemovals(answers, [...ours.removals, ...theirs.removals]),
      lastStepId,
    },
    conflicts: merger.conflicts,
  };
}

/** The newest time anywhere in a copy, so this tab's next change is stamped later still. */
export function newestStamp(doc: Doc): number {
  let newest = 0;
  for (const time of Object.values(doc.stamps)) if (time > newest) newest = time;
  for (const time of Object.values(doc.removed)) if (time > newest) newest = time;
  return newest;
}
