/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
   the table's roles are stated on purpose; see RowsTable */
import { memo, useCallback, useContext, type CSSProperties } from "react";
import type { TableField, TableRow } from "../content/types";
import type { FieldProps } from "./field-props";
import { GroupFrame } from "./field-frame";
import { FieldNotes } from "./field-notes";
import { AddRow, RowButtons, UndoBar, useRowList } from "./row-list";
import { TextControl } from "./text-control";
import { useLanguage } from "../ui/words";

const ROWS: readonly string[] = [];

function emptyRow(field: TableField, first = ""): Omit<TableRow, "id"> {
  return Object.fromEntries(field.columns.map((col, i) => [col.id, i === 0 ? first : ""]));
}

const cellId = (baseId: string, rowId: string, columnId: string) =>
  `${baseId}-${rowId}-${columnId}`;

type RowProps = {
  field: TableField;
  baseId: string;
  row: TableRow;
  index: number;
  count: number;
  onCell: (rowId: string, columnId: string, text: string) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (row: TableRow, index: number) => void;
};

/** One row. Drawn again only when its own cells, place or neighbours' count change. */
const Row = memo(function Row({
  field,
  baseId,
  row,
  index,
  count,
  onCell,
  onMove,
  onRemove,
}: RowProps) {
  const say = useLanguage();
  const w = say.screen.rows;
  const Note = useContext(FieldNotes)?.Row;
  const noteId = `${baseId}-${row.id}-note`;
  return (
    <tr role="row">
      {/* Read under its "Row" heading, so each cell after it sits under its own heading. */}
      <td role="cell" className="row-number">
        <span className="row-word">{w.rowHeading} </span>
        {say.formats.number(index + 1)}
      </td>
      {field.columns.map((col, c) => (
        <td role="cell" key={col.id} data-heading={col.heading}>
          <TextControl
            id={cellId(baseId, row.id, col.id)}
            className="input cell"
            multiline
            rows={2}
            aria-label={say.fill(w.cell, { column: col.heading, number: index + 1 })}
            describedBy={Note ? noteId : undefined}
            value={row[col.id] ?? ""}
            onText={(text) => onCell(row.id, col.id, text)}
          />
          {c === 0 && Note && <Note row={row} id={noteId} />}
        </td>
      ))}
      <td role="cell" className="row-actions">
        <RowButtons
          baseId={baseId}
          index={index}
          count={count}
          rowName={say.fill(w.row, { number: index + 1 })}
          onMove={onMove}
          onRemove={() => onRemove(row, index)}
        />
      </td>
    </tr>
  );
});

/** The rows as a table; on screen each row is laid out as a grid (see the note below). */
function RowsTable({
  field,
  baseId,
  rows,
  onCell,
  onMove,
  onRemove,
}: Omit<RowProps, "row" | "index" | "count"> & { rows: TableRow[] }) {
  const w = useLanguage().screen.rows;
  /* On screen the rows are laid out as grids so that rows out of view can be skipped
     (content-visibility), which keeps typing quick in long tables. Browsers such as Safari
     drop table semantics when a table's display changes, so the roles are stated. */
  return (
    <table
      role="table"
      className="answer-table"
      style={{ "--columns": field.columns.length } as CSSProperties}
    >
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col" className="row-number">
            <span className="visually-hidden">{w.rowHeading}</span>
          </th>
          {field.columns.map((col) => (
            <th role="columnheader" key={col.id} scope="col">
              {col.heading}
            </th>
          ))}
          <th role="columnheader" scope="col" className="row-actions-heading">
            <span className="visually-hidden">{w.rowActions}</span>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row, index) => (
          <Row
            key={row.id}
            field={field}
            baseId={baseId}
            row={row}
            index={index}
            count={rows.length}
            onCell={onCell}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </tbody>
    </table>
  );
}

/**
 * One-click rows for common answers, pre-filled in the first column. One already in the table
 * says "Added" instead, so the same row is not added twice.
 */
function Suggestions({
  field,
  baseId,
  rows,
  onAdd,
}: {
  field: TableField;
  baseId: string;
  rows: readonly TableRow[];
  onAdd: (first: string) => void;
}) {
  const say = useLanguage();
  const w = say.screen.rows;
  if (!field.suggestions) return null;
  const first = field.columns[0].id;
  const inTable = new Set(rows.map((row) => (row[first] ?? "").trim()));
  return (
    <div className="suggestions">
      <p className="suggestions-title" id={`${baseId}-suggestions`}>
        {field.suggestionsTitle ?? w.addInOneClick}
      </p>
      <ul className="chips" aria-labelledby={`${baseId}-suggestions`}>
        {field.suggestions.map((s) => (
          <li key={s}>
            {inTable.has(s) ? (
              <span className="chip added">
                {say.fill(w.addedThis, { suggestion: s })}
                <span className="added-tag">{w.added}</span>
              </span>
            ) : (
              <button
                type="button"
                className="chip"
                aria-label={say.fill(w.addThis, { suggestion: s })}
                onClick={() => onAdd(s)}
              >
                <span aria-hidden="true">+ </span>
                {s}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TableInput({ field, value: rows, update, history }: FieldProps<"table">) {
  const baseId = `f-${field.id}`;
  const firstColumn = field.columns[0].id;
  const secondColumn = field.columns[1]?.id ?? firstColumn;
  const say = useLanguage();
  const w = say.screen.rows;
  const list = useRowList<TableRow>({
    baseId,
    path: ROWS,
    setRows: update,
    history,
    rowName: useCallback((number: number) => say.fill(w.row, { number }), [say, w]),
    describe: useCallback((row: TableRow) => row[firstColumn] ?? "", [firstColumn]),
    firstControlId: useCallback(
      (rowId: string) => cellId(baseId, rowId, firstColumn),
      [baseId, firstColumn],
    ),
  });
  const { change } = list;
  const onCell = useCallback(
    (rowId: string, columnId: string, text: string) => change(rowId, { [columnId]: text }),
    [change],
  );

  return (
    <GroupFrame label={field.label} hint={field.hint}>
      {rows.length > 0 ? (
        <RowsTable
          field={field}
          baseId={baseId}
          rows={rows}
          onCell={onCell}
          onMove={list.moveBy}
          onRemove={list.removeAt}
        />
      ) : (
        <p className="empty-note">{w.noRows}</p>
      )}
      <UndoBar baseId={baseId} removed={list.removed} onUndo={list.undo} />
      <AddRow
        baseId={baseId}
        label={field.addLabel}
        count={rows.length}
        kind="rows"
        onAdd={() => list.add(emptyRow(field))}
      />
      <Suggestions
        field={field}
        baseId={baseId}
        rows={rows}
        onAdd={(first) =>
          list.add(emptyRow(field, first), (rowId) => cellId(baseId, rowId, secondColumn))
        }
      />
    </GroupFrame>
  );
}
