import type { CoverDetail, PdfBlock } from "./pdf-blocks";
import { sinceMark } from "./draw-field";
import type { Layout, Line } from "./layout";
import { BODY, BRAND, LIGHT_RULE, MARKER, SMALL, type Rgb, type TextStyle } from "./page-style";

/** The first page: title band, who and when, and how far each step has got. */
type Cover = Extract<PdfBlock, { type: "cover" }>;

const VALUE: TextStyle = { size: 13, lineHeight: 17 };

export function drawCover(layout: Layout, block: Cover) {
  const { doc, structure, words } = layout;
  layout.bookmark(words.coverBookmark);
  for (const step of block.steps)
    layout.bookmark(layout.say(words.stepBookmark, { number: step.number, title: step.title }));
  const band = 150;
  layout.furniture(() => {
    layout.fill(BRAND);
    doc.rect(0, 0, layout.width, band, "F");
  });
  const white: Rgb = [255, 255, 255];
  structure.within("H1", () =>
    layout.drawLine(layout.own(block.title), layout.left, 48, layout.contentWidth, {
      size: 30,
      lineHeight: 36,
      bold: true,
      colour: white,
    }),
  );
  structure.within("P", () =>
    layout.drawLine(layout.own(block.subtitle), layout.left, 88, layout.contentWidth, {
      size: 14,
      lineHeight: 18,
      colour: white,
    }),
  );
  structure.within("P", () =>
    layout.drawLine(layout.own(words.forSession), layout.left, 110, layout.contentWidth, {
      size: 10.5,
      lineHeight: 14,
      colour: [214, 232, 229],
    }),
  );
  layout.y = band + 32;
  block.details.forEach((detail) => drawDetail(layout, detail));
  // The date is no question: its label and value read as one line.
  layout.need(SMALL.lineHeight + VALUE.lineHeight);
  structure.within("P", () => {
    layout.lines([{ ...layout.own(words.date), space: true }], SMALL);
    layout.lines(layout.wrap(block.date, layout.contentWidth, VALUE), VALUE);
  });
  layout.y += 8;
  if (block.changes) drawChanges(layout, block.changes);
  drawProgress(layout, block.progress);
}

/**
 * An About-you question and its answer, marked new or changed as every other answer is: the
 * mark sits beside the question, so the cover keeps to one page.
 */
function drawDetail(layout: Layout, detail: CoverDetail) {
  const { structure } = layout;
  const value = detail.value ? layout.wrap(detail.value, layout.contentWidth, VALUE) : null;
  const label = layout.wrap(detail.label, layout.contentWidth, SMALL);
  layout.need(label.length * SMALL.lineHeight + (detail.since ? 3 : 0) + VALUE.lineHeight);
  structure.within("H2", () => layout.lines(label, SMALL));
  if (detail.since) {
    const last = label.at(-1)!;
    const x = layout.left + layout.measure(last.text, SMALL) + 8;
    sinceMark(layout, detail.since, x, layout.y - SMALL.lineHeight);
    layout.y += 3;
  }
  structure.within("P", () => {
    if (value) layout.lines(value, VALUE);
    else layout.lines([layout.own(layout.words.notAnswered)], { ...MARKER, lineHeight: 17 });
  });
  layout.y += 8;
}

const PROGRESS_HEAD: TextStyle = { ...SMALL, bold: true };
const PROGRESS_TITLE: TextStyle = { size: 13, lineHeight: 18, bold: true, colour: BRAND };
/** Space around a step's row: as much as the page has room for, between these. */
const ROW_SPACE = { most: 8, least: 4 };

/**
 * Each step's title, how many of its questions are answered, and a bar to show it: a table
 * whose header row names its two columns (the bar only shows the count again). The rows close
 * up to keep the cover to one page; when even then they do not fit (the cover's answers are
 * long), they go on to the next page under the header row again.
 */
