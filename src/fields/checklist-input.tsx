import { useCallback } from "react";
import type { CheckEntry, ChecklistValue, OwnCheckEntry } from "../content/types";
import { workbook } from "../content/workbook";
import type { FieldProps } from "./field-props";
import { GroupFrame } from "./field-frame";
import { AddRow, RowButtons, UndoBar, useRowList } from "./row-list";
import { TextControl } from "./text-control";

const OWN = ["own"] as const;
const blank: CheckEntry = { status: "", note: "" };

function StatusAndNote({
  idBase,
  question,
  noteLabel,
  entry,
  onChange,
}: {
  idBase: string;
  question: string;
  noteLabel: string;
  entry: CheckEntry;
  onChange: (patch: Partial<CheckEntry>) => void;
}) {
  return (
    <>
      <fieldset className="status-options">
        <legend className="visually-hidden">{question}</legend>
        {Object.entries(workbook.checkStatusLabels).map(([value, label]) => (
          <label key={value} className="status-option">
            <input
              type="radio"
              name={`${idBase}-status`}
              value={value}
              checked={entry.status === value}
              onChange={() => onChange({ status: value as CheckEntry["status"] })}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <label className="note-label" htmlFor={`${idBase}-note`}>
        {noteLabel}
      </label>
      {/* The name carries the question too, so each note is told apart when heard out of context. */}
      <TextControl
        id={`${idBase}-note`}
        aria-label={`${noteLabel}: ${question}`}
        className="input textarea small"
        multiline
        rows={2}
        value={entry.note}
        onText={(note) => onChange({ note })}
      />
    </>
  );
}

const describe = (entry: OwnCheckEntry) => entry.text;

/** A check the user added: its words, the row buttons, and its answer and note. */
function OwnCheck({
  baseId,
  entry,
  index,
  count,
  noteLabel,
  onChange,
  onMove,
  onRemove,
}: {
  baseId: string;
  entry: OwnCheckEntry;
  index: number;
  count: number;
  noteLabel: string;
  onChange: (patch: Partial<OwnCheckEntry>) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const question = entry.text.trim() || `My own check ${index + 1}`;
  const idBase = `${baseId}-own-${entry.id}`;
  return (
    <li className="check-item own">
      <div className="own-head">
        <TextControl
          id={`${idBase}-text`}
          aria-label={`My own check ${index + 1}`}
          className="input item-text"
          multiline
          rows={1}
          placeholder="Write your own check"
          value={entry.text}
          onText={(text) => onChange({ text })}
        />
        <RowButtons
          baseId={baseId}
          index={index}
          count={count}
          noun="check"
          onMove={onMove}
          onRemove={onRemove}
        />
      </div>
      <StatusAndNote
        idBase={idBase}
        question={question}
        noteLabel={noteLabel}
        entry={entry}
        onChange={onChange}
      />
    </li>
  );
}

export function ChecklistInput({ field, value, update, history }: FieldProps<"checklist">) {
  const baseId = `f-${field.id}`;
  const setOwn = useCallback(
    (change: (own: OwnCheckEntry[]) => OwnCheckEntry[]) =>
      update((v): ChecklistValue => ({ ...v, own: change(v.own) })),
    [update],
  );
  const list = useRowList<OwnCheckEntry>({
    baseId,
    path: OWN,
    setRows: setOwn,
    history,
    noun: "check",
    describe,
    firstControlId: useCallback((id: string) => `${baseId}-own-${id}-text`, [baseId]),
  });
  const setItem = (itemId: string, patch: Partial<CheckEntry>) =>
    update((v) => ({
      ...v,
      items: { ...v.items, [itemId]: { ...(v.items[itemId] ?? blank), ...patch } },
    }));

  return (
    <GroupFrame label={field.label} hint={field.hint}>
      <ul className="checklist">
        {field.items.map((item) => (
          <li key={item.id} className="check-item">
            <p className="check-question" aria-hidden="true">
              {item.text}
            </p>
            <StatusAndNote
              idBase={`${baseId}-${item.id}`}
              question={item.text}
              noteLabel={field.noteLabel}
              entry={value.items[item.id] ?? blank}
              onChange={(patch) => setItem(item.id, patch)}
            />
          </li>
        ))}
        {value.own.map((entry, index) => (
          <OwnCheck
            key={entry.id}
            baseId={baseId}
            entry={entry}
            index={index}
            count={value.own.length}
            noteLabel={field.noteLabel}
            onChange={(patch) => list.change(entry.id, patch)}
            onMove={list.moveBy}
            onRemove={() => list.removeAt(entry, index)}
          />
        ))}
      </ul>
      <UndoBar baseId={baseId} removed={list.removed} onUndo={list.undo} />
      {field.ownAddLabel && (
        <AddRow
          baseId={baseId}
          label={field.ownAddLabel}
          count={value.own.length}
          plural="checks"
          onAdd={() => list.add({ text: "", status: "", note: "" })}
        />
      )}
    </GroupFrame>
  );
}
