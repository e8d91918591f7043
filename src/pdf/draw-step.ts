import type { PdfBlock } from "./pdf-blocks";
import type { Layout } from "./layout";
import { BRAND, PROMPT, SMALL, STEP_TITLE } from "./page-style";

/** A step's number, title and prompt, kept with the start of what follows. */
export function drawStep(layout: Layout, block: Extract<PdfBlock, { type: "step" }>) {
  const prompt = layout.wrap(block.prompt, layout.contentWidth, PROMPT);
  const title = layout.wrap(block.title, layout.contentWidth, STEP_TITLE);
  // A step heading never sits alone at the foot of a page: the start of its first question
  // (label, the "Not answered yet" box and two lines to write on, if unanswered) comes too.
  const firstQuestion = 110;
  layout.need(
    SMALL.lineHeight +
      title.length * STEP_TITLE.lineHeight +
      8 +
      2 * PROMPT.lineHeight +
      firstQuestion,
  );
  layout.gap(22);
  layout.bookmark(`Step ${block.number}: ${block.title}`);
  layout.lines([{ text: `Step ${block.number}`, rtl: false }], {
    ...SMALL,
    bold: true,
    colour: BRAND,
  });
  layout.lines(title, STEP_TITLE);
  layout.y += 3;
  layout.rule(BRAND, 1.2);
  layout.y += 7;
  layout.lines(prompt, PROMPT);
  layout.y += 10;
}
