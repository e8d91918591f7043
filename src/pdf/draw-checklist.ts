import type { PdfAnswer, PdfCheckItem } from "./pdf-blocks";
import type { Layout } from "./layout";
import { BODY, BRAND, INK, SMALL, type TextStyle } from "./page-style";

/** The item's box, ticked for "yes" and struck through for "not relevant". */
function drawCheckbox(layout: Layout, x: number, y: number, status: string) {
  layout.furniture(() => drawCheckMark(layout, x, y, status));
}

function drawCheckMark(layout: Layout, x: number, y: number, status: string) {
  const { doc } = layout;
  const size = 10;
  layout.stroke(INK, 0.8);
  doc.rect(x, y, size, size, "S");
  if (status === "yes") {
    layout.stroke(BRAND, 1.6);
    doc.lines(
      [
        [2.8, 3.2],
        [5.2, -7.6],
      ],
      x + 1.8,
      y + 5,
      [1, 1],
      "S",
      false,
    );
  } else if (status === "notRelevant") {
    layout.stroke(INK, 1.2);
    doc.line(x + 2.5, y + size / 2, x + size - 2.5, y + size / 2);
  }
}

const CHECK_STATUS_WIDTH = 84;
const CHECK_NOTE_LABEL: TextStyle = { ...SMALL, bold: true };
const OPTION: TextStyle = { ...BODY, size: 9.5 };
const OPTIONS_HEIGHT = BODY.lineHeight + 6;

/** An empty box for each answer the item can have, for the coach to tick one. */
function drawOptionBoxes(layout: Layout, options: string[], x: number) {
  const size = 9;
  let at = x;
  layout.need(OPTIONS_HEIGHT);
  const top = layout.y + 3;
  for (const option of options) {
    const box = at;
    layout.furniture(() => {
      layout.stroke(INK, 0.8);
      layout.doc.rect(box, top + 2.5, size, size, "S");
    });
    at += size + 4;
    layout.drawLine({ text: option, rtl: false }, at, top, layout.right - at, OPTION);
    at += layout.measure(option, OPTION) + 16;
  }
  layout.y += OPTIONS_HEIGHT;
}

/** One checklist item wrapped to its columns, and how much must fit before it starts. */
export function checkItemLayout(layout: Layout, item: PdfCheckItem, noteLabel: string) {
  const textX = layout.left + 20;
  const textWidth = layout.right - CHECK_STATUS_WIDTH - 10 - textX;
  const noteWidth = layout.right - textX;
  const text = layout.wrap(item.text, textWidth, BODY);
  const own = item.own ? layout.wrap("My own check", textWidth, SMALL) : [];
  // The label reads "What I'll change" then the note, a space between.
  const label = item.note
    ? layout
        .wrap(noteLabel, noteWidth, CHECK_NOTE_LABEL)
        .map((line, i, all) => (i === all.length - 1 ? { ...line, space: true } : line))
    : [];
  const note = item.note ? layout.wrap(item.note, noteWidth, BODY) : [];
  // The item, its own-check tag and the start of its note stay together.
  const options = item.status ? 0 : OPTIONS_HEIGHT;
  const lead =
    BODY.lineHeight * Math.min(text.length, 3) +
    own.length * SMALL.lineHeight +
    options +
    label.length * CHECK_NOTE_LABEL.lineHeight +
    Math.min(note.length, 1) * BODY.lineHeight +
    8;
  return { textX, textWidth, noteWidth, text, own, label, note, lead };
}

/**
 * A checklist as a list (L): each item's words, then its answer (or the answers to tick on
 * paper), then whether it is the user's own and their note, in that order for a screen reader
 * though the answer is printed at the right of the item's first line.
 */
export function drawChecklist(layout: Layout, answer: Extract<PdfAnswer, { type: "checklist" }>) {
  const { structure } = layout;
  structure.within("L", () =>
    answer.items.forEach((item) =>
      structure.within("LI", () => structure.within("LBody", () => drawItem(layout, answer, item))),
    ),
  );
}

function drawItem(
  layout: Layout,
  answer: Extract<PdfAnswer, { type: "checklist" }>,
  item: PdfCheckItem,
) {
  const { structure } = layout;
  const { textX, textWidth, noteWidth, text, own, label, note, lead } = checkItemLayout(
    layout,
    item,
    answer.noteLabel,
  );
  layout.need(lead);
  layout.y += 3;
  const words = structure.add("P");
  // An answered item shows its answer; one without gets a box per answer, to tick on paper.
  if (item.status) {
    drawCheckbox(layout, layout.left + 2, layout.y + 2.5, item.status);
    structure.within("P", () =>
      layout.drawLine(
        { text: item.statusText, rtl: false },
        layout.right - CHECK_STATUS_WIDTH,
        layout.y,
        CHECK_STATUS_WIDTH,
        { ...BODY, bold: true },
        "end",
      ),
    );
  }
  structure.into(words, () => layout.lines(text, BODY, textX, textWidth));
  if (own.length) structure.within("P", () => layout.lines(own, SMALL, textX, textWidth));
  if (!item.status) structure.within("P", () => drawOptionBoxes(layout, answer.options, textX));
  if (note.length)
    structure.within("P", () => {
      layout.lines(label, CHECK_NOTE_LABEL, textX, noteWidth);
      layout.lines(note, BODY, textX, noteWidth);
    });
  layout.y += 4;
  layout.rule();
}
