import { createContext, useContext } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import { workbook } from "../content/workbook";
import { answeredCount, withDefaults } from "../content/kinds";
import type { Answers } from "../content/types";
import { readAnswers } from "./answer-shape";
import { mergeAnswers, sameValue, type Side } from "./merge";
import { readSaved, serialize, type UnreadableReason } from "./saved-data";
import {
  isLocalStorageEvent,
  keysStartingWith,
  readItem,
  removeItem,
  writeItem,
  type SaveProblem,
} from "./storage";

export { SAVE_VERSION } from "./migrations";
export type { SaveProblem } from "./storage";

export const PERSONAL_KEY = "keeping-customers:workbook";

/** While saving fails, try again this often even if the user changes nothing. */
export const RETRY_MS = 4000;

export type SaveState = "idle" | "pending" | "saved" | "failed";

/** Saved data that could not be read, kept exactly as found, under a key of its own. */
export type KeptAside = {
  /** Where the copy is kept; null when storage had no room for it (it is then only in memory). */
  key: string | null;
  raw: string;
  reason: UnreadableReason | "partial";
  foundAt: number;
  /** Found on this visit and not yet dismissed: the user is told about it. */
  isNew: boolean;
};

export type RemovalSummary = {
  answered: number;
  keptAside: number;
  /** False when the browser would not let the workbook reach its saved data. */
  removedFromBrowser: boolean;
};

/** A form holding changes not yet handed to the store. */
export type Drafts = { flush: () => void; discard: () => void };

export type WorkbookState = {
  answers: Answers;
  /** Question id → when its answer last changed; how two tabs decide whose answer is newer. */
  changedAt: Record<string, number>;
  /** The step the user was last on, so a bare URL returns them there. */
  lastStepId: string;
  savedAt: number | null;
  /** Not saved. Goes up whenever answers are replaced from outside the open form. */
  revision: number;
  saveState: SaveState;
  saveProblem: SaveProblem | null;
  keptAside: KeptAside[];
  /** Questions whose saved answer was damaged when last read (their copy is kept aside). */
  unreadableFields: string[];
  /** Something the user should know that is not a problem, e.g. a change made in another tab. */
  notice: string | null;
  setAnswers: (values: Answers) => void;
  setLastStep: (stepId: string) => void;
  markPending: () => void;
  /** Replaces the answers from outside the form (restore, another tab). Open forms reset. */
  replaceAnswers: (answers: Answers) => void;
  /** Empties every answer, and saves the empty workbook (e.g. a fresh class workbook). */
  clearAnswers: () => void;
  /** Wipes this workbook, and copies kept aside, from the browser. Nothing is written after. */
  removeSaved: () => RemovalSummary;
  dismissKeptAside: (foundAt: number) => void;
  deleteKeptAside: (foundAt: number) => void;
  dismissNotice: () => void;
  /** Open forms register here so changes still in their typing pause are never lost. */
  registerDrafts: (drafts: Drafts) => () => void;
  flushDrafts: () => void;
};

const firstStepId = workbook.steps[0]?.id ?? "";

