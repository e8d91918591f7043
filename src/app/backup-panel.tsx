import { lazy, Suspense } from "react";

// The backup tools are needed only on the review step, so they load when it opens and stay
// out of the first page load (see .size-limit.json).
const BackupTools = lazy(() => import("./backup-tools").then((m) => ({ default: m.BackupTools })));

export function BackupPanel() {
  return (
    <Suspense fallback={null}>
      <BackupTools />
    </Suspense>
  );
}
