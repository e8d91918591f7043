import type { PdfAnswer, PdfBlock } from "./pdf-blocks";
import { checkItemLayout, drawChecklist } from "./draw-checklist";
import { drawScorecard, scorecardLead } from "./draw-scorecard";
import { drawTable, tableLead } from "./draw-table";
import { WRITING_GAP, type Layout } from "./layout";
import { ACCENT, BODY, BRAND, LABEL, MARKER, MUTED, SOFT, type TextStyle } from "./page-style";

const SINCE: TextStyle = { size: 8.5, lineHeight: 12, bold: true, colour: BRAND };
/** The height a "New since" mark takes. */
const SINCE_HEIGHT = SINCE.lineHeight + 4;

type FieldBlock = Extract<PdfBlock, { type: "field" }>;
type AnswerOf<T extends PdfAnswer["type"]> = Extract<PdfAnswer, { type: T }>;

function drawNotAnswered(layout: Layout) {
  const { doc } = layout;
  const text = layout.words.notAnswered;
  const height = 20;
  layout.need(height + 4);
  const width = layout.measure(text, MARKER) + 20;
  layout.furniture(() => {
    layout.stroke(ACCENT, 0.8);
    doc.setLineDashPattern([3, 2], 0);
    layout.rect(layout.left, layout.y, width, height, "S");
    doc.setLineDashPattern([], 0);
  });
  layout.structure.within("P", () =>
    layout.drawLine(
      layout.own(text),
      layout.left + 10,
      layout.y + (height - MARKER.lineHeight) / 2,
      width,
      MARKER,
    ),
  );
  layout.y += height + 4;
}

const LIST_INDENT = 16;
/** A list this short is kept on one page, with its question. */
const SHORT_LIST = { items: 5, lines: 10 };

const listItemLines = (layout: Layout, item: string) =>
  layout.wrap(item, layout.contentWidth - LIST_INDENT, BODY);
const itemHeight = (lines: unknown[]) => lines.length * BODY.lineHeight + 3;

/** How much of a list must fit under its question: all of a short list, else two items. */
function listLead(layout: Layout, items: string[]): number {
  const heights = items.map((item) => itemHeight(listItemLines(layout, item)));
  const lines = heights.reduce((sum, h) => sum + h, 0) / BODY.lineHeight;
  const kept =
    items.length <= SHORT_LIST.items && lines <= SHORT_LIST.lines ? heights : heights.slice(0, 2);
  return kept.reduce((sum, h) => sum + h, 0);
}

/**
 * A bulleted list (L, LI, Lbl and LBody). A page break never leaves the last item alone: the
 * one before it waits for room for both. Each item's bullet is on the side its own words start,
 * whichever way the page reads (`layout.box` of a place is the place itself, turned round).
 */
function drawList(layout: Layout, items: string[]) {
  const { structure } = layout;
  const wrapped = items.map((item) => listItemLines(layout, item));
  layout.need(listLead(layout, items));
  structure.within(
    "L",
    () =>
      wrapped.forEach((lines, i) => {
        const last = wrapped[i + 1];
        layout.need(
          i === wrapped.length - 2 && last ? itemHeight(lines) + itemHeight(last) : BODY.lineHeight,
        );
        const rtl = lines[0] ? layout.startsRight(lines[0]) : false;
        const width = layout.contentWidth - LIST_INDENT;
        structure.within("LI", () => {
          structure.within("Lbl", () => {
            if (rtl)
              layout.drawLine(
                { text: "•", rtl: true },
                layout.box(layout.right - 10, 10),
                layout.y,
                10,
                BODY,
                "end",
              );
            else
              layout.drawLine(
                { text: "•", rtl: false },
                layout.box(layout.left + 4, 10),
                layout.y,
                10,
                BODY,
              );
          });
          structure.within("LBody", () =>
            layout.lines(
              lines,
              BODY,
              layout.box(rtl ? layout.left : layout.left + LIST_INDENT, width),
              width,
            ),
          );
        });
        layout.y += 3;
      }),
    { listNumbering: "Disc" },
  );
}

/** "New since 12 Nov" in a small box, so the coach sees at a glance what moved. */
function drawSince(layout: Layout, text: string) {
  sinceMark(layout, text, layout.left, layout.y);
  layout.y += SINCE_HEIGHT;
}

/** The "New since" mark with its top left at x, y, where the layout has left room for it. */
export function sinceMark(layout: Layout, text: string, x: number, y: number) {
  const width = layout.measure(text, SINCE) + 12;
  layout.furniture(() => {
    layout.fill(SOFT);
    layout.doc.roundedRect(layout.box(x, width), y - 1, width, SINCE.lineHeight + 2, 3, 3, "F");
  });
  layout.structure.within("P", () =>
    layout.drawLine(layout.own(text), x + 6, y, width - 12, SINCE),
  );
}

const WAS: TextStyle = { ...BODY, colour: MUTED };

/** A removed answer's words, as they were: "It said:" and a line per row, item or check. */
function drawWas(layout: Layout, was: string[]) {
  const { structure } = layout;
  structure.within("P", () =>
    layout.lines(layout.wrap(layout.words.itSaid, layout.contentWidth, WAS), WAS),
  );
  if (was.length === 1)
    structure.within("P", () => layout.lines(layout.wrap(was[0]!, layout.contentWidth, WAS), WAS));
  else drawList(layout, was);
  layout.y += 4;
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
        const lines = layout.wrap(paragraph, layout.contentWidth, BODY);
        layout.structure.within("P", () => layout.lines(lines, BODY));
      }),
  },
  list: {
    lead: (layout, answer) => listLead(layout, answer.items),
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
  const marker =
    (block.answered ? 0 : 24) +
    (block.since ? SINCE_HEIGHT : 0) +
    // "It said:" and the start of what it said are kept with the question too.
    (block.was ? 2 * WAS.lineHeight : 0);
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
  layout.structure.within("H2", () => layout.lines(label, LABEL));
  layout.y += 4;
  if (block.since) drawSince(layout, block.since);
  if (block.was) drawWas(layout, block.was);
  if (!block.answered) drawNotAnswered(layout);
  layout.continueAs(block.label);
  drawer.draw(layout, block.answer, block.label);
  layout.continueAs(null);
  layout.y += 6;
}
