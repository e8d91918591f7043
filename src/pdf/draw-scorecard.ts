import { chartScale } from "../content/sums";
import type { PdfAnswer } from "./pdf-blocks";
import { drawTable } from "./draw-table";
import type { Layout } from "./layout";
import {
  ACCENT,
  BRAND,
  CELL_HEAD,
  FONT,
  LABEL,
  LIGHT_RULE,
  MUTED,
  RULE,
  SMALL,
  type TextStyle,
} from "./page-style";

type ScorecardAnswer = Extract<PdfAnswer, { type: "scorecard" }>;

const CHART_HEIGHT = 170;
const AXIS_WIDTH = 30;
/** Room under the chart for the value of a bar that reaches the bottom, before the months. */
const UNDER = 16;
const MONTHS: TextStyle = { ...SMALL, colour: MUTED };
const VALUE: TextStyle = { ...SMALL, bold: true, colour: undefined };

/**
 * The recommend score by month as bars above and below a zero line, drawn with jsPDF's lines
 * and rectangles (real vector shapes, no picture), the same chart the screen shows.
 */
function drawChart(layout: Layout, answer: ScorecardAnswer) {
  const { doc } = layout;
  const { low, high, ticks } = chartScale(answer.points);
  const title = layout.wrap(answer.chartTitle, layout.contentWidth, LABEL);
  const monthLines = 2 * MONTHS.lineHeight;
  layout.need(12 + title.length * LABEL.lineHeight + 8 + CHART_HEIGHT + UNDER + monthLines + 4);
  layout.gap(12);
  layout.lines(title, LABEL);
  layout.y += 8;

  const top = layout.y;
  const left = layout.left + AXIS_WIDTH;
  const width = layout.contentWidth - AXIS_WIDTH;
  const y = (v: number) => top + ((high - v) / (high - low)) * CHART_HEIGHT;
  for (const t of ticks) {
    layout.stroke(t === 0 ? RULE : LIGHT_RULE, t === 0 ? 1 : 0.5);
    doc.line(left, y(t), left + width, y(t));
    const text = t > 0 ? `+${t}` : t < 0 ? `−${-t}` : "0";
    layout.drawLine(
      { text, rtl: false },
      layout.left,
      y(t) - SMALL.lineHeight / 2,
      AXIS_WIDTH - 6,
      SMALL,
      "end",
    );
  }

  const slot = width / Math.max(answer.points.length, 6);
  const bar = Math.min(36, slot * 0.6);
  answer.points.forEach((point, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    const barTop = Math.min(y(point.value), y(0));
    const colour = point.value < 0 ? ACCENT : BRAND;
    layout.fill(colour);
    if (point.value !== 0) doc.rect(x, barTop, bar, Math.abs(y(point.value) - y(0)), "F");
    const valueTop = point.value < 0 ? y(point.value) + 2 : y(point.value) - SMALL.lineHeight - 1;
    layout.drawLine({ text: point.text, rtl: false }, x - 10, valueTop, bar + 20, VALUE, "center");
    layout
      .wrap(point.month, slot - 4, MONTHS)
      .slice(0, 2)
      .forEach((line, l) =>
        layout.drawLine(
          line,
          x + bar / 2 - slot / 2 + 2,
          top + CHART_HEIGHT + UNDER + l * MONTHS.lineHeight,
          slot - 4,
          MONTHS,
          "center",
        ),
      );
  });
  layout.y = top + CHART_HEIGHT + UNDER + monthLines + 4;
}

/**
 * Column shares for the scorecard: each column as wide as the longest word of its heading or the
 * longest of its cells (so "Compliments" is not broken inside the word, and "May 2025" stays on
 * one line), with any room left shared out evenly.
 */
function columnShares(layout: Layout, answer: ScorecardAnswer): number[] {
  const { doc } = layout;
  const width = (text: string, bold: boolean) => {
    doc.setFont(FONT, bold ? "bold" : "normal");
    return doc.getStringUnitWidth(text) * CELL_HEAD.size;
  };
  const needed = answer.headings.map((heading, c) =>
    Math.max(
      ...heading.split(" ").map((word) => width(word, true)),
      ...answer.rows.map((row) => width(row[c] ?? "", false)),
    ),
  );
  const spare = (layout.contentWidth - needed.reduce((a, b) => a + b, 0)) / needed.length;
  return needed.map((w) => Math.max(w + spare, 1));
}

/** The scorecard's table, each month with its score, then the chart of the scores. */
export function drawScorecard(layout: Layout, answer: ScorecardAnswer, label: string) {
  const table = { type: "table" as const, headings: answer.headings, rows: answer.rows };
  drawTable(layout, table, label, columnShares(layout, answer));
  if (answer.points.length > 0) drawChart(layout, answer);
}
