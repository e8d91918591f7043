import type { Words } from "./language";

/** What the sums need of a language: its words for numbers, and its way of writing them. */
export type SumWords = Pick<Words, "fill" | "formats" | "more" | "answersLocale">;

/** The language whose way of writing numbers the answers are read in. */
export const answersLocale = (w: Pick<Words, "formats" | "answersLocale">): string =>
  w.answersLocale ?? w.formats.locale;
import { parseNumber, type ReadNumber } from "./numbers";
import type { Answers, CalculatedField, Field, ScorecardField, TableRow } from "./types";

/**
 * Sums worked out from numbers as typed: calculated values and the scorecard's recommend
 * scores. Kept apart from parseNumber, which the first load needs to count answers; these are
 * needed only once a Part 2 step, its worked example or the PDF is shown.
 */

const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const PENCE: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const PLAIN: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

/**
 * What to say about a number that cannot be read, in plain words, with good numbers written
 * the language's way: "1200, £1,200 or 12.50" in English, "1200, £1 200 albo 12,50" in Polish.
 */
export function numberMessage(read: Extract<ReadNumber, { status: "error" }>, say: SumWords) {
  const words = say.more.numbers;
  if (read.negative) return words.negative;
  const { number } = say.formats;
  return say.fill(words.notANumber, {
    text: read.cleaned,
    whole: number(1200, { useGrouping: false }),
    money: say.fill(words.money, { amount: number(1200, { ...WHOLE, useGrouping: "always" }) }),
    pence: number(12.5, PENCE),
  });
}

/** "£78,000", "£12.50"; or, without money, "52", "1.5": written the language's way. */
export function formatNumber(value: number, money: boolean, say: SumWords): string {
  const { number } = say.formats;
  if (!money) return number(value, PLAIN);
  const rounded = Math.round(value * 100) / 100;
  const amount = number(rounded, Number.isInteger(rounded) ? WHOLE : PENCE);
  return say.fill(say.more.numbers.money, { amount });
}

/** A number the sum is made of, and whether it is an amount in pounds. */
type Term = { value: number; money: boolean };

export type Calculation =
  /** Some numbers are not filled in yet; `missing` holds their labels. */
  | { status: "missing"; missing: string[] }
  /** Some numbers cannot be read; `wrong` holds their labels. */
  | { status: "error"; wrong: string[] }
  /** `terms` multiplied together make `value`, an amount in pounds if any term is. */
  | { status: "ok"; value: number; money: boolean; terms: Term[] };

type Worked = Extract<Calculation, { status: "ok" }>;

/** The value worked out, "£78,000". */
export const resultText = (c: Worked, say: SumWords) => formatNumber(c.value, c.money, say);

/** The sum that made it: "£150 × 52 × 10 = £78,000". */
export function sumText(c: Worked, say: SumWords): string {
  const terms = c.terms.map((t) => formatNumber(t.value, t.money, say)).join(" × ");
  return say.fill(say.more.numbers.sum, { terms, result: resultText(c, say) });
}

/**
 * Works out a calculated field from the answers, looking up its numbers among `fields`; the
 * numbers read as people write them in `locale`, the language in use (parseNumber).
 */
export function calculate(
  field: CalculatedField,
  fields: readonly Field[],
  answers: Answers,
  locale = "en",
): Calculation {
  const terms = field.times.map((id) => {
    const input = fields.find((f) => f.id === id);
    const money = input?.kind === "number" && input.money === true;
    const text = answers[id];
    return {
      label: input?.label ?? id,
      money,
      read: parseNumber(typeof text === "string" ? text : "", locale),
    };
  });
  const wrong = terms.filter((t) => t.read.status === "error").map((t) => t.label);
  if (wrong.length) return { status: "error", wrong };
  const missing = terms.filter((t) => t.read.status === "empty").map((t) => t.label);
  if (missing.length) return { status: "missing", missing };
  const worked = terms.map((t) => ({
    value: t.read.status === "ok" ? t.read.value : 0,
    money: t.money,
  }));
  const value = worked.reduce((product, t) => product * t.value, 1);
  return { status: "ok", value, money: terms.some((t) => t.money), terms: worked };
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
export function recommendScore(field: ScorecardField, row: TableRow, say: SumWords): Score {
  const [asked, top, bottom] = [field.score.asked, field.score.top, field.score.bottom].map((id) =>
    parseNumber(row[id] ?? "", answersLocale(say)),
  ) as [ReadNumber, ReadNumber, ReadNumber];
  const bad = [asked, top, bottom].find((n): n is Failed => n.status === "error");
  if (bad) return { status: "error", message: numberMessage(bad, say) };
  if ([asked, top, bottom].some((n) => n.status === "empty")) return { status: "empty" };
  const count = (n: ReadNumber) => (n.status === "ok" ? n.value : 0);
  if (count(asked) === 0) return { status: "empty" };
  if ([asked, top, bottom].some((n) => !Number.isInteger(count(n))))
    return { status: "error", message: say.more.numbers.wholeCustomers };
  if (count(top) + count(bottom) > count(asked))
    return { status: "error", message: say.more.numbers.tooMany };
  const value = Math.round(((count(top) - count(bottom)) / count(asked)) * 100);
  return { status: "ok", value, text: scoreText(value) };
}

export type ScorePoint = { month: string; value: number; text: string };

/** The months that have a score, in the order of the rows, for the chart. */
export function scorePoints(
  field: ScorecardField,
  rows: readonly TableRow[],
  say: SumWords,
): ScorePoint[] {
  const monthColumn = field.columns[0].id;
  return rows.flatMap((row, i) => {
    const score = recommendScore(field, row, say);
    const month =
      (row[monthColumn] ?? "").trim() || say.fill(say.more.numbers.unnamedMonth, { number: i + 1 });
    return score.status === "ok" ? [{ month, value: score.value, text: score.text }] : [];
  });
}

/** "Recommend score by month: January +40, February +48." */
export function chartDescription(
  field: ScorecardField,
  points: readonly ScorePoint[],
  say: SumWords,
): string {
  const words = say.more.numbers;
  if (points.length === 0) return say.fill(words.chartEmpty, { chart: field.chartTitle });
  const months = points.map((p) => say.fill(words.chartMonth, { month: p.month, score: p.text }));
  return say.fill(words.chart, { chart: field.chartTitle, months: say.formats.unitList(months) });
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
