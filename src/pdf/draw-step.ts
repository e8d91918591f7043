import type { PdfBlock } from "./pdf-blocks";
import type { Layout } from "./layout";
import { BRAND, PROMPT, SMALL, STEP_TITLE } from "./page-style";

/**
 * A step's number, title and prompt. A step heading never sits alone at the foot of a page:
 * `firstQuestion` is the height of what must come with it (its first question, the start of the
 * answer, and any lines to write on).
 */
export function drawStep(
  layout: Layout,
  block: Extract<PdfBlock, { type: "step" }>,
  firstQuestion: number,
) {
  const prompt = layout.wrap(block.prompt, layout.contentWidth, PROMPT);
  const title = layout.wrap(block.title, layout.contentWidth, STEP_TITLE);
  layout.need(
    22 +
      SMALL.lineHeight +
      title.length * STEP_TITLE.lineHeight +
      10 +
      prompt.length * PROMPT.lineHeight +
      10 +
      firstQuestion,
  );
  layout.gap(22);
  layout.bookmark(`Step ${block.number}: ${block.title}`);
  // The heading reads "Step 2 Why customer service matters".
  layout.structure.within("H1", () => {
    layout.lines([{ text: `Step ${block.number}`, rtl: false, space: true }], {
      ...SMALL,
      bold: true,
      colour: BRAND,
    });
    layout.lines(title, STEP_TITLE);
  });
  layout.y += 3;
  layout.rule(BRAND, 1.2);
  layout.y += 7;
  layout.structure.within("P", () => layout.lines(prompt, PROMPT));
  layout.y += 10;
}
