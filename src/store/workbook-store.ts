import { createContext, useContext } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import { withDefaults } from "../content/kinds";
import type { Answers, AnswerValue, Removal, Row } from "../content/types";
import { shape } from "../content/shape";
import { newId } from "../lib/ids";
import { STEP, type Doc } from "../formats/doc";
import { newestStamp, openRemovals, recordChanges, rowsAt, type Conflict } from "./merge";
import { emptyDoc, emptyMeta, type SavedMeta, type UnreadableReason } from "../formats/saved-data";
import type { SaveProblem } from "./storage";

/**
 * The one store of a workbook: its answers and everything about them, with the actions that
 * change them. It knows nothing of storage; persistence.ts attaches to it, saves what changes
 * and merges what other tabs save. Every change a user makes goes straight here, so the answers
 * on screen and the answers in the store are one and the same.
 */

/**
 * Something to tell the user once: what happened (said in the language shown), or a sentence
 * already said by the part that did it.
 */
export type Notice = { kind: "removedElsewhere" } | { kind: "said"; text: string };

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

/** Where another tab's edit met this one's; the user is told and can use the other version. */
export type LostEdit = Conflict & { id: string };

export type WorkbookState = Doc &
  SavedMeta & {
    saveState: SaveState;
    saveProblem: SaveProblem | null;
    keptAside: KeptAside[];
    /** Questions whose saved answer was damaged when last read (their copy is kept aside). */
    unreadableFields: string[];
    /** Something the user should know that is not a problem, e.g. a change made in another tab. */
    notice: Notice | null;
    lostEdits: LostEdit[];

    /** Replaces one answer; what changed is noted so other tabs can merge it. */
    setAnswer: (fieldId: string, value: AnswerValue) => void;
    /** Removes a row, list item or own check, keeping it for undo. */
    removeRow: (fieldId: string, path: readonly string[], rowId: string, label: string) => void;
    /** Puts a removed row back where it was. */
    undoRemoval: (removalId: string) => void;
    setLastStep: (stepId: string) => void;
    /**
     * Replaces every answer (restoring a backup). Changes are noted like any edit. A backup's
     * workbook id becomes this one's (its snapshots are stored by snapshot-store.ts).
     */
    replaceAnswers: (answers: Answers, history?: { workbookId: string | null }) => void;
    /** Empties every answer (a fresh class workbook). */
    clearAnswers: () => void;
    /** Takes a merged copy (another tab's changes) and anything this tab lost in the merge. */
    absorb: (doc: Doc, lost: Conflict[]) => void;
    dismissLostEdit: (id: string) => void;
    noteBackup: () => void;
    noteReminder: () => void;
    /** This workbook's id, made now if it has none yet. */
    ensureWorkbookId: () => string;
    dismissKeptAside: (foundAt: number) => void;
    dismissNotice: () => void;
  };

/** Follows a path of row ids and keys through an answer, replacing what is at its end. */
export function replaceAt(value: unknown, path: readonly string[], leaf: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return leaf;
  if (Array.isArray(value)) {
    const rows = value as Row[];
    return rows.map((row) => (row.id === key ? replaceAt(row, rest, leaf) : row));
  }
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    return { ...record, [key]: replaceAt(record[key], rest, leaf) };
  }
  return value;
}

export const rowsIn = (value: AnswerValue, path: readonly string[]) =>
  rowsAt({ value }, "value", path) ?? [];

export function insertRow(value: AnswerValue, path: readonly string[], index: number, row: Row) {
  const rows = rowsIn(value, path).filter((r) => r.id !== row.id);
  const at = Math.min(Math.max(index, 0), rows.length);
  return replaceAt(value, path, [...rows.slice(0, at), row, ...rows.slice(at)]) as AnswerValue;
}

/** What a workbook shows about saving before persistence has said anything. */
const quietStatus = {
  saveState: "idle",
  saveProblem: null,
  keptAside: [],
  unreadableFields: [],
  notice: null,
  lostEdits: [],
} satisfies Partial<WorkbookState>;

type Change = (next: Answers, extra?: Partial<WorkbookState>) => void;

/** Removing rows and putting them back. */
function rowActions(
  get: () => WorkbookState,
  change: Change,
): Pick<WorkbookState, "removeRow" | "undoRemoval"> {
  return {
    removeRow: (fieldId, path, rowId, label) => {
      const value = get().answers[fieldId];
      if (value === undefined) return;
      const rows = rowsIn(value, path);
      const index = rows.findIndex((r) => r.id === rowId);
      const row = rows[index];
      if (!row) return;
      const removal: Removal = { id: newId(), fieldId, path, index, label, at: Date.now(), row };
      const next = replaceAt(value, path, rows.toSpliced(index, 1)) as AnswerValue;
      change({ [fieldId]: next }, { removals: [removal, ...get().removals] });
    },
    undoRemoval: (removalId) => {
      const removal = get().removals.find((r) => r.id === removalId);
      const value = removal && get().answers[removal.fieldId];
      if (!removal || value === undefined) return;
      change({ [removal.fieldId]: insertRow(value, removal.path, removal.index, removal.row) });
    },
  };
}

