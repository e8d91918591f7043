import type { PdfAnswer } from "./pdf-blocks";
import type { Layout, Line } from "./layout";
import { CELL, CELL_HEAD, MUTED, RULE, SOFT } from "./page-style";

/**
 * A table with wrapped cells. The header row is drawn again on every page the table runs on to,
 * and a tall row may split across pages, marked with a dashed foot.
 */
const PAD = 5;

type TableAnswer = Extract<PdfAnswer, { type: "table" }>;

/**
 * Shares the width by how much each column holds, so a short "By when" stays narrow; or by the
 * shares given, when the caller knows better.
 */
function columnWidths(layout: Layout, answer: TableAnswer, given?: readonly number[]) {
  const columns = answer.headings.length;
  const weights = answer.headings.map((heading, c) => {
    const chars = answer.rows.reduce((sum, row) => sum + (row[c]?.length ?? 0), heading.length);
    return Math.sqrt(chars / (answer.rows.length + 1));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const minShare = 0.6 / columns;
  const shares = given ?? weights.map((w) => Math.max(minShare, w / total));
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => (layout.contentWidth * s) / shareTotal);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return { widths, xs };
}

/** A dashed foot shows the row goes on over the page. */
function drawContinuesFoot(layout: Layout, y: number) {
  const { doc } = layout;
  layout.fill([255, 255, 255]);
  doc.rect(layout.left, y - 0.6, layout.contentWidth, 1.2, "F");
  layout.stroke(RULE);
  doc.setLineDashPattern([2, 2], 0);
  doc.line(layout.left, y, layout.right, y);
  doc.setLineDashPattern([], 0);
}

/** One row's cells, or the part of them that fits on this page. */
function drawRowPart(
  layout: Layout,
  part: { remaining: Line[][]; take: number; height: number; continuation: boolean },
  xs: number[],
  widths: number[],
) {
  part.remaining.forEach((lines, c) => {
    const x = xs[c]!;
    const w = widths[c]!;
    layout.doc.rect(x, layout.y, w, part.height, "S");
    lines
      .slice(0, part.take)
      .forEach((line, i) =>
        layout.drawLine(line, x + PAD, layout.y + PAD + i * CELL.lineHeight, w - 2 * PAD, CELL),
      );
    if (part.continuation && lines.length === 0) {
      layout.drawLine({ text: "(continued)", rtl: false }, x + PAD, layout.y + PAD, w - 2 * PAD, {
        ...CELL,
        colour: MUTED,
      });
    }
  });
}

export function drawTable(
  layout: Layout,
  answer: TableAnswer,
  label: string,
  shares?: readonly number[],
) {
  const { doc } = layout;
  const pad = PAD;
  const { widths, xs } = columnWidths(layout, answer, shares);

  const headLines = answer.headings.map((h, c) => layout.wrap(h, widths[c]! - 2 * pad, CELL_HEAD));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * CELL_HEAD.lineHeight + 2 * pad;

  const drawHeader = () => {
    // Text sets the fill colour too, so every box is filled before any heading is written.
    layout.fill(SOFT);
    layout.stroke(RULE);
    answer.headings.forEach((_, c) => doc.rect(xs[c]!, layout.y, widths[c]!, headHeight, "FD"));
    answer.headings.forEach((_, c) => {
      headLines[c]!.forEach((line, i) =>
        layout.drawLine(
          line,
          xs[c]! + pad,
          layout.y + pad + i * CELL_HEAD.lineHeight,
          widths[c]! - 2 * pad,
          CELL_HEAD,
        ),
      );
    });
    layout.y += headHeight;
  };

  const rows = answer.rows.map((row) =>
    answer.headings.map((_, c) => layout.wrap(row[c] ?? "", widths[c]! - 2 * pad, CELL)),
  );
  layout.need(
    headHeight +
      Math.min(2, Math.max(...(rows[0] ?? [[]]).map((l) => l.length))) * CELL.lineHeight +
      2 * pad,
  );
  layout.continueAs(label);
  drawHeader();

  for (const cells of rows) {
    let remaining = cells;
    let continuation = false;
    while (remaining.some((lines) => lines.length > 0)) {
      const most = Math.max(...remaining.map((lines) => lines.length));
      const room = Math.floor((layout.bottom - layout.y - 2 * pad) / CELL.lineHeight);
      let take = Math.min(most, room);
      // A row splits only with at least two of its lines on each side of the page break.
      if (take < most && most - take < 2) take = most - 2;
      if (take < most && take < 2) {
        layout.newPage();
        drawHeader();
        continue;
      }
      const height = take * CELL.lineHeight + 2 * pad;
      const continues = take < most;
      layout.stroke(RULE);
      drawRowPart(layout, { remaining, take, height, continuation }, xs, widths);
      if (continues) {
        drawContinuesFoot(layout, layout.y + height);
        layout.newPage();
        drawHeader();
        continuation = true;
      } else {
        layout.y += height;
      }
      remaining = remaining.map((lines) => lines.slice(take));
    }
  }
}
