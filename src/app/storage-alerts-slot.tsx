import { lazy, Suspense } from "react";
import { useWorkbook } from "../store/workbook-store";
import { whenIdle } from "../ui/when-idle";

// The alerts and their backup download are needed only when something goes wrong, so they are
// not part of the first load; they are fetched while the browser is idle so they show at once.
const loadAlerts = () => import("./storage-alerts");
const StorageAlerts = lazy(() => loadAlerts().then((m) => ({ default: m.StorageAlerts })));
whenIdle(() => void loadAlerts());

export function StorageAlertsSlot() {
  const hasProblem = useWorkbook(
    (s) => s.saveState === "failed" || s.notice !== null || s.keptAside.some((c) => c.isNew),
  );
  if (!hasProblem) return null;
  return (
    <Suspense fallback={null}>
      <StorageAlerts />
    </Suspense>
  );
}
