import { use, type ReactNode } from "react";
import { byKind, valueOf, type KindMap } from "../content/kinds";
import { loadExample, type Words } from "../content/language";
import { calculate, recommendScore, scorePoints, sumText } from "../content/sums";
import type { Answers, Field, ScorecardField, TableRow } from "../content/types";
import { fillNodes, useWords } from "../ui/words";
import { ScoreChart } from "./score-chart";

/** A scorecard, read only: each month in a line, its numbers, its score, and the chart. */
function ScorecardView({
  field,
  rows,
  say,
}: {
  field: ScorecardField;
  rows: readonly TableRow[];
  say: Words;
}) {
  const words = say.more.numbers;
  const [month, ...numbers] = field.columns;
  return (
    <>
      <ul>
        {rows.map((row, i) => {
          const score = recommendScore(field, row, say);
          const cells = numbers.map((c, n) => (
            <span key={c.id}>
              {n > 0 && "; "}
              {fillNodes(words.exampleCell, {
                heading: c.heading,
                value: <bdi>{row[c.id] ?? ""}</bdi>,
              })}
            </span>
          ));
          return (
            <li key={i}>
              {fillNodes(words.exampleMonth, {
                month: (
                  <strong>
                    <bdi>{row[month.id]}</bdi>
                  </strong>
                ),
                cells,
                heading: field.score.heading,
                score: (
                  <strong>
                    {score.status === "ok" ? (
                      <bdi dir="ltr">{score.text}</bdi>
                    ) : score.status === "error" ? (
                      say.fill(words.scoreNoneBecause, { message: score.message })
                    ) : (
                      words.scoreNone
                    )}
                  </strong>
                ),
              })}
            </li>
          );
        })}
      </ul>
      <ScoreChart field={field} points={scorePoints(field, rows, say)} />
    </>
  );
}

/**
 * Read-only drawings of each kind, in a language, for the worked example and for answers a
 * coach reviews.
 */
export const exampleViews = (say: Words): KindMap<ReactNode> => ({
  text: (_, v) => <p dir="auto">{v}</p>,
  longText: (_, v) => (
    <p className="pre-line" dir="auto">
      {v}
    </p>
  ),
  table: (field, rows) => (
    <table className="example-table">
      <thead>
        <tr>
          {field.columns.map((c) => (
            <th key={c.id} scope="col">
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
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
            <strong>{e.status ? say.workbook.checkStatusLabels[e.status] : ""}</strong>
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
    return <p>{result.status === "ok" && <bdi dir="ltr">{sumText(result, say)}</bdi>}</p>;
  },
  // A list, not a table: seven columns do not fit beside the questions or on a phone.
  scorecard: (field, rows) => <ScorecardView field={field} rows={rows} say={say} />,
});

/** The worked example's answers to a step's questions, in the language shown. */
export function ExampleView({ fields }: { fields: readonly Field[] }) {
  const say = useWords();
  const answers: Answers = use(loadExample(say.info.code) as Promise<Answers>);
  const views = exampleViews(say);
  const shown = fields.filter((f) => answers[f.id] !== undefined);
  return (
    <dl className="example-fields">
      {shown.map((field) => (
        <div key={field.id}>
          <dt>{field.label}</dt>
          <dd>{byKind(views, field, valueOf(field, answers), { answers, fields })}</dd>
        </div>
      ))}
    </dl>
  );
}
