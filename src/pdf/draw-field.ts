import type { PdfAnswer, PdfBlock } from "./pdf-blocks";
import { NOT_ANSWERED } from "./pdf-blocks";
import { checkItemLayout, drawChecklist } from "./draw-checklist";
import { drawScorecard } from "./draw-scorecard";
import { drawTable } from "./draw-table";
import type { Layout } from "./layout";
import { ACCENT, BODY, FONT, LABEL, MARKER } from "./page-style";

type FieldBlock = Extract<PdfBlock, { type: "field" }>;
type AnswerOf<T extends PdfAnswer["type"]> = Extract<PdfAnswer, { type: T }>;

function drawNotAnswered(layout: Layout) {
  const { doc } = layout;
  const text = NOT_ANSWERED;
  const height = 20;
  layout.need(height + 4);
  doc.setFont(FONT, "bold");
  doc.setFontSize(MARKER.size);
  const width = doc.getStringUnitWidth(text) * MARKER.size + 20;
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

/** Each kind of answer: how much must fit under its question, and how it is drawn. */
const answerDrawers: {
  [T in PdfAnswer["type"]]: {
    lead: (layout: Layout, answer: AnswerOf<T>) => number;
    draw: (layout: Layout, answer: AnswerOf<T>, label: string) => void;
  };
} = {
  empty: { lead: () => 0, draw: () => {} },
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
  // The header and the first two lines of the first row.
  table: { lead: () => 72, draw: drawTable },
  scorecard: { lead: () => 72, draw: drawScorecard },
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

/** A question, its answer (or a "Not answered yet" box), kept together at the page break. */
export function drawField(layout: Layout, block: FieldBlock) {
  const drawer = drawerOf(block.answer);
  const label = layout.wrap(block.label, layout.contentWidth, LABEL);
  const marker = block.answered ? 0 : 24;
  // Keep the question with the start of its answer.
  layout.need(
    10 + label.length * LABEL.lineHeight + 4 + marker + drawer.lead(layout, block.answer),
  );
  layout.gap(10);
  layout.lines(label, LABEL);
  layout.y += 4;
  if (!block.answered) drawNotAnswered(layout);
  layout.continueAs(block.label);
  drawer.draw(layout, block.answer, block.label);
  layout.continueAs(null);
  layout.y += 6;
}
