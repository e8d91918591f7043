import { Suspense } from "react";
import { useWorkbook } from "../../store/workbook-store";
import { lazyNamed } from "../../ui/lazy";

// The alerts and their backup download are needed only when something goes wrong, so they are
// not part of the first load; the app fetches them once the browser is idle so they show at once.
export const StorageAlerts = lazyNamed(() => import("./storage-alerts"), "StorageAlerts");

export function StorageAlertsSlot() {
  const hasProblem = useWorkbook(
    (s) =>
      s.saveState === "failed" ||
      s.notice !== null ||
      s.lostEdits.length > 0 ||
      s.keptAside.some((c) => c.isNew),
  );
  if (!hasProblem) return null;
  return (
    <Suspense fallback={null}>
      <StorageAlerts />
    </Suspense>
  );
}
