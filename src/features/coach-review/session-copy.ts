import { changesBetween, type Change } from "../../content/changes";
import type { Words } from "../../content/language";
import type { Answers } from "../../content/types";
import { sinceDateOf } from "../../lib/dates";
import type { SessionCopy } from "../../formats/coach-space-file";
import { compareWords, type WordDiffs } from "../changes/word-diff";

/**
 * The session copy a coach compares a workbook with: the newest copy in the file taken before
 * the file was made. A PDF carries its own copy, taken as it was made, which is what the coach
 * is reading: the one before it is the last session's.
 */
export function lastSessionCopy(
  snapshots: readonly { takenAt: number; answers: Answers }[],
  madeAt: Date | null,
): SessionCopy | null {
  const before = madeAt ? snapshots.filter((s) => s.takenAt < madeAt.getTime()) : [...snapshots];
  const newest = before.sort((a, b) => b.takenAt - a.takenAt)[0];
  return newest ? { takenAt: newest.takenAt, answers: newest.answers } : null;
}

/**
 * What moved since the session copy, by question; the words of each changed text, compared
 * within the review step's time budget; and the copy's date for the marks.
 */
export type Moved = { date: string; changes: Map<string, Change>; diffs: WordDiffs };

export function movedSince(
  since: SessionCopy | null,
  answers: Answers,
  now: Date,
  w: Words,
): Moved | null {
  if (!since) return null;
  const changes = changesBetween(w.workbook, since.answers, answers);
  return {
    date: sinceDateOf(since.takenAt, now, w),
    changes: new Map(changes.map((c) => [c.field.id, c])),
    diffs: compareWords(changes, since.answers, answers),
  };
}

/** "New since 12 Nov", in the language shown. */
export function movedMark(change: Change, date: string, w: Words): string {
  const { newSince, changedSince, removedSince } = w.more.pdf;
  const words = { new: newSince, changed: changedSince, removed: removedSince };
  return w.fill(words[change.kind], { date });
}

/** "3 new, 1 changed, 1 removed" in the language shown, or null when nothing moved. */
export function movedCount(changes: Iterable<Change>, w: Words): string | null {
  const tally = { new: 0, changed: 0, removed: 0 };
  for (const c of changes) tally[c.kind]++;
  const t = w.more.coach;
  const forms = { new: t.movedNew, changed: t.movedChanged, removed: t.movedRemoved };
  const parts = (["new", "changed", "removed"] as const)
    .filter((k) => tally[k] > 0)
    .map((k) => w.plural(forms[k], tally[k]));
  return parts.length ? parts.join(t.movedJoin) : null;
}