function drawProgress(layout: Layout, progress: Cover["progress"]) {
  const { structure } = layout;
  layout.gap(14);
  const headHeight = PROGRESS_HEAD.lineHeight + 4;
  layout.need(PROGRESS_TITLE.lineHeight + 4 + headHeight + BODY.lineHeight + ROW_SPACE.least);
  structure.within("H2", () => layout.lines([layout.own(layout.words.progress)], PROGRESS_TITLE));
  layout.y += 4;
  const columns = progressColumns(layout);
  const titles = progress.map((step) => layout.wrap(step.title, columns.titleWidth, BODY));
  const room = layout.bottom - layout.y - headHeight;
  const text = titles.reduce((sum, lines) => sum + lines.length * BODY.lineHeight, 0);
  const space = Math.min(
    ROW_SPACE.most,
    Math.max(ROW_SPACE.least, Math.floor((room - text) / progress.length)),
  );
  structure.within("Table", () => {
    structure.within("TR", () => drawProgressHead(layout, columns, false));
    progress.forEach((step, i) => {
      const height = titles[i]!.length * BODY.lineHeight + space;
      if (layout.y + height > layout.bottom) {
        layout.newPage();
        layout.furniture(() => drawProgressHead(layout, columns, true), "header");
      }
      structure.within("TR", () => drawProgressRow(layout, step, titles[i]!, height, columns));
    });
  });
  layout.rule(LIGHT_RULE, 0.6, layout.y);
}

/** The header row: TH cells the first time, page furniture when repeated on a new page. */
function drawProgressHead(
  layout: Layout,
  { titleWidth, countX, countWidth }: ReturnType<typeof progressColumns>,
  repeated: boolean,
) {
  const top = layout.y;
  const cell = (draw: () => void) =>
    repeated ? draw() : layout.structure.within("TH", draw, { scope: "Column" });
  cell(() =>
    layout.drawLine(layout.own(layout.words.step), layout.left, top, titleWidth, PROGRESS_HEAD),
  );
  cell(() =>
    layout.drawLine(
      layout.own(layout.words.answered),
      countX,
      top,
      countWidth,
      PROGRESS_HEAD,
      "end",
    ),
  );
  layout.y += PROGRESS_HEAD.lineHeight + 4;
}

function progressColumns(layout: Layout) {
  const barWidth = 70;
  const countWidth = 100;
  return {
    barWidth,
    countWidth,
    titleWidth: layout.contentWidth - 24 - countWidth - barWidth - 16,
    countX: layout.right - barWidth - 10 - countWidth,
  };
}

function drawProgressRow(
  layout: Layout,
  step: Cover["progress"][number],
  title: Line[],
  rowHeight: number,
  { barWidth, countWidth, titleWidth, countX }: ReturnType<typeof progressColumns>,
) {
  const { structure } = layout;
  const top = layout.y + (rowHeight - title.length * BODY.lineHeight) / 2;
  layout.rule(LIGHT_RULE, 0.6, layout.y);
  structure.within("TD", () => {
    const number = layout.say("{n}", { n: step.number });
    layout.drawLine({ ...layout.own(number), space: true }, layout.left, top, 20, {
      ...BODY,
      bold: true,
      colour: BRAND,
    });
    title.forEach((line, i) =>
      layout.drawLine(line, layout.left + 24, top + i * BODY.lineHeight, titleWidth, BODY),
    );
  });
  structure.within("TD", () =>
    layout.drawLine(layout.own(step.words), countX, top, countWidth, BODY, "end"),
  );
  const barX = layout.right - barWidth;
  const barY = top + 4;
  layout.furniture(() => {
    layout.stroke(BRAND, 0.6);
    layout.rect(barX, barY, barWidth, 7, "S");
    if (step.answered > 0) {
      layout.fill(BRAND);
      layout.rect(barX, barY, (barWidth * step.answered) / step.total, 7, "F");
    }
  });
  layout.y += rowHeight;
}

/**
 * "Since your last PDF on 12 Nov: …", under the date and above the progress, for the coach to
 * see at a glance. Its lines go on to the next page if they must, like any paragraph.
 */
function drawChanges(layout: Layout, changes: string) {
  const style: TextStyle = { ...BODY, bold: true, colour: BRAND };
  layout.y += 6;
  const lines = layout.wrap(changes, layout.contentWidth, style);
  layout.need(Math.min(lines.length, 2) * style.lineHeight);
  layout.structure.within("P", () => layout.lines(lines, style));
}
