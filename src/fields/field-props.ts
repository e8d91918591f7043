import type { KindContext } from "../content/kinds";
import type { FieldKind, FieldOfKind, FieldValueByKind, Removal } from "../content/types";

/** Removing rows with undo. The history itself is kept by whoever holds the answers. */
export type RowHistory = {
  /** This field's removals that can still be undone, newest first. */
  removed: readonly Removal[];
  remove: (path: readonly string[], rowId: string, label: string) => void;
  undo: (removalId: string) => void;
};

/**
 * What every field component is given: its question, its answer, and a way to change the
 * answer. `update` takes a function of the current answer, so a component's handlers never
 * need the latest value to hand and can stay the same from one key press to the next.
 */
export type FieldProps<K extends FieldKind> = {
  field: FieldOfKind<K>;
  value: FieldValueByKind[K];
  update: (change: (value: FieldValueByKind[K]) => FieldValueByKind[K]) => void;
  history: RowHistory;
  /**
   * For a value worked out from other answers: those answers (only those, so typing elsewhere
   * draws nothing again) and the step's fields that name them.
   */
  context: KindContext;
};
