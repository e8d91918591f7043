import type { PdfBlock } from "./pdf-blocks";
import { drawTable } from "./draw-table";
import type { Layout, Line } from "./layout";
import { BODY, BRAND, LABEL, PROMPT, STEP_TITLE, type TextStyle } from "./page-style";

type CoachPage = Extract<PdfBlock, { type: "coachPage" }>;

const QUESTION: TextStyle = { ...BODY, bold: true };
const INDENT = 16;

/** A heading of the page's own (H2), kept with the first lines under it. */
function subheading(layout: Layout, text: string, after: number) {
  const lines = layout.wrap(text, layout.contentWidth, LABEL);
  layout.need(14 + lines.length * LABEL.lineHeight + 4 + after);
  layout.gap(14);
  layout.structure.within("H2", () => layout.lines(lines, LABEL));
  layout.y += 4;
}

/** One comment as a list item: a bullet, the question in bold, then the comment. */
function drawComment(layout: Layout, question: Line[], paragraphs: Line[][]) {
  const { structure } = layout;
  const width = layout.contentWidth - INDENT;
  const rtl = question[0] ? layout.startsRight(question[0]) : false;
  const x = rtl ? layout.left : layout.left + INDENT;
  layout.need((question.length + Math.min(2, paragraphs[0]?.length ?? 0)) * BODY.lineHeight);
  structure.within("LI", () => {
    structure.within("Lbl", () =>
      layout.drawLine(
        { text: "•", rtl },
        rtl ? layout.right - 10 : layout.left + 4,
        layout.y,
        10,
        BODY,
        rtl ? "end" : "start",
      ),
    );
    structure.within("LBody", () => {
      structure.within("P", () => layout.lines(question, QUESTION, x, width));
      paragraphs.forEach((lines, i) => {
        if (i > 0) layout.y += BODY.lineHeight / 2;
        structure.within("P", () => layout.lines(lines, BODY, x, width));
      });
    });
  });
  layout.y += 8;
}

/**
 * The coach's feedback summed up, on a page of its own after the cover: a heading (H1), who sent
 * it and when, the comments as a list, each with its question, and the agreed actions as a
 * table with column headers.
 */
export function drawCoachPage(layout: Layout, block: CoachPage) {
  const { structure } = layout;
  layout.bookmark(block.title);
  structure.within("H1", () =>
    layout.lines(layout.wrap(block.title, layout.contentWidth, STEP_TITLE), STEP_TITLE),
  );
  layout.y += 3;
  layout.rule(BRAND, 1.2);
  layout.y += 7;
  structure.within("P", () =>
    layout.lines(layout.wrap(block.intro, layout.contentWidth, PROMPT), PROMPT),
  );
  if (block.comments.length > 0) {
    const width = layout.contentWidth - INDENT;
    const wrapped = block.comments.map(({ label, text }) => ({
      question: layout.wrap(label, width, QUESTION),
      paragraphs: text.split(/\r?\n\s*\r?\n/).map((p) => layout.wrap(p.trim(), width, BODY)),
    }));
    const first = wrapped[0]!;
    subheading(layout, block.commentsTitle, (first.question.length + 1) * BODY.lineHeight);
    structure.within(
      "L",
      () =>
        wrapped.forEach(({ question, paragraphs }) => drawComment(layout, question, paragraphs)),
      { listNumbering: "Disc" },
    );
  }
  if (block.actions) {
    subheading(layout, block.actionsTitle, 40);
    drawTable(layout, { type: "table", ...block.actions, blankRows: 0 }, block.actionsTitle);
    layout.continueAs(null);
  }
}
