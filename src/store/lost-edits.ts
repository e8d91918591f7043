import { LIMITS } from "../content/kinds";
import type { AnswerValue } from "../content/types";
import { insertRow, replaceAt, rowsIn, type WorkbookState } from "./workbook-store";
import type { StoreApi } from "zustand";

/**
 * Uses the version of a text that another tab's edit replaced, or puts back a row another tab
 * removed (or that did not fit beside its rows). Apart from the store, as only the alert that
 * offers it (features/storage-alerts/lost-edits.tsx) needs it.
 */
export function restoreLostEdit(store: StoreApi<WorkbookState>, id: string): void {
  const { lostEdits, answers, setAnswer, dismissLostEdit } = store.getState();
  const lost = lostEdits.find((e) => e.id === id);
  const value = lost && answers[lost.fieldId];
  if (!lost || value === undefined) return;
  // A full list takes no more: the row waits, with its text on screen, until there is room.
  if (lost.kind !== "text" && rowsIn(value, lost.path).length >= LIMITS.rows) return;
  const next =
    lost.kind === "text"
      ? (replaceAt(value, lost.path, lost.other) as AnswerValue)
      : insertRow(value, lost.path, lost.index, lost.row);
  setAnswer(lost.fieldId, next);
  dismissLostEdit(id);
}
