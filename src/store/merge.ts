import { allFields, emptyValueOf } from "../content/kinds";
import type { Answers, Workbook } from "../content/types";

/**
 * How two tabs share one saved workbook without undoing each other.
 *
 * Each answer carries the time it last changed. Whenever a tab saves, or hears that another tab
 * saved, it merges question by question: the newer answer wins, whichever tab it came from. So a
 * tab that has been open for an hour cannot write its old copy of a question over an answer the
 * other tab changed a minute ago; only questions this tab itself changed are written over.
 *
 * Why per question rather than "the newest save wins": each tab holds every answer, so a
 * whole-workbook rule would throw away whatever the other tab changed since this one loaded.
 * Why not finer (per table row): rows have no identity of their own, and two people editing the
 * same table in two tabs at once is rare; there the later edit of that question wins.
 */

export type Side = { answers: Answers; changedAt: Record<string, number> };

export type Merged = Side & {
  /** Some answer came from the other side: open forms must show it. */
  tookTheirs: boolean;
  /** Some answer is newer here than there: it needs writing. */
  keptOurs: boolean;
};

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges `ours` (in memory) with `theirs` (in storage). `theirs` is null when nothing is
 * stored; then ours is kept as it is. Two changes in the same millisecond tie: the tab that is
 * writing passes `onTie: "ours"` and the tab that hears of it `"theirs"`, so both end up with
 * the same answer. Answers with no change time at all (saved by version 1) defer to storage.
 */
export function mergeAnswers(
  workbook: Workbook,
  ours: Side,
  theirs: Side | null,
  onTie: "ours" | "theirs" = "theirs",
): Merged {
  const answers: Answers = {};
  const changedAt: Record<string, number> = {};
  let tookTheirs = false;
  let keptOurs = false;
  for (const field of allFields(workbook)) {
    const id = field.id;
    const mine = ours.answers[id] ?? emptyValueOf(field);
    const myTime = ours.changedAt[id];
    if (!theirs) {
      answers[id] = mine;
      if (myTime !== undefined) changedAt[id] = myTime;
      continue;
    }
    const other = theirs.answers[id] ?? emptyValueOf(field);
    const otherTime = theirs.changedAt[id];
    const newest = Math.max(myTime ?? 0, otherTime ?? 0);
    if (sameValue(mine, other)) {
      answers[id] = mine;
      if (myTime !== undefined || otherTime !== undefined) changedAt[id] = newest;
    } else if (
      (myTime ?? 0) > (otherTime ?? 0) ||
      (onTie === "ours" && myTime !== undefined && myTime === otherTime)
    ) {
      answers[id] = mine;
      changedAt[id] = newest;
      keptOurs = true;
    } else {
      answers[id] = other;
      if (otherTime !== undefined) changedAt[id] = otherTime;
      tookTheirs = true;
    }
  }
  return { answers, changedAt, tookTheirs, keptOurs };
}
