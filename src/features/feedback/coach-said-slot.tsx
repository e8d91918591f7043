import { Suspense, useSyncExternalStore } from "react";
import { feedbackRaw, subscribeFeedback } from "../../store/feedback-signal";
import { useWorkbookHandle } from "../../store/workbook-store";
import { lazyNamed } from "../../ui/lazy";

// Reading and checking the feedback loads only for a workbook that has some.
const CoachSaid = lazyNamed<"CoachSaid", { raw: string; fieldId: string }>(
  () => import("../review/review-step"),
  "CoachSaid",
);

/** What the coach said about a question, under it, once feedback has been added. */
export function CoachSaidSlot({ fieldId }: { fieldId: string }) {
  const { key } = useWorkbookHandle();
  const raw = useSyncExternalStore(
    subscribeFeedback,
    () => feedbackRaw(key),
    () => null,
  );
  if (raw === null) return null;
  return (
    <Suspense fallback={null}>
      <CoachSaid raw={raw} fieldId={fieldId} />
    </Suspense>
  );
}
