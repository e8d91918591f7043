import { LIMITS, withDefaults } from "../content/kinds";
import type { Answers, TableRow } from "../content/types";
import { shape } from "../content/shape";
import { ID_PATTERN } from "../lib/ids";
import { kindReaders, readAnswers } from "./answer-shape";
import type { Stamps } from "./doc";
import { agreedActionsField } from "./feedback-file";
import { readOuterText, realTime, stampTime, type Layer } from "./outer-layer";
import { isRecord } from "./values";

/**
 * How the coach's review space is kept in the browser: the workbooks others sent, each with the
 * coach's comments and agreed actions, and the times each of those last changed, so two coach
 * tabs merge per comment and per action as the workbook merges per cell (store/merge.ts).
 *
 * Still version 1: the change times, the workbooks removed and a workbook's own id were added
 * beside what version 1 had, so a tab still on the version before reads it all the same.
 */

/** The last session copy the opened file carried: what moved since is marked for the coach. */
export type SessionCopy = { takenAt: number; answers: Answers };

export type Review = {
  id: string;
  /** When the coach opened it (ms since 1970), as saved: shown only if it is a real time. */
  openedAt: number;
  answers: Answers;
  /** The workbook's own id, when the file said, so its owner's "Remove my answers" can find it. */
  workbookId: string | null;
  /** By question id. Never cut when read: a comment too long is said so where it is shown. */
  comments: Record<string, string>;
  /** Agreed actions: action, by when, and who (agreedActionsField). */
  actions: TableRow[];
  /** None when the file carried no earlier copy (or a version before kept none). */
  since: SessionCopy | null;
  /** When each comment and each action's cells last changed, by path ("comments/yourName"). */
  stamps: Stamps;
  /** When each removed action was removed, by path ("actions/k3f9"). */
  removed: Stamps;
};

export type CoachSpaceData = {
  reviews: Review[];
  /** The coach's own name, as the people they coach know them; "" until given. */
  coachName: string;
  /** When the name was last changed, so the newer of two tabs' names is kept. */
  coachNameAt: number;
  /** Workbooks the coach removed, by review id, with when: another tab must not bring them back. */
  closed: Stamps;
  /** Saved reviews this version cannot read: kept as they are, and written back unchanged. */
  unread: unknown[];
};

export const emptySpace: CoachSpaceData = {
  reviews: [],
  coachName: "",
  coachNameAt: 0,
  closed: {},
  unread: [],
};

const SPACE_VERSION = 1;

/** Its outer layer: no app name, as data the app keeps in the browser has none. */
const spaceLayer: Layer = { app: null, newest: SPACE_VERSION, maxBytes: 8 * 1024 * 1024 };

/** Times by key; a key that could only be a trick ("__proto__") is left out. */
function times(value: unknown): Stamps {
  const out: Stamps = {};
  if (isRecord(value))
    for (const [key, time] of Object.entries(value)) {
      const read = stampTime(time);
      if (read !== null && key !== "__proto__") out[key] = read;
    }
  return out;
}

function readComments(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const comments: Record<string, string> = {};
  for (const [fieldId, text] of Object.entries(value))
    if (typeof text === "string") comments[fieldId] = text;
  return comments;
}

function readReview(value: unknown): Review | null {
  if (!isRecord(value) || typeof value.id !== "string" || !ID_PATTERN.test(value.id)) return null;
  const comments = readComments(value.comments);
  if (!comments || !isRecord(value.answers)) return null;
  const actions = kindReaders.table(agreedActionsField(), value.actions, () => {});
  if (!actions) return null;
  const { openedAt, workbookId } = value;
  return {
    id: value.id,
    openedAt: typeof openedAt === "number" && Number.isFinite(openedAt) ? openedAt : 0,
    answers: withDefaults(shape, readAnswers(shape, value.answers).answers),
    workbookId: typeof workbookId === "string" && ID_PATTERN.test(workbookId) ? workbookId : null,
    comments,
    actions,
    since: readSessionCopy(value.since),
    stamps: times(value.stamps),
    removed: times(value.removed),
  };
}

/** The session copy kept with a review; one saved before there were any, or unreadable: none. */
function readSessionCopy(value: unknown): SessionCopy | null {
  if (!isRecord(value) || !isRecord(value.answers)) return null;
  // A date shown to the coach ("New since 12 Nov"): only a real one.
  const takenAt = realTime(value.takenAt);
  if (takenAt === null) return null;
  return {
    takenAt,
    answers: withDefaults(shape, readAnswers(shape, value.answers).answers),
  };
}

export type StoredSpace =
  { status: "ok"; value: CoachSpaceData } | { status: "newer" } | { status: "damaged" };

/** Reads the saved space; a review that cannot be read is kept aside in it, never dropped. */
export function readCoachSpace(raw: string | null): StoredSpace {
  if (raw === null) return { status: "ok", value: emptySpace };
  const outer = readOuterText(raw, spaceLayer);
  if (!outer.ok) return { status: outer.problem === "newer" ? "newer" : "damaged" };
  const { reviews } = outer.data;
  if (!Array.isArray(reviews)) return { status: "damaged" };
  const read: Review[] = [];
  const unread: unknown[] = [];
  for (const item of reviews as unknown[]) {
    const review = readReview(item);
    if (review) read.push(review);
    else unread.push(item);
  }
  const { coachName, coachNameAt } = outer.data;
  return {
    status: "ok",
    value: {
      reviews: read,
      coachName:
        typeof coachName === "string" && coachName.length <= LIMITS.textLength ? coachName : "",
      coachNameAt: stampTime(coachNameAt) ?? 0,
      closed: times(outer.data.closed),
      unread,
    },
  };
}

export function coachSpaceText(space: CoachSpaceData): string {
  return JSON.stringify({
    version: SPACE_VERSION,
    reviews: [...space.reviews, ...space.unread],
    coachName: space.coachName,
    coachNameAt: space.coachNameAt,
    closed: space.closed,
  });
}
