import type { CSSProperties } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import type { TableField, TableRow } from "../content/types";
import { GroupFrame } from "./field-frame";
import { RowButtons, UndoBar, useRowActions } from "./row-actions";

function emptyRow(field: TableField, first = ""): TableRow {
  const row: TableRow = {};
  field.columns.forEach((col, i) => (row[col.id] = i === 0 ? first : ""));
  return row;
}

export function TableInput({ field }: { field: TableField }) {
  const { control, register, getValues } = useFormContext();
  const { fields: rows, append, remove, insert, move } = useFieldArray({ control, name: field.id });
  const baseId = `f-${field.id}`;
  const actions = useRowActions<TableRow>({
    baseId,
    getValue: (i) => getValues(`${field.id}.${i}`) as TableRow,
    remove,
    insert,
    move,
  });

  return (
    <GroupFrame label={field.label} hint={field.hint}>
      {rows.length > 0 ? (
        /* On screen the rows are laid out as grids so that rows out of view can be skipped
           (content-visibility), which keeps typing quick in long tables. Browsers such as Safari
           drop table semantics when a table's display changes, so the roles are stated. */
        /* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */
        <table
          role="table"
          className="answer-table"
          style={{ "--columns": field.columns.length } as CSSProperties}
        >
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col" className="row-number">
                <span className="visually-hidden">Row</span>
              </th>
              {field.columns.map((col) => (
                <th role="columnheader" key={col.id} scope="col">
                  {col.heading}
                </th>
              ))}
              <th role="columnheader" scope="col" className="row-actions-heading">
                <span className="visually-hidden">Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row, index) => (
              <tr role="row" key={row.id}>
                <td role="cell" className="row-number" aria-hidden="true">
                  {index + 1}
                </td>
                {field.columns.map((col) => (
                  <td role="cell" key={col.id} data-heading={col.heading}>
                    <textarea
                      className="input cell"
                      rows={2}
                      aria-label={`${col.heading}, row ${index + 1}`}
                      {...register(`${field.id}.${index}.${col.id}`)}
                    />
                  </td>
                ))}
                <td role="cell" className="row-actions">
                  <RowButtons
                    baseId={baseId}
                    index={index}
                    count={rows.length}
                    noun="row"
                    onMove={actions.moveBy}
                    onRemove={actions.removeAt}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        /* eslint-enable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */
        <p className="empty-note">No rows yet.</p>
      )}
      <UndoBar
        baseId={baseId}
        message={actions.removed ? `Row ${actions.removed.index + 1} removed.` : null}
        onUndo={actions.undo}
      />
      <div className="add-bar">
        <button type="button" className="button" onClick={() => append(emptyRow(field))}>
          <span aria-hidden="true">+ </span>
          {field.addLabel}
        </button>
      </div>
      {field.suggestions && (
        <div className="suggestions">
          <p className="suggestions-title" id={`${baseId}-suggestions`}>
            {field.suggestionsTitle ?? "Add in one click:"}
          </p>
          <ul className="chips" aria-labelledby={`${baseId}-suggestions`}>
            {field.suggestions.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  className="chip"
                  aria-label={`Add ${s}`}
                  onClick={() =>
                    append(emptyRow(field, s), {
                      focusName: `${field.id}.${rows.length}.${field.columns[1]?.id ?? field.columns[0].id}`,
                    })
                  }
                >
                  <span aria-hidden="true">+ </span>
                  {s}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </GroupFrame>
  );
}
