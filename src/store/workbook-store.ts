import { createContext, useContext } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import { persist, createJSONStorage, type StateStorage } from "zustand/middleware";
import { workbook } from "../content/workbook";
import { withDefaults } from "../content/kinds";
import type { Answers } from "../content/types";

export const PERSONAL_KEY = "keeping-customers:workbook";
export const SAVE_VERSION = 1;

export type SaveState = "idle" | "pending" | "saved" | "failed";

export type WorkbookState = {
  answers: Answers;
  /** The step the user was last on, so a bare URL returns them there. */
  lastStepId: string;
  /** Not saved. Goes up whenever answers are replaced from outside the open form. */
  revision: number;
  saveState: SaveState;
  saveError: string | null;
  setAnswers: (values: Answers) => void;
  setLastStep: (stepId: string) => void;
  markPending: () => void;
  /** Replaces the answers from outside the form (restore, another tab). Open forms reset. */
  replaceAnswers: (answers: Answers) => void;
  clearAnswers: () => void;
};

type Persisted = Pick<WorkbookState, "answers" | "lastStepId">;

/**
 * Wraps localStorage so a failed write is reported instead of thrown into React.
 * The answers stay in memory either way.
 */
function reportingStorage(onResult: (error: string | null) => void): StateStorage {
  // persist writes on every set(), even when only unsaved fields changed; skip identical writes
  // so "Saving…" is not reported as saved before the answers themselves are written.
  let lastWritten: string | null = null;
  return {
    getItem: (name) => (lastWritten = localStorage.getItem(name)),
    setItem: (name, value) => {
      if (value === lastWritten) return;
      try {
        lastWritten = value;
        localStorage.setItem(name, value);
        onResult(null);
      } catch (error) {
        lastWritten = null;
        onResult(error instanceof Error ? error.name : "Error");
      }
    },
    removeItem: (name) => localStorage.removeItem(name),
  };
}

export function createWorkbookStore(key: string): StoreApi<WorkbookState> {
  // eslint-disable-next-line prefer-const -- assigned once, used by the storage callback
  let store: StoreApi<WorkbookState>;
  const storage = reportingStorage((error) => {
    // Runs inside persist's write, after the state change; defer to avoid nested updates.
    // Only a real change is set: every set() writes again, so an unchanged one would loop.
    queueMicrotask(() => {
      const next: SaveState = error ? "failed" : "saved";
      const { saveState, saveError } = store.getState();
      if (saveState !== next || saveError !== error)
        store.setState({ saveState: next, saveError: error });
    });
  });

  store = createStore<WorkbookState>()(
    persist(
      (set) => ({
        answers: withDefaults(workbook),
        lastStepId: workbook.steps[0]?.id ?? "",
        revision: 0,
        saveState: "idle",
        saveError: null,
        setAnswers: (values) => set((s) => ({ answers: { ...s.answers, ...values } })),
        setLastStep: (stepId) => set({ lastStepId: stepId }),
        markPending: () => set({ saveState: "pending" }),
        replaceAnswers: (answers) =>
          set((s) => ({ answers: withDefaults(workbook, answers), revision: s.revision + 1 })),
        clearAnswers: () =>
          set((s) => ({
            answers: withDefaults(workbook),
            lastStepId: workbook.steps[0]?.id ?? "",
            revision: s.revision + 1,
          })),
      }),
      {
        name: key,
        version: SAVE_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s): Persisted => ({ answers: s.answers, lastStepId: s.lastStepId }),
        merge: (saved, current) => {
          const persisted = (saved ?? {}) as Partial<Persisted>;
          return {
            ...current,
            answers: withDefaults(workbook, persisted.answers),
            lastStepId: persisted.lastStepId ?? current.lastStepId,
          };
        },
      },
    ),
  );
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
