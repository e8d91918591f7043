import type { PdfAnswer, PdfBlock } from "./pdf-blocks";
import { NOT_ANSWERED } from "./pdf-blocks";
import { checkItemLayout, drawChecklist } from "./draw-checklist";
import { drawScorecard, scorecardLead } from "./draw-scorecard";
import { drawTable, tableLead } from "./draw-table";
import { WRITING_GAP, type Layout } from "./layout";
import { ACCENT, BODY, BRAND, LABEL, MARKER, SOFT, type TextStyle } from "./page-style";

const SINCE: TextStyle = { size: 8.5, lineHeight: 12, bold: true, colour: BRAND };

type FieldBlock = Extract<PdfBlock, { type: "field" }>;
type AnswerOf<T extends PdfAnswer["type"]> = Extract<PdfAnswer, { type: T }>;

function drawNotAnswered(layout: Layout) {
  const { doc } = layout;
  const text = NOT_ANSWERED;
  const height = 20;
  layout.need(height + 4);
  const width = layout.measure(text, MARKER) + 20;
  layout.stroke(ACCENT, 0.8);
  doc.setLineDashPattern([3, 2], 0);
  doc.rect(layout.left, layout.y, width, height, "S");
  doc.setLineDashPattern([], 0);
  layout.drawLine(
    { text, rtl: false },
    layout.left + 10,
    layout.y + (height - MARKER.lineHeight) / 2,
    width,
    MARKER,
  );
  layout.y += height + 4;
}

function drawList(layout: Layout, items: string[]) {
  const indent = 16;
  for (const item of items) {
    const lines = layout.wrap(item, layout.contentWidth - indent, BODY);
    layout.need(BODY.lineHeight);
    const first = lines[0];
    if (first?.rtl)
      layout.drawLine({ text: "•", rtl: true }, layout.right - 10, layout.y, 10, BODY, "end");
    else layout.drawLine({ text: "•", rtl: false }, layout.left + 4, layout.y, 10, BODY);
    layout.lines(
      lines,
      BODY,
      first?.rtl ? layout.left : layout.left + indent,
      layout.contentWidth - indent,
    );
    layout.y += 3;
  }
}

/** "New since 12 Nov" in a small box, so the coach sees at a glance what moved. */
function drawSince(layout: Layout, text: string) {
  const width = layout.measure(text, SINCE) + 12;
  layout.fill(SOFT);
  layout.doc.roundedRect(layout.left, layout.y - 1, width, SINCE.lineHeight + 2, 3, 3, "F");
  layout.drawLine({ text, rtl: false }, layout.left + 6, layout.y, width, SINCE);
  layout.y += SINCE.lineHeight + 4;
}

/** Each kind of answer: how much must fit under its question, and how it is drawn. */
const answerDrawers: {
  [T in PdfAnswer["type"]]: {
    lead: (layout: Layout, answer: AnswerOf<T>) => number;
    draw: (layout: Layout, answer: AnswerOf<T>, label: string) => void;
  };
} = {
  // Lines for the pen, all kept with the question: a page of their own would lose it.
  empty: {
    lead: (_, answer) => answer.lines * WRITING_GAP + 4,
    draw: (layout, answer) => layout.writingLines(answer.lines),
  },
  text: {
    lead: (layout, answer) =>
      Math.min(layout.wrap(answer.paragraphs[0] ?? "", layout.contentWidth, BODY).length, 2) *
      BODY.lineHeight,
    draw: (layout, answer) =>
      answer.paragraphs.forEach((paragraph, i) => {
        if (i > 0) layout.y += BODY.lineHeight / 2;
        layout.lines(layout.wrap(paragraph, layout.contentWidth, BODY), BODY);
      }),
  },
  list: {
    lead: () => 2 * BODY.lineHeight,
    draw: (layout, answer) => drawList(layout, answer.items),
  },
  table: { lead: tableLead, draw: drawTable },
  scorecard: { lead: scorecardLead, draw: drawScorecard },
  checklist: {
    lead: (layout, answer) => {
      const first = answer.items[0];
      return first ? checkItemLayout(layout, first, answer.noteLabel).lead + 3 : 0;
    },
    draw: drawChecklist,
  },
};

type AnyDrawer = {
  lead: (layout: Layout, answer: PdfAnswer) => number;
  draw: (layout: Layout, answer: PdfAnswer, label: string) => void;
};

/** The cast is safe: the map is exhaustive, each entry typed to its own answer type. */
const drawerOf = (answer: PdfAnswer) => answerDrawers[answer.type] as AnyDrawer;

/** The height of a question and the start of its answer, which are kept together. */
export function fieldLead(layout: Layout, block: FieldBlock): number {
  const label = layout.wrap(block.label, layout.contentWidth, LABEL);
  const marker = (block.answered ? 0 : 24) + (block.since ? SINCE.lineHeight + 2 : 0);
  return (
    10 +
    label.length * LABEL.lineHeight +
    4 +
    marker +
    drawerOf(block.answer).lead(layout, block.answer)
  );
}

/**
 * A question and its answer, kept together at the page break. An unanswered question gets a
 * "Not answered yet" box and room to write the answer in during the session.
 */
export function drawField(layout: Layout, block: FieldBlock) {
  const drawer = drawerOf(block.answer);
  const label = layout.wrap(block.label, layout.contentWidth, LABEL);
  layout.need(fieldLead(layout, block));
  layout.gap(10);
  layout.lines(label, LABEL);
  layout.y += 4;
  if (block.since) drawSince(layout, block.since);
  if (!block.answered) drawNotAnswered(layout);
  layout.continueAs(block.label);
  drawer.draw(layout, block.answer, block.label);
  layout.continueAs(null);
  layout.y += 6;
}
