import { Suspense, useSyncExternalStore, type ReactNode } from "react";
import { ACTIONS_FIELD_ID } from "../../content/agreed-actions";
import type { Field, TableRow } from "../../content/types";
import { FieldNotes } from "../../fields/field-notes";
import { feedbackRaw } from "../../store/peek";
import { useWorkbookHandle } from "../../store/workbook-store";
import { lazyNamed } from "../../ui/lazy";
import { loadReviewStep } from "../review/load-review-step";
import type { CoachPartProps } from "./coach-part";

// Reading and checking the feedback, and drawing it, load only for a workbook that has some.
const CoachPart = lazyNamed<"CoachPart", CoachPartProps>(loadReviewStep, "CoachPart");

/** Said when feedback is added or removed in this tab; another tab's is a storage event. */
const CHANGED = "coach-feedback-changed";
export const feedbackChanged = () => window.dispatchEvent(new Event(CHANGED));

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The feedback kept beside this workbook, as saved (none on the page made at build time). */
export function useFeedbackRaw(): string | null {
  const { key } = useWorkbookHandle();
  return useSyncExternalStore(
    subscribe,
    () => feedbackRaw(key),
    () => null,
  );
}

/** A part of the coach's feedback (see coach-part.tsx), drawn once its code is there. */
export function CoachSlot(props: CoachPartProps) {
  return (
    <Suspense fallback={null}>
      <CoachPart {...props} />
    </Suspense>
  );
}

/** "From your coach", beside an action point whose words are an agreed action's. */
function ActionNote({ row, id }: { row: TableRow; id: string }) {
  const raw = useFeedbackRaw();
  return raw && <CoachSlot raw={raw} part="row" action={row.action ?? ""} id={id} />;
}

/** "Coach commented", on a step (in the list, or its header) with a comment on any question. */
export function CoachMark(props: { fields: readonly Field[]; id?: string; spaced?: boolean }) {
  const raw = useFeedbackRaw();
  const fieldIds = props.fields.map((f) => f.id);
  return raw && <CoachSlot raw={raw} part="mark" {...props} fieldIds={fieldIds} />;
}

/**
 * Gives a question what the coach said about it, drawn under its label, and marks the action
 * points that came from the coach (see FieldNotes).
 */
export function CoachNotes({ fieldId, children }: { fieldId: string; children: ReactNode }) {
  const raw = useFeedbackRaw();
  if (!raw) return children;
  return (
    <FieldNotes.Provider
      value={{
        said: <CoachSlot raw={raw} part="said" fieldId={fieldId} />,
        Row: fieldId === ACTIONS_FIELD_ID ? ActionNote : null,
      }}
    >
      {children}
    </FieldNotes.Provider>
  );
}
