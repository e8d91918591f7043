import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { StoreApi } from "zustand";
import {
  createWorkbookStore,
  personalStore,
  useWorkbookStoreApi,
  WorkbookStoreContext,
  type WorkbookState,
} from "../store/workbook-store";

export const CLASS_KEY = "keeping-customers:class";

export type WorkbookChoice = "personal" | "class";

/**
 * Which workbook is open lives in the address (?workbook=class), beside the step in the hash,
 * so a reload, Back and a bookmark keep the facilitator in the class workbook, and the
 * personal workbook's saved data is never read or written while the class one is open.
 */
const PARAM = "workbook";
const CHANGE_EVENT = "workbookchange";

export function choiceFromSearch(search: string): WorkbookChoice {
  return new URLSearchParams(search).get(PARAM) === "class" ? "class" : "personal";
}

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function useWorkbookChoice(): WorkbookChoice {
  return useSyncExternalStore(subscribe, () => choiceFromSearch(window.location.search));
}

export function chooseWorkbook(choice: WorkbookChoice): void {
  if (choiceFromSearch(window.location.search) === choice) return;
  const url = new URL(window.location.href);
  if (choice === "class") url.searchParams.set(PARAM, "class");
  else url.searchParams.delete(PARAM);
  window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

// Made on first use: a visitor who never opens the class workbook never has one saved.
let classStore: StoreApi<WorkbookState> | undefined;
function getClassStore(): StoreApi<WorkbookState> {
  return (classStore ??= createWorkbookStore(CLASS_KEY));
}

/**
 * Gives the app the workbook named in the address. Switching draws the app afresh, so every
 * open form lets go of one workbook (saving what was typed) before the other is read.
 */
export function WorkbookProvider({ children }: { children: ReactNode }) {
  const choice = useWorkbookChoice();
  const store = choice === "class" ? getClassStore() : personalStore;
  return (
    <WorkbookStoreContext.Provider key={choice} value={store}>
      {children}
    </WorkbookStoreContext.Provider>
  );
}

/** The header control: two buttons, the open workbook pressed. */
export function WorkbookSwitch() {
  const choice = useWorkbookChoice();
  return (
    <div className="workbook-switch" role="group" aria-label="Which workbook">
      <button
        type="button"
        className="switch-option"
        aria-pressed={choice === "personal"}
        onClick={() => chooseWorkbook("personal")}
      >
        My workbook
      </button>
      <button
        type="button"
        className="switch-option class-option"
        aria-pressed={choice === "class"}
        onClick={() => chooseWorkbook("class")}
      >
        Class workbook
      </button>
    </div>
  );
}

/** Says plainly, on every step, that the class workbook is open; clears it after one check. */
export function ClassBanner() {
  const store = useWorkbookStoreApi();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (wasConfirming.current) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <section className="class-banner" aria-labelledby="class-banner-title">
      <div className="class-banner-inner">
        <p className="class-banner-text">
          <strong id="class-banner-title">Class workbook</strong> — answers typed here are for the
          class. They are kept apart from your own workbook, which is not changed.
        </p>
        {confirming ? (
          <div className="class-confirm" role="group" aria-labelledby="class-confirm-question">
            <p id="class-confirm-question" className="class-confirm-question">
              Clear every answer in the class workbook?
            </p>
            <button
              type="button"
              className="button danger-solid"
              onClick={() => {
                store.getState().clearAnswers();
                setCleared(true);
                setConfirming(false);
              }}
            >
              Yes, clear it
            </button>
            <button
              ref={keepButton}
              type="button"
              className="button on-banner"
              onClick={() => setConfirming(false)}
            >
              Keep the answers
            </button>
          </div>
        ) : (
          <button
            ref={clearButton}
            type="button"
            className="button on-banner"
            onClick={() => {
              setCleared(false);
              setConfirming(true);
            }}
          >
            Clear class workbook
          </button>
        )}
        <p role="status" className="class-banner-status">
          {cleared ? "Class workbook cleared." : ""}
        </p>
      </div>
    </section>
  );
}
