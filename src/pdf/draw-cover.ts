import type { CoverDetail, PdfBlock } from "./pdf-blocks";
import { NOT_ANSWERED } from "./pdf-blocks";
import { sinceMark } from "./draw-field";
import type { Layout } from "./layout";
import { BODY, BRAND, LIGHT_RULE, MARKER, SMALL, type Rgb, type TextStyle } from "./page-style";

/** The first page: title band, who and when, and how far each step has got. */
type Cover = Extract<PdfBlock, { type: "cover" }>;

const VALUE: TextStyle = { size: 13, lineHeight: 17 };

export function drawCover(layout: Layout, block: Cover) {
  const { doc, structure } = layout;
  layout.bookmark("Cover and progress");
  for (const step of block.steps) layout.bookmark(`Step ${step.number}: ${step.title}`);
  const band = 150;
  layout.furniture(() => {
    layout.fill(BRAND);
    doc.rect(0, 0, layout.width, band, "F");
  });
  const white: Rgb = [255, 255, 255];
  structure.within("H1", () =>
    layout.drawLine({ text: block.title, rtl: false }, layout.left, 48, layout.contentWidth, {
      size: 30,
      lineHeight: 36,
      bold: true,
      colour: white,
    }),
  );
  structure.within("P", () =>
    layout.drawLine({ text: block.subtitle, rtl: false }, layout.left, 88, layout.contentWidth, {
      size: 14,
      lineHeight: 18,
      colour: white,
    }),
  );
  structure.within("P", () =>
    layout.drawLine(
      { text: "For my enterprise coaching session", rtl: false },
      layout.left,
      110,
      layout.contentWidth,
      { size: 10.5, lineHeight: 14, colour: [214, 232, 229] },
    ),
  );
  layout.y = band + 32;
  block.details.forEach((detail) => drawDetail(layout, detail));
  // The date is no question: its label and value read as one line.
  layout.need(SMALL.lineHeight + VALUE.lineHeight);
  structure.within("P", () => {
    layout.lines([{ text: "Date", rtl: false, space: true }], SMALL);
    layout.lines(layout.wrap(block.date, layout.contentWidth, VALUE), VALUE);
  });
  layout.y += 8;

  drawProgress(layout, block.progress);
  if (block.changes) drawChanges(layout, block.changes);
}

/**
 * An About-you question and its answer, marked new or changed as every other answer is: the
 * mark sits beside the question, so the cover keeps to one page.
 */
function drawDetail(layout: Layout, detail: CoverDetail) {
  const { structure } = layout;
  const value = detail.value ? layout.wrap(detail.value, layout.contentWidth, VALUE) : null;
  const label = layout.wrap(detail.label, layout.contentWidth, SMALL);
  layout.need(label.length * SMALL.lineHeight + (detail.since ? 3 : 0) + VALUE.lineHeight);
  structure.within("H2", () => layout.lines(label, SMALL));
  if (detail.since) {
    const last = label.at(-1)!;
    const x = layout.left + layout.measure(last.text, SMALL) + 8;
    sinceMark(layout, detail.since, x, layout.y - SMALL.lineHeight);
    layout.y += 3;
  }
  structure.within("P", () => {
    if (value) layout.lines(value, VALUE);
    else layout.lines([{ text: NOT_ANSWERED, rtl: false }], { ...MARKER, lineHeight: 17 });
  });
  layout.y += 8;
}

const PROGRESS_HEAD: TextStyle = { ...SMALL, bold: true };

/**
 * Each step's title, how many of its questions are answered, and a bar to show it: a table
 * whose header row names its two columns (the bar only shows the count again).
 */
function drawProgress(layout: Layout, progress: Cover["progress"]) {
  const { structure } = layout;
  layout.gap(14);
  const heading: TextStyle = { size: 13, lineHeight: 18, bold: true, colour: BRAND };
  const head = PROGRESS_HEAD.lineHeight + 4;
  layout.need(heading.lineHeight + 4 + head + BODY.lineHeight + 8);
  structure.within("H2", () => layout.lines([{ text: "Progress", rtl: false }], heading));
  layout.y += 4;
  const columns = progressColumns(layout);
  structure.within("Table", () => {
    structure.within("TR", () => {
      const top = layout.y;
      structure.within(
        "TH",
        () =>
          layout.drawLine(
            { text: "Step", rtl: false },
            layout.left,
            top,
            columns.titleWidth,
            PROGRESS_HEAD,
          ),
        { scope: "Column" },
      );
      structure.within(
        "TH",
        () =>
          layout.drawLine(
            { text: "Answered", rtl: false },
            columns.countX,
            top,
            columns.countWidth,
            PROGRESS_HEAD,
            "end",
          ),
        { scope: "Column" },
      );
      layout.y += head;
    });
    for (const step of progress)
      structure.within("TR", () => drawProgressRow(layout, step, columns));
  });
  layout.rule(LIGHT_RULE, 0.6, layout.y);
}

function progressColumns(layout: Layout) {
  const barWidth = 70;
  const countWidth = 100;
  return {
    barWidth,
    countWidth,
    titleWidth: layout.contentWidth - 24 - countWidth - barWidth - 16,
    countX: layout.right - barWidth - 10 - countWidth,
  };
}

function drawProgressRow(
  layout: Layout,
  step: Cover["progress"][number],
  { barWidth, countWidth, titleWidth, countX }: ReturnType<typeof progressColumns>,
) {
  const { doc, structure } = layout;
  const title = layout.wrap(step.title, titleWidth, BODY);
  const rowHeight = title.length * BODY.lineHeight + 8;
  layout.need(rowHeight);
  const top = layout.y + 4;
  layout.rule(LIGHT_RULE, 0.6, layout.y);
  structure.within("TD", () => {
    layout.drawLine({ text: String(step.number), rtl: false, space: true }, layout.left, top, 20, {
      ...BODY,
      bold: true,
      colour: BRAND,
    });
    title.forEach((line, i) =>
      layout.drawLine(line, layout.left + 24, top + i * BODY.lineHeight, titleWidth, BODY),
    );
  });
  structure.within("TD", () =>
    layout.drawLine(
      { text: progressWords(step), rtl: false },
      countX,
      top,
      countWidth,
      BODY,
      "end",
    ),
  );
  const barX = layout.right - barWidth;
  const barY = top + 4;
  layout.furniture(() => {
    layout.stroke(BRAND, 0.6);
    doc.rect(barX, barY, barWidth, 7, "S");
    if (step.answered > 0) {
      layout.fill(BRAND);
      doc.rect(barX, barY, (barWidth * step.answered) / step.total, 7, "F");
    }
  });
  layout.y += rowHeight;
}

/** "Since your last PDF on 12 Nov: …", under the progress, for the coach to see at a glance. */
function drawChanges(layout: Layout, changes: string) {
  const style: TextStyle = { ...BODY, bold: true, colour: BRAND };
  layout.y += 10;
  const lines = layout.wrap(changes, layout.contentWidth, style);
  layout.need(lines.length * style.lineHeight);
  layout.structure.within("P", () => layout.lines(lines, style));
}

function progressWords(step: { answered: number; total: number }): string {
  if (step.answered === step.total) return "All answered";
  return step.answered === 0 ? "Not started" : `${step.answered} of ${step.total} answered`;
}
