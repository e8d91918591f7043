import type { PdfAnswer } from "./pdf-blocks";
import { WRITING_GAP, type Layout, type Line } from "./layout";
import { CELL, CELL_HEAD, MUTED, RULE, SOFT } from "./page-style";

type TableAnswer = Extract<PdfAnswer, { type: "table" }>;

const PAD = 5;
/** A blank row is tall enough for a line of handwriting. */
const BLANK_ROW = WRITING_GAP + 4;

/** Where the columns go, and the header row drawn at the top of the table on every page. */
type Grid = { xs: number[]; widths: number[]; headLines: Line[][]; headHeight: number };

function gridFor(layout: Layout, answer: TableAnswer): Grid {
  const columns = answer.headings.length;
  // Share the width by how much each column holds, so a short "By when" stays narrow. Blank
  // rows for the pen share it evenly.
  const weights = answer.headings.map((heading, c) => {
    if (answer.rows.length === 0) return 1;
    const chars = answer.rows.reduce((sum, row) => sum + (row[c]?.length ?? 0), heading.length);
    return Math.sqrt(chars / (answer.rows.length + 1));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const minShare = 0.6 / columns;
  const shares = weights.map((w) => Math.max(minShare, w / total));
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => (layout.contentWidth * s) / shareTotal);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headLines = answer.headings.map((h, c) => layout.wrap(h, widths[c]! - 2 * PAD, CELL_HEAD));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * CELL_HEAD.lineHeight + 2 * PAD;
  return { xs, widths, headLines, headHeight };
}

function drawHeader(layout: Layout, grid: Grid) {
  const { xs, widths, headLines, headHeight } = grid;
  // Text sets the fill colour too, so every box is filled before any heading is written.
  layout.fill(SOFT);
  layout.stroke(RULE);
  xs.forEach((x, c) => layout.doc.rect(x, layout.y, widths[c]!, headHeight, "FD"));
  headLines.forEach((lines, c) =>
    lines.forEach((line, i) =>
      layout.drawLine(
        line,
        xs[c]! + PAD,
        layout.y + PAD + i * CELL_HEAD.lineHeight,
        widths[c]! - 2 * PAD,
        CELL_HEAD,
      ),
    ),
  );
  layout.y += headHeight;
}

function newTablePage(layout: Layout, grid: Grid) {
  layout.newPage();
  drawHeader(layout, grid);
}

/** One row of wrapped cells; a tall row may split across pages, marked with a dashed foot. */
function drawRow(layout: Layout, grid: Grid, cells: Line[][]) {
  const { doc } = layout;
  let remaining = cells;
  let continuation = false;
  while (remaining.some((lines) => lines.length > 0)) {
    const most = Math.max(...remaining.map((lines) => lines.length));
    const room = Math.floor((layout.bottom - layout.y - 2 * PAD) / CELL.lineHeight);
    let take = Math.min(most, room);
    // A row splits only with at least two of its lines on each side of the page break.
    if (take < most && most - take < 2) take = most - 2;
    if (take < most && take < 2) {
      newTablePage(layout, grid);
      continue;
    }
    const height = take * CELL.lineHeight + 2 * PAD;
    layout.stroke(RULE);
    remaining.forEach((lines, c) => {
      const x = grid.xs[c]!;
      const w = grid.widths[c]!;
      doc.rect(x, layout.y, w, height, "S");
      lines
        .slice(0, take)
        .forEach((line, i) =>
          layout.drawLine(line, x + PAD, layout.y + PAD + i * CELL.lineHeight, w - 2 * PAD, CELL),
        );
      if (continuation && lines.length === 0) {
        const text: Line = { text: "(continued)", rtl: false };
        layout.drawLine(text, x + PAD, layout.y + PAD, w - 2 * PAD, { ...CELL, colour: MUTED });
      }
    });
    if (take < most) {
      // A dashed foot shows the row goes on over the page.
      layout.fill([255, 255, 255]);
      doc.rect(layout.left, layout.y + height - 0.6, layout.contentWidth, 1.2, "F");
      layout.stroke(RULE);
      doc.setLineDashPattern([2, 2], 0);
      doc.line(layout.left, layout.y + height, layout.right, layout.y + height);
      doc.setLineDashPattern([], 0);
      newTablePage(layout, grid);
      continuation = true;
    } else {
      layout.y += height;
    }
    remaining = remaining.map((lines) => lines.slice(take));
  }
}

/** Empty rows to write in, each tall enough for a line of handwriting. */
function drawBlankRows(layout: Layout, grid: Grid, count: number) {
  const height = BLANK_ROW;
  for (let row = 0; row < count; row++) {
    if (layout.y + height > layout.bottom) newTablePage(layout, grid);
    layout.stroke(RULE);
    grid.xs.forEach((x, c) => layout.doc.rect(x, layout.y, grid.widths[c]!, height, "S"));
    layout.y += height;
  }
}

function wrapRows(layout: Layout, grid: Grid, answer: TableAnswer): Line[][][] {
  return answer.rows.map((row) =>
    answer.headings.map((_, c) => layout.wrap(row[c] ?? "", grid.widths[c]! - 2 * PAD, CELL)),
  );
}

/** The header and the first two lines of the first row, or every blank row: kept together. */
function leadOf(grid: Grid, rows: Line[][][], blankRows: number): number {
  const first = rows[0];
  const body = first
    ? Math.min(2, Math.max(...first.map((l) => l.length))) * CELL.lineHeight + 2 * PAD
    : blankRows * BLANK_ROW;
  return grid.headHeight + body;
}

/** How much of a table must fit under its question. */
export function tableLead(layout: Layout, answer: TableAnswer): number {
  const grid = gridFor(layout, answer);
  return leadOf(grid, wrapRows(layout, grid, answer), answer.blankRows);
}

/**
 * A table with wrapped cells, then any blank rows for the pen. The header row is drawn again on
 * every page the table runs on to.
 */
export function drawTable(layout: Layout, answer: TableAnswer, label: string) {
  const grid = gridFor(layout, answer);
  const rows = wrapRows(layout, grid, answer);
  layout.need(leadOf(grid, rows, answer.blankRows));
  layout.continueAs(label);
  drawHeader(layout, grid);
  for (const cells of rows) drawRow(layout, grid, cells);
  drawBlankRows(layout, grid, answer.blankRows);
}
