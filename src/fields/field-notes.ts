import { createContext, type ComponentType, type ReactNode } from "react";
import type { TableRow } from "../content/types";

/**
 * What others have to say about a question, shown under its label and hint, before the answer
 * (the coach's comment): given by whoever draws the question, drawn by its frame.
 */
export const FieldNote = createContext<ReactNode>(null);

/**
 * A few words about one row of a table ("From your coach"), drawn under its first cell with the
 * id given, which the row's boxes are described by.
 */
export const RowNote = createContext<ComponentType<{ row: TableRow; id: string }> | null>(null);
