import { use, type ReactNode } from "react";
import { byKind, valueOf, type KindMap } from "../content/kinds";
import { loadExample, type Words } from "../content/language";
import { calculate, recommendScore, scorePoints, sumText } from "../content/sums";
import type { Answers, Field, ScorecardField, TableRow } from "../content/types";
import { useWords } from "../ui/words";
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

/**
 * A scorecard, read only: a table of the months with each month's score, and the chart of the
 * scores under it. On a phone each month's row is laid out as a card of its own (the
 * stylesheet's example-table).
 */
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
  return (
    <>
      <table className="example-table scorecard-view">
        <Headings headings={[...field.columns.map((c) => c.heading), field.score.heading]} />
        <tbody>
          {rows.map((row, i) => {
            const score = recommendScore(field, row, say);
            return (
              <tr key={i}>
                {field.columns.map((c) => (
                  <td key={c.id} dir="auto" data-heading={c.heading}>
                    {row[c.id]}
                  </td>
                ))}
                <td data-heading={field.score.heading}>
                  <strong>
                    {score.status === "ok" ? (
                      <bdi dir="ltr">{score.text}</bdi>
                    ) : score.status === "error" ? (
                      say.fill(words.scoreNoneBecause, { message: score.message })
                    ) : (
                      words.scoreNone
                    )}
                  </strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
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
    const result = calculate(field, fields, answers, say.formats.locale);
    return <p>{result.status === "ok" && <bdi dir="ltr">{sumText(result, say)}</bdi>}</p>;
  },
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
