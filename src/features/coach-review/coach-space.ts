import { LIMITS, withDefaults } from "../../content/kinds";
import type { Answers, AnswerValue, TableRow } from "../../content/types";
import { shape } from "../../content/shape";
import { newId } from "../../lib/ids";
import {
  coachSpaceText,
  emptySpace,
  readCoachSpace,
  type CoachSpaceData,
  type Review,
  type SessionCopy,
} from "../../formats/coach-space-file";
import type { Doc, Stamps } from "../../formats/doc";
import { mergeDocs, newestStamp, recordChanges, type Conflict } from "../../store/merge";
import { storedValue, type StoredFormat, type StoredValue } from "../../store/stored-value";

/**
 * The coach's own space: workbooks other people sent, each with the coach's comments and agreed
 * actions. Kept under a key of its own, so the coach's own workbook is never read or written
 * here; the workbooks themselves are only ever shown, never changed. Kept with the stored-value
 * primitive, merged per comment and per agreed action exactly as the workbook merges its cells
 * (store/merge.ts), so two coach tabs never undo each other's typing.
 */

/** The coach's review space (see keys.ts). */
export const COACH_KEY = "keeping-customers:coach";

/** What a coach tab had that another tab's change replaced, for the coach to be told. */
export type CoachLost = { reviewId: string; conflict: Conflict };

/** A review's own part, as a Doc: comments under "comments/…", actions under "actions/…". */
function notesDoc(review: Review): Doc {
  const answers = {
    comments: review.comments,
    actions: review.actions,
  } as unknown as Doc["answers"];
  return { answers, stamps: review.stamps, removed: review.removed, removals: [], lastStepId: "" };
}

/**
 * What this tab last knew of a review, as the base of a merge: a comment it had none of counts as
 * empty then, so a comment typed in both tabs since is seen as changed in both, and the one not
 * kept is reported.
 */
function baseNotes(was: Review | undefined, ours: Review, theirs: Review): Doc | null {
  if (!was) return null;
  const ids = new Set([...Object.keys(ours.comments), ...Object.keys(theirs.comments)]);
  const comments = Object.fromEntries([...ids].map((id) => [id, was.comments[id] ?? ""]));
  return notesDoc({ ...was, comments });
}

function fromNotes(review: Review, doc: Doc): Review {
  const { comments, actions } = doc.answers as unknown as Pick<Review, "comments" | "actions">;
  return { ...review, comments, actions, stamps: doc.stamps, removed: doc.removed };
}

const latest = (a: Stamps, b: Stamps): Stamps => {
  const out = { ...a };
  for (const [id, time] of Object.entries(b)) out[id] = Math.max(out[id] ?? 0, time);
  return out;
};

/**
 * Two copies of the space together: every workbook either has, unless removed; for one both
 * have, each comment and each action merged as the workbook merges its answers. The same result
 * whichever tab merges.
 */
export function mergeSpaces(
  ours: CoachSpaceData,
  theirs: CoachSpaceData,
  base: CoachSpaceData,
): { value: CoachSpaceData; lost: CoachLost[] } {
  const closed = latest(ours.closed, theirs.closed);
  const inTheirs = new Map(theirs.reviews.map((r) => [r.id, r]));
  const inBase = new Map(base.reviews.map((r) => [r.id, r]));
  const lost: CoachLost[] = [];
  const reviews = new Map<string, Review>();
  for (const review of [...ours.reviews, ...theirs.reviews]) {
    if (reviews.has(review.id) || closed[review.id] !== undefined) continue;
    const other = inTheirs.get(review.id);
    if (!other || other === review) {
      reviews.set(review.id, review);
      continue;
    }
    const base = baseNotes(inBase.get(review.id), review, other);
    const merged = mergeDocs(notesDoc(review), notesDoc(other), base);
    for (const conflict of merged.conflicts) lost.push({ reviewId: review.id, conflict });
    reviews.set(review.id, fromNotes(review, merged.doc));
  }
  const unread = [...ours.unread];
  const seen = new Set(unread.map((u) => JSON.stringify(u)));
  for (const u of theirs.unread) if (!seen.has(JSON.stringify(u))) unread.push(u);
  const ordered = [...reviews.values()].sort(
    (a, b) => b.openedAt - a.openedAt || (a.id < b.id ? -1 : 1),
  );
  // The coach's name: the one changed last, in whichever tab.
  const named = theirs.coachNameAt > ours.coachNameAt ? theirs : ours;
  return {
    value: {
      reviews: ordered,
      coachName: named.coachName,
      coachNameAt: named.coachNameAt,
      closed,
      unread,
    },
    lost,
  };
}

