import type { Layout } from "./layout";
import { BODY, BRAND, SOFT, type TextStyle } from "./page-style";
import type { PdfBlock } from "./pdf-blocks";

const HEADING: TextStyle = { size: 9.5, lineHeight: 13, bold: true, colour: BRAND };

/** "Your coach said", set off by a bar in the margin, under the answer it is about. */
export function drawCoachComment(
  layout: Layout,
  block: Extract<PdfBlock, { type: "coachComment" }>,
) {
  const indent = 12;
  const width = layout.contentWidth - indent;
  const said = layout.say(layout.words.saidOn, { said: block.heading, question: block.label });
  const heading = layout.wrap(said, width, HEADING);
  const paragraphs = block.text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => layout.wrap(p.trim(), width, BODY));
  layout.need(heading.length * HEADING.lineHeight + 2 * BODY.lineHeight + 8);
  const { structure } = layout;
  const startPage = layout.doc.getNumberOfPages();
  const top = layout.y;
  structure.within("H3", () => layout.lines(heading, HEADING, layout.left + indent, width));
  layout.continueAs(block.heading);
  paragraphs.forEach((lines, i) => {
    if (i > 0) layout.y += BODY.lineHeight / 2;
    structure.within("P", () => layout.lines(lines, BODY, layout.left + indent, width));
  });
  layout.continueAs(null);
  // A bar in the margin marks the comment; on the page it ends on, if it ran over.
  const barTop = layout.doc.getNumberOfPages() === startPage ? top : layout.top;
  layout.furniture(() => {
    layout.fill(SOFT);
    layout.rect(layout.left, barTop, 4, layout.y - barTop, "F");
  });
  layout.y += 8;
}
