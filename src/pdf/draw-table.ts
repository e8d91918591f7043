import type { PdfAnswer } from "./pdf-blocks";
import { WRITING_GAP, type Layout, type Line } from "./layout";
import { CELL, CELL_HEAD, MUTED, RULE, SOFT, type TextStyle } from "./page-style";

type TableAnswer = Extract<PdfAnswer, { type: "table" }>;

const PAD = 5;
/** A blank row is tall enough for a line of handwriting. */
const BLANK_ROW = WRITING_GAP + 4;

/**
 * What a caller may add to a table: its own column widths, and drawing of its own over the header
 * and each row once their boxes and text are drawn (the scorecard's chart column).
 */
export type TableOptions = {
  /** Column widths in points, left to right, together as wide as the page's text. */
  widths?: readonly number[];
  /** The cells' text; the headings are the same in bold. */
  cell?: TextStyle;
  /** Height added to the header row for the caller's drawing in it. */
  headExtra?: number;
  drawHead?: (grid: Grid, top: number) => void;
  /** Called once per filled row, on the page where it starts, with its first part's height. */
  drawRow?: (grid: Grid, row: number, top: number, height: number) => void;
};

/** Where the columns go, and the header row drawn at the top of the table on every page. */
export type Grid = {
  xs: number[];
  widths: number[];
  headLines: Line[][];
  headHeight: number;
  cell: TextStyle;
  head: TextStyle;
  options: TableOptions;
};

