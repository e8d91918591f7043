import type { PdfAnswer, PdfCheckItem } from "./pdf-blocks";
import type { Layout } from "./layout";
import { BODY, BRAND, INK, MUTED, SMALL, type TextStyle } from "./page-style";

function drawCheckbox(layout: Layout, x: number, y: number, status: string) {
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

/** One checklist item wrapped to its columns, and how much must fit before it starts. */
export function checkItemLayout(layout: Layout, item: PdfCheckItem, noteLabel: string) {
  const textX = layout.left + 20;
  const textWidth = layout.right - CHECK_STATUS_WIDTH - 10 - textX;
  const noteWidth = layout.right - textX;
  const text = layout.wrap(item.text, textWidth, BODY);
  const own = item.own ? layout.wrap("My own check", textWidth, SMALL) : [];
  const label = item.note ? layout.wrap(noteLabel, noteWidth, CHECK_NOTE_LABEL) : [];
  const note = item.note ? layout.wrap(item.note, noteWidth, BODY) : [];
  // The item, its own-check tag and the start of its note stay together.
  const lead =
    BODY.lineHeight * Math.min(text.length, 3) +
    own.length * SMALL.lineHeight +
    label.length * CHECK_NOTE_LABEL.lineHeight +
    Math.min(note.length, 1) * BODY.lineHeight +
    8;
  return { textX, textWidth, noteWidth, text, own, label, note, lead };
}

export function drawChecklist(layout: Layout, answer: Extract<PdfAnswer, { type: "checklist" }>) {
  for (const item of answer.items) {
    const { textX, textWidth, noteWidth, text, own, label, note, lead } = checkItemLayout(
      layout,
      item,
      answer.noteLabel,
    );
    layout.need(lead);
    layout.y += 3;
    drawCheckbox(layout, layout.left + 2, layout.y + 2.5, item.status);
    layout.drawLine(
      { text: item.statusText, rtl: false },
      layout.right - CHECK_STATUS_WIDTH,
      layout.y,
      CHECK_STATUS_WIDTH,
      item.status ? { ...BODY, bold: true } : { ...BODY, colour: MUTED },
      "end",
    );
    layout.lines(text, BODY, textX, textWidth);
    layout.lines(own, SMALL, textX, textWidth);
    layout.lines(label, CHECK_NOTE_LABEL, textX, noteWidth);
    layout.lines(note, BODY, textX, noteWidth);
    layout.y += 4;
    layout.rule();
  }
}
