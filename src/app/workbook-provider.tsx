import { useEffect, useState, type ReactNode } from "react";
import { useWorkbookChoice } from "../features/class-workbook/workbook-switch";
import { CLASS_KEY, PERSONAL_KEY } from "../store/keys";
import { createPersistence, type Persistence } from "../store/persistence";
import { createWorkbookStore, WorkbookContext, type WorkbookHandle } from "../store/workbook-store";

export type StorageKeys = { personal: string; class: string };

/** Saving that saves nothing, for the page made at build time. */
const notSaved: Persistence = {
  start: () => {},
  stop: () => {},
  flush: () => {},
  forgetAll: () => {},
};

/**
 * Opens one workbook: makes its store, reads what is saved (at once, so the first screen shows
 * the answers), and starts saving once mounted. Unmounting stops saving, writing anything still
 * waiting, so a workbook is never left half attached.
 */
function OpenWorkbook({
  storageKey,
  saved,
  children,
}: {
  storageKey: string;
  saved: boolean;
  children: ReactNode;
}) {
  const [{ handle, persistence }] = useState(() => {
    const store = createWorkbookStore();
    const persistence = saved ? createPersistence(store, storageKey) : notSaved;
    const handle: WorkbookHandle = { store, saving: persistence, key: storageKey };
    return { handle, persistence };
  });
  useEffect(() => {
    persistence.start();
    return () => persistence.stop();
  }, [persistence]);
  return <WorkbookContext.Provider value={handle}>{children}</WorkbookContext.Provider>;
}

/**
 * Gives the app the workbook named in the address: the personal one, or the class one
 * (?workbook=class). Switching opens the other afresh, so the personal workbook's saved data is
 * never read or written while the class one is open.
 */
export function WorkbookProvider({
  children,
  keys = { personal: PERSONAL_KEY, class: CLASS_KEY },
  saved = true,
}: {
  children: ReactNode;
  keys?: StorageKeys;
  /** False when the page is made at build time: an empty workbook, no storage at all. */
  saved?: boolean;
}) {
  const key = useWorkbookChoice() === "class" ? keys.class : keys.personal;
  return (
    <OpenWorkbook key={key} storageKey={key} saved={saved}>
      {children}
    </OpenWorkbook>
  );
}
