import { parseNumber, type ReadNumber } from "./numbers";
import type { Answers, CalculatedField, Field, ScorecardField, TableRow } from "./types";

/**
 * Sums worked out from numbers as typed: calculated values and the scorecard's recommend
 * scores. Kept apart from parseNumber, which the first load needs to count answers; these are
 * needed only once a Part 2 step, its worked example or the PDF is shown.
 */

/** What to say about a number that cannot be read, in plain words. */
export function numberMessage(read: Extract<ReadNumber, { status: "error" }>): string {
  return read.negative
    ? "Type a number of 0 or more."
    : `“${read.cleaned}” is not a number. Write it like 1200, £1,200 or 12.50.`;
}

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const pence = new Intl.NumberFormat("en-GB", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const plain = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "£78,000", "£12.50"; or, without money, "52", "1.5". */
export function formatNumber(value: number, money = false): string {
  if (!money) return plain.format(value);
  const rounded = Math.round(value * 100) / 100;
  return `£${(Number.isInteger(rounded) ? whole : pence).format(rounded)}`;
}

export type Calculation =
  /** Some numbers are not filled in yet; `missing` holds their labels. */
  | { status: "missing"; missing: string[] }
  /** Some numbers cannot be read; `wrong` holds their labels. */
  | { status: "error"; wrong: string[] }
  /** `sum` reads "£150 × 52 × 10 = £78,000". */
  | { status: "ok"; value: number; result: string; sum: string };

/** Works out a calculated field from the answers, looking up its numbers among `fields`. */
export function calculate(
  field: CalculatedField,
  fields: readonly Field[],
  answers: Answers,
): Calculation {
  const terms = field.times.map((id) => {
    const input = fields.find((f) => f.id === id);
    const money = input?.kind === "number" && input.money === true;
    const text = answers[id];
    return {
      label: input?.label ?? id,
      money,
      read: parseNumber(typeof text === "string" ? text : ""),
    };
  });
  const wrong = terms.filter((t) => t.read.status === "error").map((t) => t.label);
  if (wrong.length) return { status: "error", wrong };
  const missing = terms.filter((t) => t.read.status === "empty").map((t) => t.label);
  if (missing.length) return { status: "missing", missing };
  const values = terms.map((t) => (t.read.status === "ok" ? t.read.value : 0));
  const value = values.reduce((a, b) => a * b, 1);
  const money = terms.some((t) => t.money);
  const result = formatNumber(value, money);
  const shown = terms.map((t, i) => formatNumber(values[i]!, t.money));
  return { status: "ok", value, result, sum: `${shown.join(" × ")} = ${result}` };
}

export type Score =
  | { status: "empty" }
  | { status: "error"; message: string }
  | { status: "ok"; value: number; text: string };

type Failed = Extract<ReadNumber, { status: "error" }>;

/** "+40", "0", "−12": a minus sign, not a hyphen, so it reads as one. */
export function scoreText(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "0";
}

/**
 * A month's recommend score: the percentage who answered 9 or 10, minus the percentage who
 * answered 0 to 6, as a whole number from −100 to +100.
 */
export function recommendScore(field: ScorecardField, row: TableRow): Score {
  const [asked, top, bottom] = [field.score.asked, field.score.top, field.score.bottom].map((id) =>
    parseNumber(row[id] ?? ""),
  ) as [ReadNumber, ReadNumber, ReadNumber];
  const bad = [asked, top, bottom].find((n): n is Failed => n.status === "error");
  if (bad) return { status: "error", message: numberMessage(bad) };
  if ([asked, top, bottom].some((n) => n.status === "empty")) return { status: "empty" };
  const count = (n: ReadNumber) => (n.status === "ok" ? n.value : 0);
  if (count(asked) === 0) return { status: "empty" };
  if ([asked, top, bottom].some((n) => !Number.isInteger(count(n))))
    return { status: "error", message: "Count whole customers, without fractions." };
  if (count(top) + count(bottom) > count(asked))
    return { status: "error", message: "More 9–10 and 0–6 answers than customers asked." };
  const value = Math.round(((count(top) - count(bottom)) / count(asked)) * 100);
  return { status: "ok", value, text: scoreText(value) };
}

export type ScorePoint = { month: string; value: number; text: string };

/** The months that have a score, in the order of the rows, for the chart. */
export function scorePoints(field: ScorecardField, rows: readonly TableRow[]): ScorePoint[] {
  const monthColumn = field.columns[0].id;
  return rows.flatMap((row, i) => {
    const score = recommendScore(field, row);
    const month = (row[monthColumn] ?? "").trim() || `Row ${i + 1}`;
    return score.status === "ok" ? [{ month, value: score.value, text: score.text }] : [];
  });
}

/** "Recommend score by month: January +40, February +48." */
export function chartDescription(field: ScorecardField, points: readonly ScorePoint[]): string {
  if (points.length === 0) return `${field.chartTitle}: no months with a score yet.`;
  return `${field.chartTitle}: ${points.map((p) => `${p.month} ${p.text}`).join(", ")}.`;
}

/** The chart's range: from 0 or below to 0 or above, in steps of 25, and the lines to mark. */
export function chartScale(points: readonly { value: number }[]): {
  low: number;
  high: number;
  ticks: number[];
} {
  const values = points.map((p) => p.value);
  const low = Math.floor(Math.min(0, ...values) / 25) * 25;
  const high = Math.max(Math.ceil(Math.max(0, ...values) / 25) * 25, low + 25);
  const ticks: number[] = [];
  for (let t = low; t <= high; t += 25) ticks.push(t);
  return { low, high, ticks };
}
