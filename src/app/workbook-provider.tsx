import { useEffect, useState, type ReactNode } from "react";
import { useWorkbookChoice } from "../features/class-workbook/workbook-switch";
import { CLASS_KEY, PERSONAL_KEY } from "../store/keys";
import { createPersistence } from "../store/persistence";
import { createWorkbookStore, WorkbookContext, type WorkbookHandle } from "../store/workbook-store";

export type StorageKeys = { personal: string; class: string };

/**
 * Opens one workbook: makes its store, reads what is saved (at once, so the first screen shows
 * the answers), and starts saving once mounted. Unmounting stops saving, writing anything still
 * waiting, so a workbook is never left half attached.
 */
function OpenWorkbook({ storageKey, children }: { storageKey: string; children: ReactNode }) {
  const [{ handle, persistence }] = useState(() => {
    const store = createWorkbookStore();
    const persistence = createPersistence(store, storageKey);
    const handle: WorkbookHandle = { store, saving: persistence };
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
}: {
  children: ReactNode;
  keys?: StorageKeys;
}) {
  const key = useWorkbookChoice() === "class" ? keys.class : keys.personal;
  return (
    <OpenWorkbook key={key} storageKey={key}>
      {children}
    </OpenWorkbook>
  );
}
