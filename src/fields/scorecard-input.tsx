/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
   the table's roles are stated on purpose, as in table-input.tsx */
import { memo, useCallback, type CSSProperties } from "react";
import { parseNumber } from "../content/numbers";
import { numberMessage, recommendScore, scorePoints } from "../content/sums";
import type { ScorecardField, TableRow } from "../content/types";
import type { FieldProps } from "./field-props";
import { GroupFrame } from "./field-frame";
import { AddRow, RowButtons, UndoBar, useRowList } from "./row-list";
import { ScoreChart } from "./score-chart";
import { SettledAnnouncement } from "./settled-announcement";
import { TextControl } from "./text-control";
import type { Words } from "../content/language";
import { useWords } from "../ui/words";

const ROWS: readonly string[] = [];

const cellId = (baseId: string, rowId: string, columnId: string) =>
  `${baseId}-${rowId}-${columnId}`;

type RowProps = {
  field: ScorecardField;
  baseId: string;
  row: TableRow;
  index: number;
  count: number;
  onCell: (rowId: string, columnId: string, text: string) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (row: TableRow, index: number) => void;
};

/**
 * What is wrong with a row, if anything, and which cells it is about: a cell that is not a
 * number comes first; numbers that cannot go together (more 9–10 and 0–6 answers than customers
 * asked) are about the three cells the score is worked out from.
 */
function rowProblem(field: ScorecardField, row: TableRow, say: Words) {
  const [, ...numbers] = field.columns;
  const read = (id: string) => parseNumber(row[id] ?? "", say.formats.locale);
  const unread = numbers.filter((c) => read(c.id).status === "error");
  const first = unread[0] && read(unread[0].id);
  const score = recommendScore(field, row, say);
  if (first?.status === "error")
    return { wrong: new Set(unread.map((c) => c.id)), message: numberMessage(first, say), score };
  if (score.status === "error") {
    const { asked, top, bottom } = field.score;
    return { wrong: new Set([asked, top, bottom]), message: score.message, score };
  }
  return { wrong: new Set<string>(), message: null, score };
}

/** One month: its cells, its worked-out score, and the row's buttons. */
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
  const say = useWords();
  const w = say.screen.rows;
  const { wrong, message, score } = rowProblem(field, row, say);
  const messageId = `${baseId}-${row.id}-problem`;
  const number = index + 1;
  const scoreOf = (text: string) =>
    say.fill(say.more.numbers.scoreOfRow, { heading: field.score.heading, number, score: text });
  return (
    <tr role="row">
      {/* Read under its "Row" heading, so each cell after it sits under its own heading. */}
      <td role="cell" className="row-number">
        <span className="row-word">{w.rowHeading} </span>
        {say.formats.number(number)}
      </td>
      {field.columns.map((col, c) => (
        <td role="cell" key={col.id} data-heading={col.heading}>
          <TextControl
            id={cellId(baseId, row.id, col.id)}
            className={c === 0 ? "input" : "input number"}
            aria-label={say.fill(w.cell, { column: col.heading, number })}
            inputMode={c === 0 ? undefined : "decimal"}
            aria-invalid={wrong.has(col.id)}
            describedBy={wrong.has(col.id) ? messageId : undefined}
            value={row[col.id] ?? ""}
            onText={(text) => onCell(row.id, col.id, text)}
          />
        </td>
      ))}
      <td role="cell" className="score-cell" data-heading={field.score.heading}>
        {/* Not a live region: the score is read out once typing stops, not on every key. */}
        <output htmlFor={cellId(baseId, row.id, field.score.asked)} aria-live="off">
          <span className="visually-hidden">{scoreOf("")}</span>
          {score.status === "ok" ? (
            <strong>
              <bdi dir="ltr">{score.text}</bdi>
            </strong>
          ) : (
            <span className="score-none">{message ? say.more.numbers.checkRow : "—"}</span>
          )}
        </output>
        <SettledAnnouncement text={score.status === "ok" ? scoreOf(score.text) : (message ?? "")} />
        {message && (
          <p id={messageId} className="field-error">
            {message}
          </p>
        )}
      </td>
      <td role="cell" className="row-actions">
        <RowButtons
          baseId={baseId}
          index={index}
          count={count}
          rowName={say.fill(w.row, { number })}
          onMove={onMove}
          onRemove={() => onRemove(row, index)}
        />
      </td>
    </tr>
  );
});

function Head({ field }: { field: ScorecardField }) {
  const w = useWords().screen.rows;
  return (
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
        <th role="columnheader" scope="col">
          {field.score.heading}
        </th>
        <th role="columnheader" scope="col" className="row-actions-heading">
          <span className="visually-hidden">{w.rowActions}</span>
        </th>
      </tr>
    </thead>
  );
}

/**
 * The monthly scorecard: a row per month with numbers as typed, each row's recommend score
 * worked out as the user types, and a chart of the scores below.
 */
export function ScorecardInput({ field, value: rows, update, history }: FieldProps<"scorecard">) {
  const baseId = `f-${field.id}`;
  const month = field.columns[0].id;
  const say = useWords();
  const list = useRowList<TableRow>({
    baseId,
    path: ROWS,
    setRows: update,
    history,
    rowName: useCallback((number: number) => say.fill(say.screen.rows.row, { number }), [say]),
    describe: useCallback((row: TableRow) => row[month] ?? "", [month]),
    firstControlId: useCallback((rowId: string) => cellId(baseId, rowId, month), [baseId, month]),
  });
  const { change } = list;
  const onCell = useCallback(
    (rowId: string, columnId: string, text: string) => change(rowId, { [columnId]: text }),
    [change],
  );
  const emptyRow = () => Object.fromEntries(field.columns.map((c) => [c.id, ""]));

  return (
    <GroupFrame label={field.label} hint={field.hint}>
      {rows.length > 0 ? (
        <div>
          <table
            role="table"
            className="answer-table scorecard-table"
            style={{ "--columns": field.columns.length + 1 } as CSSProperties}
          >
            <Head field={field} />
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
                  onMove={list.moveBy}
                  onRemove={list.removeAt}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty-note">{say.screen.rows.noMonths}</p>
      )}
      <UndoBar baseId={baseId} removed={list.removed} onUndo={list.undo} />
      <AddRow
        baseId={baseId}
        label={field.addLabel}
        count={rows.length}
        kind="months"
        onAdd={() => list.add(emptyRow())}
      />
      <ScoreChart field={field} points={scorePoints(field, rows, say)} />
    </GroupFrame>
  );
}
