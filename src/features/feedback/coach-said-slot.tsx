import { Suspense, useSyncExternalStore } from "react";
import { feedbackRaw } from "../../store/peek";
import { useWorkbookHandle } from "../../store/workbook-store";
import { lazyNamed } from "../../ui/lazy";
import { loadReviewStep } from "../review/load-review-step";

// Reading and checking the feedback loads only for a workbook that has some.
const CoachSaid = lazyNamed<"CoachSaid", { raw: string; fieldId: string }>(
  loadReviewStep,
  "CoachSaid",
);

const noChanges = () => () => {};

/** What the coach said about a question, under it, once feedback has been added. */
export function CoachSaidSlot({ fieldId }: { fieldId: string }) {
  const { key } = useWorkbookHandle();
  // Read as the step opens (none on the page made at build time). Feedback is added and removed
  // on the review step, which has no questions, so it never changes under a question shown.
  const raw = useSyncExternalStore(
    noChanges,
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
