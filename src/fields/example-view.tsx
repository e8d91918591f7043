import type { ReactNode } from "react";
import { examples } from "../content/examples";
import { byKind, valueOf, type KindMap } from "../content/kinds";
import { calculate, recommendScore, scorePoints } from "../content/sums";
import type { Answers, Field } from "../content/types";
import { workbook } from "../content/workbook";
import { ScoreChart } from "./score-chart";

/** A read-only table's header row. */
function Headings({ headings }: { headings: readonly string[] }) {
  return (
    <thead>
      <tr>
        {headings.map((heading) => (
          <th key={heading} scope="col">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Read-only drawings of each kind, for the worked example and for answers a coach reviews. */
export const exampleViews: KindMap<ReactNode> = {
  text: (_, v) => <p dir="auto">{v}</p>,
  longText: (_, v) => (
    <p className="pre-line" dir="auto">
      {v}
    </p>
  ),
  table: (field, rows) => (
    <table className="example-table">
      <Headings headings={field.columns.map((c) => c.heading)} />
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {field.columns.map((c) => (
              <td key={c.id} dir="auto" data-heading={c.heading}>
                {row[c.id]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  ),
  list: (_, items) => (
    <ul>
      {items.map((item, i) => (
        <li key={i} dir="auto">
          {item.text}
        </li>
      ))}
    </ul>
  ),
  checklist: (field, v) => {
    const entries = [
      ...field.items.map((item) => ({ text: item.text, ...v.items[item.id] })),
      ...v.own,
    ].filter((e) => e.status);
    return (
      <ul>
        {entries.map((e, i) => (
          <li key={i}>
            <bdi>{e.text}</bdi>{" "}
            <strong>{e.status ? workbook.checkStatusLabels[e.status] : ""}</strong>
            {e.note && (
              <>
                {" "}
                — <bdi>{e.note}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    );
  },
  number: (_, v) => <p dir="auto">{v}</p>,
  calculated: (field, _, { answers, fields }) => {
    const result = calculate(field, fields, answers);
    return <p>{result.status === "ok" ? result.sum : ""}</p>;
  },
  // A table of the months with each month's score, and the chart of the scores under it. On a
  // phone each month's row is laid out as a card of its own (the stylesheet's example-table).
  scorecard: (field, rows) => (
    <>
      <table className="example-table scorecard-view">
        <Headings headings={[...field.columns.map((c) => c.heading), field.score.heading]} />
        <tbody>
          {rows.map((row, i) => {
            const score = recommendScore(field, row);
            return (
              <tr key={i}>
                {field.columns.map((c) => (
                  <td key={c.id} dir="auto" data-heading={c.heading}>
                    {row[c.id]}
                  </td>
                ))}
                <td data-heading={field.score.heading}>
                  <strong>
                    {score.status === "ok"
                      ? score.text
                      : score.status === "error"
                        ? `None. ${score.message}`
                        : "None"}
                  </strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ScoreChart field={field} points={scorePoints(field, rows)} />
    </>
  ),
};

export function ExampleView({ fields }: { fields: readonly Field[] }) {
  const answers: Answers = examples;
  const shown = fields.filter((f) => answers[f.id] !== undefined);
  return (
    <dl className="example-fields">
      {shown.map((field) => (
        <div key={field.id}>
          <dt>{field.label}</dt>
          <dd>{byKind(exampleViews, field, valueOf(field, answers), { answers, fields })}</dd>
        </div>
      ))}
    </dl>
  );
}