export function createWorkbookStore(start: Partial<Doc & SavedMeta> = {}): StoreApi<WorkbookState> {
  let lastStamp = newestStamp({ ...emptyDoc(), ...start });
  /** Change times never repeat or go backwards within a tab, and follow what it has seen. */
  const stamp = () => (lastStamp = Math.max(Date.now(), lastStamp + 1));

  return createStore<WorkbookState>()((set, get) => {
    /** Applies new answers, noting at one time every part that changed. */
    const change: Change = (next, extra = {}) => {
      const { answers, stamps, removed } = get();
      const time = stamp();
      const into = { stamps: { ...stamps }, removed: { ...removed } };
      for (const id of Object.keys(next)) recordChanges(id, answers[id], next[id], time, into);
      const all = { ...answers, ...next };
      const { removals = get().removals, ...rest } = extra;
      set({
        answers: all,
        ...into,
        startedAt: get().startedAt ?? time,
        removals: openRemovals(all, removals),
        ...rest,
      });
    };

    return {
      ...emptyDoc(),
      ...emptyMeta,
      ...start,
      ...quietStatus,
      ...rowActions(get, change),
      setAnswer: (fieldId, value) => {
        if (get().answers[fieldId] !== value) change({ [fieldId]: value });
      },
      setLastStep: (stepId) => {
        if (get().lastStepId === stepId) return;
        set({ lastStepId: stepId, stamps: { ...get().stamps, [STEP]: stamp() } });
      },
      replaceAnswers: (incoming, history) => {
        change(withDefaults(shape, incoming));
        if (history?.workbookId) set({ workbookId: history.workbookId });
      },
      clearAnswers: () => change(withDefaults(shape), { lastStepId: emptyDoc().lastStepId }),
      absorb: (doc, lost) => {
        lastStamp = Math.max(lastStamp, newestStamp(doc));
        set({
          ...doc,
          lostEdits: [...get().lostEdits, ...lost.map((c) => ({ ...c, id: newId() }))],
        });
      },
      dismissLostEdit: (id) => set({ lostEdits: get().lostEdits.filter((e) => e.id !== id) }),
      noteBackup: () => set({ backedUpAt: Date.now() }),
      noteReminder: () => set({ remindedAt: Date.now() }),
      ensureWorkbookId: () => {
        const known = get().workbookId;
        if (known) return known;
        const id = newId();
        set({ workbookId: id });
        return id;
      },
      dismissKeptAside: (foundAt) =>
        set((s) => ({
          keptAside: s.keptAside.map((c) => (c.foundAt === foundAt ? { ...c, isNew: false } : c)),
        })),
      dismissNotice: () => set({ notice: null }),
    };
  });
}

/** Just the shared copy of the answers, as merged and saved. */
export function docOf(state: Doc): Doc {
  const { answers, stamps, removed, removals, lastStepId } = state;
  return { answers, stamps, removed, removals, lastStepId };
}

export function metaOf(state: SavedMeta): SavedMeta {
  const { savedAt, startedAt, backedUpAt, remindedAt, workbookId } = state;
  return { savedAt, startedAt, backedUpAt, remindedAt, workbookId };
}

/** What removing the workbook from the browser did. */
export type RemovalSummary = {
  answered: number;
  keptAside: number;
  /** False when the browser would not let the workbook reach its saved data. */
  removedFromBrowser: boolean;
};

/** What the app can ask of the saving attached to a workbook (see persistence.ts). */
export type Saving = {
  /** Writes any change still waiting, now. */
  flush: () => void;
  /**
   * Empties this tab's copy of the workbook and drops any write waiting, as its saved data is
   * removed (remove-workbook.ts does both).
   */
  forgetAll: () => void;
};

/** An open workbook: its store, its saving, and the storage key it is saved under. */
export type WorkbookHandle = {
  store: StoreApi<WorkbookState>;
  saving: Saving;
  /** Where the workbook is saved; what is kept beside it (coach feedback) is named after it. */
  key: string;
};

export const WorkbookContext = createContext<WorkbookHandle | null>(null);

/** The open workbook. Rendering without a provider is a bug: fail at once, write nothing. */
export function useWorkbookHandle(): WorkbookHandle {
  const handle = useContext(WorkbookContext);
  if (!handle) throw new Error("No workbook: render this inside a WorkbookProvider.");
  return handle;
}

export function useWorkbookStoreApi(): StoreApi<WorkbookState> {
  return useWorkbookHandle().store;
}

export function useSaving(): Saving {
  return useWorkbookHandle().saving;
}

export function useWorkbook<T>(selector: (state: WorkbookState) => T): T {
  return useStore(useWorkbookStoreApi(), selector);
}
