import type { ReactNode } from "react";
import { questionsOf } from "../../content/kinds";
import type { Step } from "../../content/types";
import { workbook } from "../../content/workbook";

export type ProgressColumn = { heading: string; cell: (step: Step) => ReactNode };

/**
 * One row per step with questions: what a restore would change, step by step. The caller says
 * what heads each row and what each column holds.
 */
export function ProgressTable({
  caption,
  className,
  rowHeader,
  columns,
}: {
  /** Read by screen readers only; the heading above the table says it on screen. */
  caption: string;
  className: string;
  rowHeader: (step: Step, number: number) => ReactNode;
  columns: ProgressColumn[];
}) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          {columns.map((c) => (
            <th key={c.heading} scope="col">
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {workbook.steps.map((step, index) =>
          questionsOf(step).length === 0 ? null : (
            <tr key={step.id}>
              <th scope="row">{rowHeader(step, index + 1)}</th>
              {columns.map((c) => (
                <td key={c.heading}>{c.cell(step)}</td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
