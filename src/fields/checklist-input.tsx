import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { ChecklistField, OwnCheckEntry } from "../content/types";
import { workbook } from "../content/workbook";
import { GroupFrame } from "./field-frame";
import { RowButtons, UndoBar, useRowActions } from "./row-actions";

function StatusAndNote({
  name,
  idBase,
  question,
  noteLabel,
}: {
  name: string;
  idBase: string;
  question: string;
  noteLabel: string;
}) {
  const { register } = useFormContext();
  return (
    <>
      <fieldset className="status-options">
        <legend className="visually-hidden">{question}</legend>
        {Object.entries(workbook.checkStatusLabels).map(([value, label]) => (
          <label key={value} className="status-option">
            <input type="radio" value={value} {...register(`${name}.status`)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <label className="note-label" htmlFor={`${idBase}-note`}>
        {noteLabel}
      </label>
      {/* The name carries the question too, so each note is told apart when heard out of context. */}
      <textarea
        id={`${idBase}-note`}
        aria-label={`${noteLabel}: ${question}`}
        className="input textarea small"
        rows={2}
        {...register(`${name}.note`)}
      />
    </>
  );
}

export function ChecklistInput({ field }: { field: ChecklistField }) {
  const { control, register, getValues } = useFormContext();
  const ownName = `${field.id}.own`;
  const { fields: own, append, remove, insert, move } = useFieldArray({ control, name: ownName });
  const baseId = `f-${field.id}`;
  const actions = useRowActions<OwnCheckEntry>({
    baseId,
    getValue: (i) => getValues(`${ownName}.${i}`) as OwnCheckEntry,
    remove,
    insert,
    move,
  });
  // useWatch re-renders this checklist only; watch() would re-render the whole step per key.
  const ownValues = (useWatch({ control, name: ownName }) ?? []) as OwnCheckEntry[];

  return (
    <GroupFrame label={field.label} hint={field.hint}>
      <ul className="checklist">
        {field.items.map((item) => (
          <li key={item.id} className="check-item">
            <p className="check-question" aria-hidden="true">
              {item.text}
            </p>
            <StatusAndNote
              name={`${field.id}.items.${item.id}`}
              idBase={`${baseId}-${item.id}`}
              question={item.text}
              noteLabel={field.noteLabel}
            />
          </li>
        ))}
        {own.map((entry, index) => {
          const text = ownValues[index]?.text ?? "";
          const question = text.trim() || `My own check ${index + 1}`;
          return (
            <li key={entry.id} className="check-item own">
              <div className="own-head">
                <input
                  type="text"
                  className="input"
                  autoComplete="off"
                  aria-label={`My own check ${index + 1}`}
                  placeholder="Write your own check"
                  {...register(`${ownName}.${index}.text`)}
                />
                <RowButtons
                  baseId={baseId}
                  index={index}
                  count={own.length}
                  noun="check"
                  onMove={actions.moveBy}
                  onRemove={actions.removeAt}
                />
              </div>
              <StatusAndNote
                name={`${ownName}.${index}`}
                idBase={`${baseId}-own-${entry.id}`}
                question={question}
                noteLabel={field.noteLabel}
              />
            </li>
          );
        })}
      </ul>
      <UndoBar
        baseId={baseId}
        message={actions.removed ? `Check ${actions.removed.index + 1} removed.` : null}
        onUndo={actions.undo}
      />
      {field.ownAddLabel && (
        <div className="add-bar">
          <button
            type="button"
            className="button"
            onClick={() => append({ text: "", status: "", note: "" })}
          >
            <span aria-hidden="true">+ </span>
            {field.ownAddLabel}
          </button>
        </div>
      )}
    </GroupFrame>
  );
}