/** Shares the width by how much each column holds, so a short "By when" stays narrow. */
function widthsFor(layout: Layout, answer: TableAnswer): number[] {
  const columns = answer.headings.length;
  // Blank rows for the pen share the width evenly.
  const weights = answer.headings.map((heading, c) => {
    if (answer.rows.length === 0) return 1;
    const chars = answer.rows.reduce((sum, row) => sum + (row[c]?.length ?? 0), heading.length);
    return Math.sqrt(chars / (answer.rows.length + 1));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const minShare = 0.6 / columns;
  const shares = weights.map((w) => Math.max(minShare, w / total));
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => (layout.contentWidth * s) / shareTotal);
}

function gridFor(layout: Layout, answer: TableAnswer, options: TableOptions): Grid {
  const widths = [...(options.widths ?? widthsFor(layout, answer))];
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cell = options.cell ?? CELL;
  const head = options.cell ? { ...options.cell, bold: true } : CELL_HEAD;
  const headLines = answer.headings.map((h, c) => layout.wrap(h, widths[c]! - 2 * PAD, head));
  const headHeight =
    Math.max(...headLines.map((l) => l.length)) * head.lineHeight +
    2 * PAD +
    (options.headExtra ?? 0);
  return { xs, widths, headLines, headHeight, cell, head, options };
}

/** The header row: a row of TH cells the first time, page furniture when repeated. */
function drawHeader(layout: Layout, grid: Grid, repeated: boolean) {
  const { xs, widths, headLines, headHeight } = grid;
  const { structure } = layout;
  // Text sets the fill colour too, so every box is filled before any heading is written.
  layout.furniture(() => {
    layout.fill(SOFT);
    layout.stroke(RULE);
    xs.forEach((x, c) => layout.doc.rect(x, layout.y, widths[c]!, headHeight, "FD"));
  });
  const cells = () =>
    headLines.forEach((lines, c) => {
      const draw = () =>
        lines.forEach((line, i) =>
          layout.drawLine(
            line,
            xs[c]! + PAD,
            layout.y + PAD + i * grid.head.lineHeight,
            widths[c]! - 2 * PAD,
            grid.head,
          ),
        );
      if (repeated) draw();
      else structure.within("TH", draw, { scope: "Column" });
    });
  if (repeated) layout.furniture(cells, "header");
  else structure.within("TR", cells);
  if (repeated) layout.furniture(() => grid.options.drawHead?.(grid, layout.y), "header");
  else grid.options.drawHead?.(grid, layout.y);
  layout.y += headHeight;
}

function newTablePage(layout: Layout, grid: Grid) {
  layout.newPage();
  drawHeader(layout, grid, true);
}

/**
 * How many of a row's `most` lines to draw where `room` lines are left: all of them, or, when a
 * row splits, at least two on each side of the page break; 0 when it must start on a new page.
 */
function linesToTake(most: number, room: number): number {
  let take = Math.min(most, room);
  if (take < most && most - take < 2) take = most - 2;
  return take < most && take < 2 ? 0 : take;
}

/** The height of a row's first part, on the page it starts on: at least that must fit. */
const rowLead = (grid: Grid, most: number) =>
  (most >= 4 ? 2 : most) * grid.cell.lineHeight + 2 * PAD;

/**
 * One row of wrapped cells (a TR of TD cells); a tall row may split across pages, marked with a
 * dashed foot, its cells going on where they left off.
 */
function drawRow(layout: Layout, grid: Grid, cells: Line[][], index: number) {
  const { doc, structure } = layout;
  const { cell } = grid;
  const row = structure.add("TR");
  const tds = cells.map(() => structure.add("TD", {}, row));
  let remaining = cells;
  let continuation = false;
  while (remaining.some((lines) => lines.length > 0)) {
    const most = Math.max(...remaining.map((lines) => lines.length));
    // (A hair over, so a row measured to fit exactly is not lost to rounding.)
    const room = Math.floor((layout.bottom - layout.y - 2 * PAD) / cell.lineHeight + 1e-6);
    const take = linesToTake(most, room);
    if (take === 0) {
      newTablePage(layout, grid);
      continue;
    }
    const height = take * cell.lineHeight + 2 * PAD;
    layout.furniture(() => {
      layout.stroke(RULE);
      grid.xs.forEach((x, c) => doc.rect(x, layout.y, grid.widths[c]!, height, "S"));
    });
    remaining.forEach((lines, c) => {
      const x = grid.xs[c]!;
      const w = grid.widths[c]!;
      structure.into(tds[c]!, () =>
        lines
          .slice(0, take)
          .forEach((line, i) =>
            layout.drawLine(line, x + PAD, layout.y + PAD + i * cell.lineHeight, w - 2 * PAD, cell),
          ),
      );
      if (continuation && lines.length === 0) {
        const text: Line = { text: "(continued)", rtl: false };
        layout.furniture(() =>
          layout.drawLine(text, x + PAD, layout.y + PAD, w - 2 * PAD, { ...cell, colour: MUTED }),
        );
      }
    });
    if (!continuation) grid.options.drawRow?.(grid, index, layout.y, height);
    if (take < most) {
      // A dashed foot shows the row goes on over the page.
      layout.furniture(() => {
        layout.fill([255, 255, 255]);
        doc.rect(layout.left, layout.y + height - 0.6, layout.contentWidth, 1.2, "F");
        layout.stroke(RULE);
        doc.setLineDashPattern([2, 2], 0);
        doc.line(layout.left, layout.y + height, layout.right, layout.y + height);
        doc.setLineDashPattern([], 0);
      });
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
    layout.furniture(() => {
      layout.stroke(RULE);
      grid.xs.forEach((x, c) => layout.doc.rect(x, layout.y, grid.widths[c]!, height, "S"));
    });
    layout.y += height;
  }
}

function wrapRows(layout: Layout, grid: Grid, answer: TableAnswer): Line[][][] {
  return answer.rows.map((row) =>
    answer.headings.map((_, c) => layout.wrap(row[c] ?? "", grid.widths[c]! - 2 * PAD, grid.cell)),
  );
}

/**
 * The header and as much of the first row as must go with it (all of it, or two lines of a row
 * that may split), or every blank row: kept together, so a header never ends a page.
 */
function leadOf(grid: Grid, rows: Line[][][], blankRows: number): number {
  const first = rows[0];
  const body = first
    ? rowLead(grid, Math.max(...first.map((l) => l.length)))
    : blankRows * BLANK_ROW;
  return grid.headHeight + body;
}

/** How much of a table must fit under its question. */
export function tableLead(layout: Layout, answer: TableAnswer, options: TableOptions = {}): number {
  const grid = gridFor(layout, answer, options);
  return leadOf(grid, wrapRows(layout, grid, answer), answer.blankRows);
}

/**
 * A table with wrapped cells, then any blank rows for the pen. The header row is drawn again on
 * every page the table runs on to.
 */
export function drawTable(
  layout: Layout,
  answer: TableAnswer,
  label: string,
  options: TableOptions = {},
) {
  const grid = gridFor(layout, answer, options);
  const rows = wrapRows(layout, grid, answer);
  layout.need(leadOf(grid, rows, answer.blankRows));
  layout.continueAs(label);
  layout.structure.within("Table", () => {
    drawHeader(layout, grid, false);
    rows.forEach((cells, index) => drawRow(layout, grid, cells, index));
  });
  drawBlankRows(layout, grid, answer.blankRows);
}
