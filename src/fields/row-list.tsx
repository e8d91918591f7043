import { useCallback } from "react";
import { LIMITS } from "../content/kinds";
import type { Removal, Row } from "../content/types";
import { newId } from "../lib/ids";
import type { RowHistory } from "./field-props";

/** Shown once a list is this close to the most rows it may have. */
const WARN_AT = 0.9;

/**
 * Focuses the first of these controls that is there and can take focus, once drawn: as soon as
 * React has drawn the change (a click's update is drawn before the next task), so keys typed
 * straight after a click never land on the page itself; failing that, at the next frame.
 */
function focusSoon(id: string, fallbackIds: string | string[] = []) {
  const focus = () =>
    [id, ...[fallbackIds].flat()].some((candidate) => {
      const el = document.getElementById(candidate);
      if (!(el instanceof HTMLElement) || (el as HTMLButtonElement).disabled) return false;
      el.focus();
      return true;
    });
  queueMicrotask(() => {
    if (!focus()) requestAnimationFrame(focus);
  });
}

/** The row's words, short enough for a sentence that ends with its own full stop. */
function shorten(text: string, max = 40): string {
  const t = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.!?…]+$/, "");
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/**
 * Adding, changing, moving and removing rows, the same for tables, lists and own checks. Rows
 * keep their ids, so a row keeps its place on screen (and its focus) whatever else changes.
 * Removals go to the history, named by what was removed, so they can be undone later.
 */
export function useRowList<R extends Row>({
  baseId,
  path,
  setRows,
  history,
  noun,
  describe,
  firstControlId,
}: {
  baseId: string;
  /** Where the rows are within the answer, as the history records it: a constant. */
  path: readonly string[];
  setRows: (change: (rows: R[]) => R[]) => void;
  history: RowHistory;
  /** What one row is called in sentences: "row", "promise", "check". */
  noun: string;
  /** A few words of the row, to name it after it is removed. */
  describe: (row: R) => string;
  /** The control to focus in a row when it is put back. */
  firstControlId: (rowId: string) => string;
}) {
  const pathKey = path.join("/");
  const add = useCallback(
    (fields: Omit<R, "id">, focus?: (rowId: string) => string) => {
      const id = newId();
      setRows((rows) => (rows.length >= LIMITS.rows ? rows : [...rows, { ...fields, id } as R]));
      focusSoon((focus ?? firstControlId)(id));
    },
    [setRows, firstControlId],
  );
  const change = useCallback(
    (rowId: string, patch: Partial<R>) =>
      setRows((rows) => rows.map((row) => (row.id === rowId ? { ...row, ...patch } : row))),
    [setRows],
  );
  const moveBy = useCallback(
    (index: number, delta: -1 | 1) => {
      const to = index + delta;
      setRows((rows) => {
        const row = rows[index];
        if (!row || to < 0 || to >= rows.length) return rows;
        return rows.toSpliced(index, 1).toSpliced(to, 0, row);
      });
      // Focus follows the moved row, so repeated presses keep moving it.
      const [same, other] = delta < 0 ? ["up", "down"] : ["down", "up"];
      focusSoon(`${baseId}-${same}-${to}`, `${baseId}-${other}-${to}`);
    },
    [setRows, baseId],
  );
  const removeAt = useCallback(
    (row: R, index: number) => {
      const words = shorten(describe(row));
      history.remove(path, row.id, `${noun} ${index + 1}${words ? `: ${words}` : ""}`);
      // To "Undo"; where a list keeps no undo (a coach's agreed actions), to the row that took
      // its place, the row before, or the button that adds one: never to the page itself.
      focusSoon(`${baseId}-undo`, [
        `${baseId}-remove-${index}`,
        `${baseId}-remove-${index - 1}`,
        `${baseId}-add`,
      ]);
    },
    [history, path, noun, describe, baseId],
  );
  const undo = useCallback(
    (removal: Removal) => {
      history.undo(removal.id);
      focusSoon(firstControlId(removal.row.id));
    },
    [history, firstControlId],
  );
  const removed = history.removed.filter((r) => r.path.join("/") === pathKey);
  return { add, change, moveBy, removeAt, undo, removed };
}

/** "You can add 12 more rows.", or why no more can be added; null while there is room. */
export function roomNote(count: number, plural: string): string | null {
  const left = LIMITS.rows - count;
  if (left <= 0) return `This is full: ${LIMITS.rows} ${plural}. Remove one to add another.`;
  if (count < LIMITS.rows * WARN_AT) return null;
  return `You can add ${left} more ${left === 1 ? plural.replace(/s$/, "") : plural}.`;
}

/** The button that adds an empty row, and what to say as the list fills up. */
export function AddRow({
  baseId,
  label,
  count,
  plural,
  onAdd,
}: {
  baseId: string;
  label: string;
  count: number;
  plural: string;
  onAdd: () => void;
}) {
  const note = roomNote(count, plural);
  return (
    <div className="add-bar">
      <button
        type="button"
        id={`${baseId}-add`}
        className="button"
        disabled={count >= LIMITS.rows}
        onClick={onAdd}
      >
        <span aria-hidden="true">+ </span>
        {label}
      </button>
      {note && (
        <p className="length-note" aria-live="polite">
          {note}
        </p>
      )}
    </div>
  );
}

export function RowButtons({
  baseId,
  index,
  count,
  noun,
  onMove,
  onRemove,
}: {
  baseId: string;
  index: number;
  count: number;
  /** "row" for tables, or the item's name, e.g. "promise". */
  noun: string;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  return (
    <div className="row-buttons">
      <button
        type="button"
        id={`${baseId}-up-${index}`}
        className="icon-button"
        aria-label={`Move ${noun} ${n} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onMove(index, -1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        id={`${baseId}-down-${index}`}
        className="icon-button"
        aria-label={`Move ${noun} ${n} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onMove(index, 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        id={`${baseId}-remove-${index}`}
        className="icon-button danger"
        aria-label={`Remove ${noun} ${n}`}
        title="Remove"
        onClick={onRemove}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}

/**
 * What was removed from this list, newest first: the latest with "Undo", earlier ones each
 * with "Put back". They stay after leaving the step and after a reload.
 */
export function UndoBar({
  baseId,
  removed,
  onUndo,
}: {
  baseId: string;
  removed: readonly Removal[];
  onUndo: (removal: Removal) => void;
}) {
  const [latest, ...earlier] = removed;
  return (
    <div className="undo-bar" aria-live="polite">
      {latest && (
        <p className="undo-latest">
          <span id={`${baseId}-undo-msg`}>
            Removed {latest.label}
            {latest.label.endsWith("…") ? "" : "."}
          </span>{" "}
          <button
            type="button"
            id={`${baseId}-undo`}
            className="button small"
            aria-describedby={`${baseId}-undo-msg`}
            onClick={() => onUndo(latest)}
          >
            Undo
          </button>
        </p>
      )}
      {earlier.length > 0 && (
        <details className="undo-earlier">
          <summary>Removed earlier ({earlier.length})</summary>
          <ul>
            {earlier.map((removal) => (
              <li key={removal.id}>
                <button type="button" className="button small" onClick={() => onUndo(removal)}>
                  Put back {removal.label}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
