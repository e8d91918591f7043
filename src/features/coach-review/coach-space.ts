import { createStore, type StoreApi } from "zustand";
import { answeredCount, LIMITS, withDefaults } from "../../content/kinds";
import type { Answers, TableRow } from "../../content/types";
import { workbook } from "../../content/workbook";
import { ID_PATTERN, newId } from "../../lib/ids";
import { isRecord, kindReaders, readAnswers } from "../../formats/answer-shape";
import { actionsField } from "../../formats/feedback-file";
import { isLocalStorageEvent, readItem, writeItem, type SaveProblem } from "../../store/storage";

/**
 * The coach's own space: workbooks other people sent, each with the coach's comments and agreed
 * actions. Saved under a key of its own, so the coach's own workbook is never read or written
 * here. The workbooks themselves are only ever shown, never changed.
 */

export type Review = {
  id: string;
  /** When the coach opened it (ms since 1970). */
  openedAt: number;
  answers: Answers;
  comments: Record<string, string>;
  actions: TableRow[];
};

export type CoachState = {
  reviews: Review[];
  saveProblem: SaveProblem | null;
  /** Opens a workbook for review, or finds the same one already open; returns its id. */
  addReview: (answers: Answers) => string;
  removeReview: (id: string) => void;
  setComment: (id: string, fieldId: string, text: string) => void;
  updateActions: (id: string, change: (rows: TableRow[]) => TableRow[]) => void;
};

/** The coach's review space: workbooks others sent, with the coach's comments (see keys.ts). */
export const COACH_KEY = "keeping-customers:coach";

const SPACE_VERSION = 1;

function readReview(value: unknown): Review | null {
  if (!isRecord(value) || typeof value.id !== "string" || !ID_PATTERN.test(value.id)) return null;
  if (typeof value.openedAt !== "number" || !isRecord(value.comments)) return null;
  const read = readAnswers(workbook, value.answers);
  const actions = kindReaders.table(actionsField(), value.actions, () => {});
  if (!actions) return null;
  const comments: Record<string, string> = {};
  for (const [fieldId, text] of Object.entries(value.comments))
    if (typeof text === "string") comments[fieldId] = text.slice(0, LIMITS.textLength);
  return {
    id: value.id,
    openedAt: value.openedAt,
    answers: withDefaults(workbook, read.answers),
    comments,
    actions,
  };
}

/** Reads the saved space; a review that cannot be read is skipped, never the whole space. */
export function readCoachSpace(raw: string | null | undefined): Review[] {
  if (!raw) return [];
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || data.version !== SPACE_VERSION || !Array.isArray(data.reviews))
      return [];
    return data.reviews.flatMap((r) => readReview(r) ?? []);
  } catch {
    return [];
  }
}

const sameAnswers = (a: Answers, b: Answers) => JSON.stringify(a) === JSON.stringify(b);

export function createCoachStore(reviews: Review[] = []): StoreApi<CoachState> {
  return createStore<CoachState>()((set, get) => {
    const update = (id: string, change: (review: Review) => Review) =>
      set({ reviews: get().reviews.map((r) => (r.id === id ? change(r) : r)) });
    return {
      reviews,
      saveProblem: null,
      addReview: (incoming) => {
        const answers = withDefaults(workbook, incoming);
        const open = get().reviews.find((r) => sameAnswers(r.answers, answers));
        if (open) return open.id;
        const review: Review = {
          id: newId(),
          openedAt: Date.now(),
          answers,
          comments: {},
          actions: [],
        };
        set({ reviews: [review, ...get().reviews] });
        return review.id;
      },
      removeReview: (id) => set({ reviews: get().reviews.filter((r) => r.id !== id) }),
      setComment: (id, fieldId, text) =>
        update(id, (r) => ({ ...r, comments: { ...r.comments, [fieldId]: text } })),
      updateActions: (id, change) => update(id, (r) => ({ ...r, actions: change(r.actions) })),
    };
  });
}

export type CoachSpace = {
  store: StoreApi<CoachState>;
  /** Saves a short pause after each change, at once when the page is hidden. */
  start: () => void;
  stop: () => void;
  flush: () => void;
};

/** The store, read from storage, and the saving beside it. */
export function openCoachSpace(key = COACH_KEY, delayMs = 300): CoachSpace {
  const store = createCoachStore(readCoachSpace(readItem(key)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let detach: (() => void)[] = [];

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    const { reviews } = store.getState();
    const result = writeItem(key, JSON.stringify({ version: SPACE_VERSION, reviews }));
    store.setState({ saveProblem: result.ok ? null : result.problem });
  };
  const schedule = () => {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };

  return {
    store,
    flush,
    start() {
      const unsubscribe = store.subscribe((now, before) => {
        if (now.reviews !== before.reviews) schedule();
      });
      // Another tab's change is taken whole, unless this tab has one waiting to be written.
      const onStorage = (event: StorageEvent) => {
        if (event.key === key && isLocalStorageEvent(event) && !dirty)
          store.setState({ reviews: readCoachSpace(event.newValue) });
      };
      const onHide = () => flush();
      window.addEventListener("storage", onStorage);
      window.addEventListener("pagehide", onHide);
      detach = [
        unsubscribe,
        () => window.removeEventListener("storage", onStorage),
        () => window.removeEventListener("pagehide", onHide),
      ];
    },
    stop() {
      flush();
      for (const undo of detach) undo();
      detach = [];
    },
  };
}

/** Who a workbook is from, in a line: "Amira Khan, Bloom & Crumb". */
export function reviewTitle(answers: Answers): { name: string; business: string } {
  const text = (id: string) => {
    const value = answers[id];
    return typeof value === "string" ? value.trim() : "";
  };
  return { name: text("yourName"), business: text("businessName") };
}

export function answeredIn(answers: Answers): number {
  return answeredCount(workbook, answers);
}

/**
 * Adds a workbook to the saved coach space from another page (a link opened in the personal
 * workbook), so the coach space opens with it. Returns its id, or null when storage would not
 * take it.
 */
export function addToCoachSpace(answers: Answers, key = COACH_KEY): string | null {
  const space = openCoachSpace(key, 0);
  space.start();
  const id = space.store.getState().addReview(answers);
  space.stop();
  return space.store.getState().saveProblem === null ? id : null;
}
