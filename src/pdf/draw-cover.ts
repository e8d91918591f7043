import type { PdfBlock } from "./pdf-blocks";
import { NOT_ANSWERED } from "./pdf-blocks";
import type { Layout } from "./layout";
import { BODY, BRAND, LIGHT_RULE, MARKER, SMALL, type Rgb, type TextStyle } from "./page-style";

/** The first page: title band, who and when, and how far each step has got. */
type Cover = Extract<PdfBlock, { type: "cover" }>;

export function drawCover(layout: Layout, block: Cover) {
  const { doc } = layout;
  layout.bookmark("Cover and progress");
  for (const step of block.steps) layout.bookmark(`Step ${step.number}: ${step.title}`);
  const band = 150;
  layout.fill(BRAND);
  doc.rect(0, 0, layout.width, band, "F");
  const white: Rgb = [255, 255, 255];
  layout.drawLine({ text: block.title, rtl: false }, layout.left, 48, layout.contentWidth, {
    size: 30,
    lineHeight: 36,
    bold: true,
    colour: white,
  });
  layout.drawLine({ text: block.subtitle, rtl: false }, layout.left, 88, layout.contentWidth, {
    size: 14,
    lineHeight: 18,
    colour: white,
  });
  layout.drawLine(
    { text: "For my enterprise coaching session", rtl: false },
    layout.left,
    110,
    layout.contentWidth,
    { size: 10.5, lineHeight: 14, colour: [214, 232, 229] },
  );
  layout.y = band + 32;

  const details = [...block.details, { label: "Date", value: block.date, fieldId: "" }];
  for (const detail of details) {
    const value = detail.value
      ? layout.wrap(detail.value, layout.contentWidth, { size: 13, lineHeight: 17 })
      : null;
    layout.need(SMALL.lineHeight + 17);
    layout.lines(layout.wrap(detail.label, layout.contentWidth, SMALL), SMALL);
    if (value) layout.lines(value, { size: 13, lineHeight: 17 });
    else layout.lines([{ text: NOT_ANSWERED, rtl: false }], { ...MARKER, lineHeight: 17 });
    layout.y += 8;
  }

  drawProgress(layout, block.progress);
  if (block.changes) drawChanges(layout, block.changes);
}

/** Each step's title, how many of its questions are answered, and a bar to show it. */
function drawProgress(layout: Layout, progress: Cover["progress"]) {
  const { doc } = layout;
  layout.gap(14);
  const heading: TextStyle = { size: 13, lineHeight: 18, bold: true, colour: BRAND };
  layout.need(heading.lineHeight + 40);
  layout.lines([{ text: "Progress", rtl: false }], heading);
  layout.y += 4;
  const barWidth = 70;
  const countWidth = 100;
  const titleWidth = layout.contentWidth - 24 - countWidth - barWidth - 16;
  for (const step of progress) {
    const title = layout.wrap(step.title, titleWidth, BODY);
    const rowHeight = title.length * BODY.lineHeight + 8;
    layout.need(rowHeight);
    const top = layout.y + 4;
    layout.rule(LIGHT_RULE, 0.6, layout.y);
    layout.drawLine({ text: String(step.number), rtl: false }, layout.left, top, 20, {
      ...BODY,
      bold: true,
      colour: BRAND,
    });
    title.forEach((line, i) =>
      layout.drawLine(line, layout.left + 24, top + i * BODY.lineHeight, titleWidth, BODY),
    );
    const count = progressWords(step);
    const countX = layout.right - barWidth - 10 - countWidth;
    layout.drawLine({ text: count, rtl: false }, countX, top, countWidth, BODY, "end");
    const barX = layout.right - barWidth;
    const barY = top + 4;
    layout.stroke(BRAND, 0.6);
    doc.rect(barX, barY, barWidth, 7, "S");
    if (step.answered > 0) {
      layout.fill(BRAND);
      doc.rect(barX, barY, (barWidth * step.answered) / step.total, 7, "F");
    }
    layout.y += rowHeight;
  }
  layout.rule(LIGHT_RULE, 0.6, layout.y);
}

/** "Since your last PDF on 12 Nov: …", under the progress, for the coach to see at a glance. */
function drawChanges(layout: Layout, changes: string) {
  const style: TextStyle = { ...BODY, bold: true, colour: BRAND };
  layout.y += 10;
  const lines = layout.wrap(changes, layout.contentWidth, style);
  layout.need(lines.length * style.lineHeight);
  layout.lines(lines, style);
}

function progressWords(step: { answered: number; total: number }): string {
  if (step.answered === step.total) return "All answered";
  return step.answered === 0 ? "Not started" : `${step.answered} of ${step.total} answered`;
}
