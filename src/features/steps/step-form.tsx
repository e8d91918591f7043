import { useCallback, useMemo } from "react";
import type { AnswerValue, Field, Step } from "../../content/types";
import { emptyValueOf, inputsOf, type KindContext } from "../../content/kinds";
import { FieldInput } from "../../fields/field-map";
import { CoachNotes } from "../feedback/coach-said-slot";
import type { RowHistory } from "../../fields/field-props";
import { sameItems } from "../../lib/same-items";
import { useWorkbook, useWorkbookStoreApi, type WorkbookState } from "../../store/workbook-store";

/**
 * One question bound to the store: it shows the store's answer and every change goes straight
 * back to the store, so there is one copy of the answers. Each question listens only to its
 * own answer, so typing in one redraws only that one.
 */
function BoundField({ field, fields }: { field: Field; fields: readonly Field[] }) {
  const store = useWorkbookStoreApi();
  const value = useWorkbook((s) => s.answers[field.id]) ?? emptyValueOf(field);
  // Each list is given back as it was while its items are the same: no redraw for other keys.
  const inputs = useWorkbook(
    useMemo(
      () => sameItems((s: WorkbookState) => inputsOf(field).map((id) => s.answers[id])),
      [field],
    ),
  );
  const context = useMemo<KindContext>(
    () => ({
      answers: Object.fromEntries(
        inputsOf(field).flatMap((id, i) => (inputs[i] === undefined ? [] : [[id, inputs[i]]])),
      ),
      fields,
    }),
    [field, fields, inputs],
  );
  const removed = useWorkbook(
    useMemo(
      () => sameItems((s: WorkbookState) => s.removals.filter((r) => r.fieldId === field.id)),
      [field],
    ),
  );
  const update = useCallback(
    (change: (value: AnswerValue) => AnswerValue) => {
      const { answers, setAnswer } = store.getState();
      setAnswer(field.id, change(answers[field.id] ?? emptyValueOf(field)));
    },
    [store, field],
  );
  const history = useMemo<RowHistory>(
    () => ({
      removed,
      remove: (path, rowId, label) => store.getState().removeRow(field.id, path, rowId, label),
      undo: (removalId) => store.getState().undoRemoval(removalId),
    }),
    [removed, store, field.id],
  );
  return (
    <CoachNotes fieldId={field.id}>
      <FieldInput field={field} value={value} update={update} history={history} context={context} />
    </CoachNotes>
  );
}

export function StepForm({ step }: { step: Step }) {
  return (
    <form className="step-form" onSubmit={(e) => e.preventDefault()} noValidate>
      {step.fields.map((field) => (
        <BoundField key={field.id} field={field} fields={step.fields} />
      ))}
    </form>
  );
}