export function createWorkbookStore(key: string): StoreApi<WorkbookState> {
  const asidePrefix = `${key}:unreadable-`;
  const drafts = new Set<Drafts>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let lastStamp = 0;
  /** This workbook has been saved in the browser (read at load or written since). */
  let knownOnDisk = false;
  // eslint-disable-next-line prefer-const -- assigned once below; the helpers close over it
  let store: StoreApi<WorkbookState>;

  /** Change times never repeat or go backwards within a tab, even if the clock does. */
  const stamp = () => (lastStamp = Math.max(Date.now(), lastStamp + 1));

  /**
   * Sets the save state only when it differs. A set() that changes nothing still notifies every
   * subscriber; an earlier version looped forever that way (a write reported "saved", which
   * caused another write), so status updates stay change-only.
   */
  const setStatus = (saveState: SaveState, saveProblem: SaveProblem | null) => {
    const now = store.getState();
    if (now.saveState !== saveState || now.saveProblem !== saveProblem)
      store.setState({ saveState, saveProblem });
  };

  const scheduleRetry = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => save("local"), RETRY_MS);
  };

  const fail = (problem: SaveProblem) => {
    setStatus("failed", problem);
    scheduleRetry();
  };

  const storedCopies = (): KeptAside[] =>
    keysStartingWith(asidePrefix).flatMap((k) => {
      const raw = readItem(k);
      if (typeof raw !== "string") return [];
      const foundAt = Number(k.slice(asidePrefix.length));
      const known = store?.getState().keptAside.find((c) => c.key === k);
      return [
        {
          key: k,
          raw,
          reason: known?.reason ?? "damaged",
          foundAt: Number.isFinite(foundAt) ? foundAt : 0,
          isNew: known?.isNew ?? false,
        },
      ];
    });

  /**
   * Copies unreadable saved data to a key of its own before anything may overwrite it. Returns
   * false when no copy could be made: the original must then stay where it is. A copy that
   * already exists is not made twice; on page load (`tellAgain`) the user is told about it again.
   */
  const keepAside = (
    list: KeptAside[],
    raw: string,
    reason: KeptAside["reason"],
    tellAgain: boolean,
  ): { list: KeptAside[]; kept: boolean } => {
    const same = list.find((c) => c.raw === raw);
    if (same?.key) {
      return {
        list: tellAgain ? list.map((c) => (c === same ? { ...c, reason, isNew: true } : c)) : list,
        kept: true,
      };
    }
    const foundAt = stamp();
    const copyKey = `${asidePrefix}${foundAt}`;
    const written = writeItem(copyKey, raw);
    const copy: KeptAside = { key: written.ok ? copyKey : null, raw, reason, foundAt, isNew: true };
    return { list: [...list.filter((c) => c.raw !== raw), copy], kept: written.ok };
  };

  /**
   * Brings memory and storage together: reads what is stored (perhaps written by another tab),
   * merges it answer by answer (merge.ts), and writes back only if this tab has something
   * newer. `event` is the reaction to another tab's save and writes only when needed.
   */
  const save = (mode: "local" | "event") => {
    clearTimeout(retryTimer);
    const raw = readItem(key);
    if (raw === undefined) return fail("blocked");
    const read = readSaved(raw);
    let keptAside = store.getState().keptAside;
    let theirs: (Side & { lastStepId: string }) | null = null;
    if (read.status === "ok") theirs = read.saved;
    const badRaw =
      read.status === "unreadable" || (read.status === "ok" && read.unreadableFields.length > 0);
    if (badRaw && raw !== null) {
      const reason = read.status === "unreadable" ? read.reason : "partial";
      const result = keepAside(keptAside, raw, reason, false);
      keptAside = result.list;
      if (keptAside !== store.getState().keptAside)
        store.setState({
          keptAside,
          unreadableFields: read.status === "ok" ? read.unreadableFields : [],
        });
      if (!result.kept) return fail("full");
    }

    const state = store.getState();
    const merged = mergeAnswers(workbook, state, theirs, mode === "local" ? "ours" : "theirs");
    if (merged.tookTheirs) {
      store.setState((s) => ({
        answers: merged.answers,
        changedAt: merged.changedAt,
        revision: s.revision + 1,
      }));
    }
    const needsWrite =
      mode === "event"
        ? merged.keptOurs
        : !theirs ||
          badRaw ||
          merged.keptOurs ||
          theirs.lastStepId !== state.lastStepId ||
          !sameValue(theirs.changedAt, merged.changedAt);
    if (!needsWrite) {
      if (state.saveState !== "idle" || mode === "local") setStatus("saved", null);
      return;
    }
    const savedAt = Date.now();
    const result = writeItem(
      key,
      serialize({
        answers: merged.answers,
        changedAt: merged.changedAt,
        lastStepId: state.lastStepId,
        savedAt,
      }),
    );
    if (!result.ok) return fail(result.problem);
    knownOnDisk = true;
    store.setState({ savedAt });
    setStatus("saved", null);
  };

  const emptyState = () => ({
    answers: withDefaults(workbook),
    changedAt: {},
    lastStepId: firstStepId,
    savedAt: null,
  });

  /** The starting state: what is saved, or an empty workbook beside data that cannot be read. */
  const load = (): Pick<
    WorkbookState,
    | "answers"
    | "changedAt"
    | "lastStepId"
    | "savedAt"
    | "saveState"
    | "saveProblem"
    | "keptAside"
    | "unreadableFields"
  > => {
    const raw = readItem(key);
    const status = {
      saveState: "idle" as SaveState,
      saveProblem: null,
      keptAside: storedCopies(),
      unreadableFields: [] as string[],
    };
    if (raw === undefined) {
      // Blocked storage: say so at once, before any typing is done.
      return { ...emptyState(), ...status, saveState: "failed", saveProblem: "blocked" };
    }
    knownOnDisk = raw !== null;
    const read = readSaved(raw);
    if (read.status === "empty") return { ...emptyState(), ...status };
    if (read.status === "ok" && read.unreadableFields.length === 0) {
      const { answers, ...rest } = read.saved;
      return { ...rest, answers: withDefaults(workbook, answers), ...status };
    }
    const reason = read.status === "ok" ? "partial" : read.reason;
    const { list, kept } = keepAside(status.keptAside, raw ?? "", reason, true);
    const start =
      read.status === "ok"
        ? { ...read.saved, answers: withDefaults(workbook, read.saved.answers) }
        : emptyState();
    const found = {
      ...start,
      ...status,
      keptAside: list,
      unreadableFields: read.status === "ok" ? read.unreadableFields : [],
    };
    return kept ? found : { ...found, saveState: "failed", saveProblem: "full" };
  };

  const reset = (s: WorkbookState) => ({ ...emptyState(), revision: s.revision + 1 });

  store = createStore<WorkbookState>()((set, get) => ({
    ...load(),
    revision: 0,
    notice: null,
    setAnswers: (given) => {
      // Same shape as a fresh load would give (an unchosen radio group's null becomes "").
      const read = readAnswers(workbook, given);
      const values = { ...given, ...read.answers };
      const { answers, changedAt } = get();
      const changed = Object.keys(values).filter((id) => !sameValue(values[id], answers[id]));
      if (changed.length > 0) {
        const time = stamp();
        set({
          answers: { ...answers, ...values },
          changedAt: { ...changedAt, ...Object.fromEntries(changed.map((id) => [id, time])) },
        });
      }
      save("local");
    },
    setLastStep: (stepId) => {
      if (get().lastStepId === stepId) return;
      set({ lastStepId: stepId });
      save("local");
    },
    markPending: () => {
      // A failure stays on screen until a write really succeeds.
      if (get().saveState !== "failed") setStatus("pending", null);
    },
    replaceAnswers: (incoming) => {
      get().flushDrafts();
      const next = withDefaults(workbook, incoming);
      const { answers, changedAt } = get();
      const time = stamp();
      const times = { ...changedAt };
      for (const id of Object.keys(next)) {
        if (!sameValue(next[id], answers[id])) times[id] = time;
      }
      set((s) => ({ answers: next, changedAt: times, revision: s.revision + 1 }));
      save("local");
    },
    clearAnswers: () => {
      for (const d of drafts) d.discard();
      const { answers, changedAt } = get();
      const empty = withDefaults(workbook);
      const time = stamp();
      const times = { ...changedAt };
      for (const id of Object.keys(empty)) {
        if (!sameValue(empty[id], answers[id])) times[id] = time;
      }
      set((s) => ({
        answers: empty,
        changedAt: times,
        lastStepId: firstStepId,
        revision: s.revision + 1,
      }));
      save("local");
    },
    removeSaved: () => {
      for (const d of drafts) d.discard();
      clearTimeout(retryTimer);
      const state = get();
      const summary: RemovalSummary = {
        answered: answeredCount(workbook, state.answers),
        keptAside: state.keptAside.length,
        removedFromBrowser: true,
      };
      const keys = [key, ...state.keptAside.flatMap((c) => (c.key ? [c.key] : []))];
      for (const k of new Set([...keys, ...keysStartingWith(asidePrefix)])) {
        if (!removeItem(k)) summary.removedFromBrowser = false;
      }
      knownOnDisk = false;
      set((s) => ({
        ...reset(s),
        keptAside: [],
        unreadableFields: [],
        saveState: "idle",
        saveProblem: null,
      }));
      return summary;
    },
    dismissKeptAside: (foundAt) =>
      set((s) => ({
        keptAside: s.keptAside.map((c) => (c.foundAt === foundAt ? { ...c, isNew: false } : c)),
      })),
    deleteKeptAside: (foundAt) => {
      const copy = get().keptAside.find((c) => c.foundAt === foundAt);
      if (copy?.key) removeItem(copy.key);
      set((s) => ({ keptAside: s.keptAside.filter((c) => c.foundAt !== foundAt) }));
    },
    dismissNotice: () => set({ notice: null }),
    registerDrafts: (d) => {
      drafts.add(d);
      return () => drafts.delete(d);
    },
    flushDrafts: () => {
      for (const d of drafts) d.flush();
    },
  }));

  if (store.getState().saveState === "failed") scheduleRetry();

  window.addEventListener("storage", (event) => {
    if (!isLocalStorageEvent(event)) return;
    if (event.key === key || event.key === null) {
      // key null: another tab cleared all of this site's storage.
      const removed =
        event.key === key ? event.newValue === null : knownOnDisk && readItem(key) === null;
      if (removed) {
        // Another tab removed the workbook (on a shared computer, say). This tab must not
        // write its copy back, so it forgets its answers too.
        knownOnDisk = false;
        for (const d of drafts) d.discard();
        const hadAnswers = answeredCount(workbook, store.getState().answers) > 0;
        store.setState((s) => ({
          ...reset(s),
          notice: hadAnswers ? "Your answers were removed from this browser in another tab." : null,
        }));
      } else if (event.key === key) {
        store.getState().flushDrafts();
        save("event");
      }
    }
    if (event.key === null || event.key.startsWith(asidePrefix))
      store.setState({ keptAside: storedCopies() });
  });

  return store;
}

export const personalStore = createWorkbookStore(PERSONAL_KEY);

export const WorkbookStoreContext = createContext<StoreApi<WorkbookState>>(personalStore);

export function useWorkbookStoreApi(): StoreApi<WorkbookState> {
  return useContext(WorkbookStoreContext);
}

export function useWorkbook<T>(selector: (state: WorkbookState) => T): T {
  return useStore(useWorkbookStoreApi(), selector);
}