export const coachSpaceFormat: StoredFormat<CoachSpaceData, CoachLost> = {
  empty: emptySpace,
  read: readCoachSpace,
  write: coachSpaceText,
  merge: mergeSpaces,
};

const sameAnswers = (a: Answers, b: Answers) => JSON.stringify(a) === JSON.stringify(b);

/** The coach space's value and what a coach can do to it. */
export type CoachSpace = {
  stored: StoredValue<CoachSpaceData, CoachLost>;
  /**
   * Opens a workbook for review, or finds the same one already open; returns its id. `since` is
   * the last session copy the file carried, which what moved is marked against.
   */
  addReview: (answers: Answers, workbookId?: string | null, since?: SessionCopy | null) => string;
  removeReview: (id: string) => void;
  setComment: (id: string, fieldId: string, text: string) => void;
  updateActions: (id: string, change: (rows: TableRow[]) => TableRow[]) => void;
  /** The coach's own name, kept for every workbook they review. */
  setCoachName: (name: string) => void;
};

/** The coach space saved under `key`, with its actions (one per page: see storedValue). */
export function coachSpace(key = COACH_KEY): CoachSpace {
  return coachActions(storedValue(key, coachSpaceFormat));
}

/** What a coach can do to the space kept in `stored`. */
export function coachActions(stored: StoredValue<CoachSpaceData, CoachLost>): CoachSpace {
  let lastStamp = 0;
  /** Change times never repeat or go backwards within a tab, and follow what it has seen. */
  const stamp = () => {
    for (const review of stored.get().reviews)
      lastStamp = Math.max(lastStamp, newestStamp(notesDoc(review)));
    return (lastStamp = Math.max(Date.now(), lastStamp + 1));
  };
  const change = (id: string, edit: (review: Review, time: number) => Review) => {
    const time = stamp();
    stored.set((space) => ({
      ...space,
      reviews: space.reviews.map((r) => (r.id === id ? edit(r, time) : r)),
    }));
  };
  /** A change to one part of a review, with the time of every part of it that changed. */
  const noted = (review: Review, part: "comments" | "actions", next: unknown, time: number) => {
    const into = { stamps: { ...review.stamps }, removed: { ...review.removed } };
    recordChanges(part, review[part], next, time, into);
    return { ...review, [part]: next, ...into };
  };
  return {
    stored,
    addReview(incoming, workbookId = null, since = null) {
      const answers = withDefaults(shape, incoming);
      const open = stored.get().reviews.find((r) => sameAnswers(r.answers, answers));
      if (open) return open.id;
      const review: Review = {
        id: newId(),
        openedAt: Date.now(),
        answers,
        workbookId,
        comments: {},
        actions: [],
        since,
        stamps: {},
        removed: {},
      };
      stored.set((space) => ({ ...space, reviews: [review, ...space.reviews] }));
      return review.id;
    },
    setCoachName(name) {
      const coachName = name.slice(0, LIMITS.textLength);
      stored.set((space) => ({ ...space, coachName, coachNameAt: stamp() }));
    },
    removeReview(id) {
      const time = stamp();
      stored.set((space) => ({
        ...space,
        reviews: space.reviews.filter((r) => r.id !== id),
        closed: { ...space.closed, [id]: time },
      }));
    },
    setComment(id, fieldId, text) {
      change(id, (r, time) => {
        // The answers' own limit, which the box says before it is reached (TextControl). A
        // comment saved longer by an earlier version may still be shortened.
        const before = r.comments[fieldId] ?? "";
        if (text.length > LIMITS.textLength && text.length > before.length) return r;
        return noted(r, "comments", { ...r.comments, [fieldId]: text }, time);
      });
    },
    updateActions(id, edit) {
      change(id, (r, time) => noted(r, "actions", edit(r.actions).slice(0, LIMITS.rows), time));
    },
  };
}

/**
 * Adds a workbook to the saved coach space from another page (a link opened in the personal
 * workbook), so the coach space opens with it: merged with what any coach tab has, at once.
 * Returns its id, or null when the browser would not keep it.
 */
export function addToCoachSpace(
  answers: Answers,
  workbookId: string | null = null,
  key = COACH_KEY,
): string | null {
  const space = coachSpace(key);
  const id = space.addReview(answers, workbookId);
  return space.stored.flush() === null ? id : null;
}

/** Who a workbook is from, in a line: "Amira Khan, Bloom & Crumb". */
export function reviewTitle(answers: Answers): { name: string; business: string } {
  const text = (id: string) => {
    const value: AnswerValue | undefined = answers[id];
    return typeof value === "string" ? value.trim() : "";
  };
  return { name: text("yourName"), business: text("businessName") };
}
