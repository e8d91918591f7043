import { Suspense, useEffect, useState } from "react";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { lazyNamed } from "../../ui/lazy";
import { needsBackupReminder } from "../keep-safe/reminder";

const BackupReminder = lazyNamed(() => import("../keep-safe/backup-reminder"), "BackupReminder");

// The alerts and their backup download are needed only when something goes wrong, so they are
// not part of the first load; the app fetches them once the browser is idle so they show at once.
export const StorageAlerts = lazyNamed(() => import("./storage-alerts"), "StorageAlerts");

export function StorageAlertsSlot() {
  const [now] = useState(Date.now);
  const remind = useWorkbook((s) => needsBackupReminder(s, now));
  // Whether this visit reminds is settled as the page opens, from the saved data; the reminder
  // loads after. The mark lets the end-to-end tests tell "no reminder" from "not loaded yet".
  const store = useWorkbookStoreApi();
  useEffect(() => {
    performance.mark("backup-reminder", { detail: needsBackupReminder(store.getState(), now) });
  }, [store, now]);
  const hasProblem = useWorkbook(
    (s) =>
      s.saveState === "failed" ||
      s.notice !== null ||
      s.lostEdits.length > 0 ||
      s.keptAside.some((c) => c.isNew),
  );
  if (!hasProblem && !remind) return null;
  return (
    <Suspense fallback={null}>
      {hasProblem && <StorageAlerts />}
      {remind && <BackupReminder />}
    </Suspense>
  );
}
