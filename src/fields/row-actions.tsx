import { useState } from "react";

type Removed<T> = { index: number; value: T };

/**
 * Remove-with-undo and keyboard-friendly reordering for any repeatable rows.
 * After a move, focus follows the moved row so repeated presses keep moving it.
 */
export function useRowActions<T>({
  baseId,
  getValue,
  remove,
  insert,
  move,
}: {
  baseId: string;
  getValue: (index: number) => T;
  remove: (index: number) => void;
  insert: (index: number, value: T) => void;
  move: (from: number, to: number) => void;
}) {
  const [removed, setRemoved] = useState<Removed<T> | null>(null);

  const focusLater = (id: string, fallbackId?: string) => {
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (el instanceof HTMLButtonElement && !el.disabled) el.focus();
      else if (fallbackId) document.getElementById(fallbackId)?.focus();
    });
  };

  return {
    removed,
    removeAt: (index: number) => {
      setRemoved({ index, value: structuredClone(getValue(index)) });
      remove(index);
      focusLater(`${baseId}-undo`);
    },
    undo: () => {
      if (!removed) return;
      insert(removed.index, removed.value);
      setRemoved(null);
    },
    moveBy: (index: number, delta: -1 | 1) => {
      const to = index + delta;
      move(index, to);
      const same = delta < 0 ? "up" : "down";
      const other = delta < 0 ? "down" : "up";
      focusLater(`${baseId}-${same}-${to}`, `${baseId}-${other}-${to}`);
    },
  };
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
  /** "row" for tables, or the item's name, e.g. "Promise". */
  noun: string;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
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
        className="icon-button danger"
        aria-label={`Remove ${noun} ${n}`}
        title="Remove"
        onClick={() => onRemove(index)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}

export function UndoBar({
  baseId,
  message,
  onUndo,
}: {
  baseId: string;
  message: string | null;
  onUndo: () => void;
}) {
  return (
    <div className="undo-bar" aria-live="polite">
      {message && (
        <>
          <span id={`${baseId}-undo-msg`}>{message}</span>{" "}
          <button
            type="button"
            id={`${baseId}-undo`}
            className="button small"
            aria-describedby={`${baseId}-undo-msg`}
            onClick={onUndo}
          >
            Undo
          </button>
        </>
      )}
    </div>
  );
}
