import type { PdfBlock } from "./pdf-blocks";
import type { Layout } from "./layout";
import {
  BRAND,
  LIGHT_RULE,
  MUTED,
  PROMPT,
  RULE,
  SMALL,
  STEP_TITLE,
  type TextStyle,
} from "./page-style";

/** The last page: ruled lines for the coach's pen. */
export function drawNotes(layout: Layout, block: Extract<PdfBlock, { type: "notes" }>) {
  const { structure } = layout;
  layout.newPage();
  layout.bookmark(block.title);
  structure.within("H1", () => layout.lines([{ text: block.title, rtl: false }], STEP_TITLE));
  layout.y += 3;
  layout.rule(BRAND, 1.2);
  layout.y += 6;
  structure.within("P", () =>
    layout.lines([{ text: "For you and your coach to write on.", rtl: false }], PROMPT),
  );
  // The small print about the answers inside sits under the ruled lines.
  const small = block.holdsAnswers
    ? layout.wrap(block.holdsAnswers, layout.contentWidth, SMALL)
    : [];
  const end = layout.bottom - 8 - small.length * SMALL.lineHeight - (small.length ? 12 : 0);
  for (let y = layout.y + 26; y <= end; y += 26) layout.rule(RULE, 0.5, y);
  if (small.length) {
    layout.y = layout.bottom - small.length * SMALL.lineHeight;
    structure.within("P", () => layout.lines(small, SMALL));
  }
}

/**
 * The footer's text cut short ("…") until, with `suffix` after it, it fits the line: names are
 * kept to 40 characters, but 40 wide capitals are wider than the page.
 */
function fitted(layout: Layout, text: string, suffix: string, style: TextStyle): string {
  const chars = [...text];
  let shortened = text;
  while (chars.length > 1 && layout.measure(shortened + suffix, style) > layout.contentWidth) {
    chars.pop();
    shortened = `${chars.join("").trimEnd()}…`;
  }
  return shortened;
}

export function drawFooters(layout: Layout, footer: string) {
  const { doc } = layout;
  const pages = doc.getNumberOfPages();
  const style: TextStyle = { size: 8.5, lineHeight: 11, colour: MUTED };
  // As printed (undrawable characters marked), on one line, cut to fit the longest page number.
  const [line] = layout.wrap(footer.replace(/\s+/g, " "), Number.POSITIVE_INFINITY, style);
  const words = fitted(layout, line?.text ?? "", ` · Page ${pages} of ${pages}`, style);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    // Page furniture: a screen reader skips it, as it skips a printed page's footer.
    layout.furniture(() => {
      layout.rule(LIGHT_RULE, 0.6, layout.height - 46);
      // The footer always reads left to right, whatever script the name is in.
      layout.drawLine(
        { text: `${words} · Page ${page} of ${pages}`, rtl: false },
        layout.left,
        layout.height - 40,
        layout.contentWidth,
        style,
        "center",
      );
    }, "footer");
  }
}
