import { chartScale } from "../content/sums";
import type { PdfAnswer } from "./pdf-blocks";
import { drawTable, tableLead, type Grid, type TableOptions } from "./draw-table";
import type { Layout } from "./layout";
import type { StructNode } from "./structure";
import { ACCENT, BRAND, LIGHT_RULE, RULE, SMALL, type TextStyle } from "./page-style";

type ScorecardAnswer = Extract<PdfAnswer, { type: "scorecard" }>;
type TableAnswer = Extract<PdfAnswer, { type: "table" }>;

/**
 * A size smaller than other tables: at the usual size the six headings' longest words alone
 * ("Compliments", "Complaints", "Customers"…) take 400 of the page's 483 points, and the chart
 * would have no room beside them.
 */
const CELL: TextStyle = { size: 8, lineHeight: 11.5 };
const HEAD: TextStyle = { ...CELL, bold: true };
/** The cells' padding in the table drawer, which the chart keeps to as well. */
const PAD = 5;
/** The chart column is never narrower than this; the number columns give way first. */
const CHART_MIN = 120;
/** A column widens to keep its cells' text on one line only up to this: a long one wraps. */
const WHOLE_MAX = 80;
/** Room at each end of the chart for the scale's labels, which are centred on their lines. */
const SCALE_END = 10;
const BAR_HEIGHT = 7;

/**
 * The number columns, each as wide as the longest word of its heading or its cells (so
 * "Compliments" is not broken inside the word); then, while room is left, as wide as their
 * cells' whole text when that is short (so "May 2025" stays on one line, and a long one leaves
 * the room to the chart). Whatever is left goes to the chart. When
 * the words leave the chart too little room, the number columns narrow alike.
 */
function columnWidths(layout: Layout, answer: ScorecardAnswer): number[] {
  const longest = (texts: string[], style: TextStyle) =>
    Math.max(0, ...texts.map((text) => layout.measure(text, style))) + 2 * PAD + 1;
  const words = (text: string) => text.split(/\s+/);
  const cells = (c: number) => answer.rows.map((row) => row[c] ?? "");
  const needed = answer.headings.map((heading, c) =>
    Math.max(longest(words(heading), HEAD), longest(cells(c).flatMap(words), CELL)),
  );
  const room = layout.contentWidth - CHART_MIN;
  const used = needed.reduce((a, b) => a + b, 0);
  if (used > room) return [...needed.map((w) => (w * room) / used), CHART_MIN];
  let spare = room - used;
  // Blank months for the pen share the room evenly: a month is written by hand.
  if (answer.rows.length === 0) {
    const share = spare / (needed.length + 1);
    return [...needed.map((w) => w + share), CHART_MIN + share];
  }
  const widths = needed.map((w, c) => {
    const whole = longest(cells(c), CELL);
    const more = whole <= WHOLE_MAX ? Math.min(spare, Math.max(0, whole - w)) : 0;
    spare -= more;
    return w + more;
  });
  return [...widths, CHART_MIN + spare];
}

const tickText = (t: number) => (t > 0 ? `+${t}` : t < 0 ? `−${-t}` : "0");

/**
 * The chart's scale across its column, after room for the score's text: where a score falls,
 * and which of its lines are labelled.
 */
function chartFrame(layout: Layout, grid: Grid, answer: ScorecardAnswer) {
  const column = grid.xs.length - 1;
  const scoreWidth = layout.measure("−100", CELL) + 4;
  const left = grid.xs[column]! + PAD + scoreWidth + SCALE_END;
  const width = grid.widths[column]! - 2 * PAD - scoreWidth - 2 * SCALE_END;
  const { low, high, ticks } = chartScale(answer.scores.filter((s) => s !== null));
  const x = (value: number) => left + ((value - low) / (high - low)) * width;
  // Labels 25, 50 or 100 apart, whichever is the closest that keeps them from touching.
  const labelWidth = Math.max(...ticks.map((t) => layout.measure(tickText(t), SMALL))) + 6;
  const step = [25, 50].find((s) => (s * width) / (high - low) >= labelWidth) ?? 100;
  return { x, ticks, labelled: ticks.filter((t) => t % step === 0) };
}

/**
 * The scorecard as a table whose last column is the chart: each month's recommend score, and a
 * bar for it beside its row, left of the zero line when below zero, on a scale labelled in the
 * header. Drawn with jsPDF's lines and rectangles (real vector shapes, no picture); the chart's
 * rows are the table's rows, so the two go over a page break together.
 */
function scorecardTable(layout: Layout, answer: ScorecardAnswer, figure?: StructNode) {
  const { structure } = layout;
  /** What the chart draws goes into the figure; measuring only (no figure) draws nothing. */
  const chart = (draw: () => void) => (figure ? structure.into(figure, draw) : draw());
  const charted = answer.scores.some((s) => s !== null);
  const table: TableAnswer = {
    type: "table",
    headings: [...answer.headings, answer.chartTitle],
    rows: answer.rows.map((row, r) => [...row, answer.scores[r]?.text ?? answer.problems[r] ?? ""]),
    blankRows: answer.blankRows,
  };
  const options: TableOptions = {
    widths: columnWidths(layout, answer),
    cell: CELL,
    // The scale's labels, under the chart's title.
    headExtra: charted ? SMALL.lineHeight : 0,
    drawHead: (grid, top) => {
      if (!charted) return;
      const { x, labelled } = chartFrame(layout, grid, answer);
      const y = top + grid.headHeight - PAD - SMALL.lineHeight;
      chart(() => {
        for (const t of labelled)
          layout.drawLine({ text: tickText(t), rtl: false }, x(t) - 15, y, 30, SMALL, "center");
      });
    },
    drawRow: (grid, row, top, height) => {
      // A row whose numbers give no score says why across the chart's column instead.
      if (!charted || answer.problems[row]) return;
      const { doc } = layout;
      const { x, ticks } = chartFrame(layout, grid, answer);
      layout.furniture(() => {
        for (const t of ticks) {
          layout.stroke(t === 0 ? RULE : LIGHT_RULE, t === 0 ? 1 : 0.5);
          doc.line(x(t), top + 1, x(t), top + height - 1);
        }
      });
      const value = answer.scores[row]?.value;
      if (!value) return;
      layout.fill(value < 0 ? ACCENT : BRAND);
      const from = Math.min(x(0), x(value));
      chart(() => {
        structure.mark();
        doc.rect(
          from,
          top + PAD + (CELL.lineHeight - BAR_HEIGHT) / 2,
          Math.abs(x(value) - x(0)),
          BAR_HEIGHT,
          "F",
        );
      });
    },
  };
  return { table, options };
}

export function scorecardLead(layout: Layout, answer: ScorecardAnswer): number {
  const { table, options } = scorecardTable(layout, answer);
  return tableLead(layout, table, options);
}

/**
 * The scorecard's table, each month with its score, and beside it the chart of the scores: a
 * figure after the table, its alternative text giving every month's score.
 */
export function drawScorecard(layout: Layout, answer: ScorecardAnswer, label: string) {
  const { structure } = layout;
  const figure = structure.detached("Figure", { alt: answer.chartAlt });
  const { table, options } = scorecardTable(layout, answer, figure);
  drawTable(layout, table, label, options);
  if (figure.kids.length > 0) structure.attach(figure);
}
