import { createContext, type ComponentType, type ReactNode } from "react";
import type { TableRow } from "../content/types";

/**
 * What others have to say about a question, given by whoever draws it: `said` is shown under
 * its label and hint, before the answer (the coach's comment), by the question's frame; `Row`
 * draws a few words about one row of a table ("From your coach") under its first cell, with
 * the id given, which the row's boxes are described by.
 */
export type Notes = {
  said: ReactNode;
  Row: ComponentType<{ row: TableRow; id: string }> | null;
};
export const FieldNotes = createContext<Notes | null>(null);
