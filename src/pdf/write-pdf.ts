/**
 * Draws PDF blocks with jsPDF. Only loaded when a PDF is asked for: it pulls in jsPDF and needs
 * the DejaVu Sans font bytes, which the caller passes in (fetched in the browser, read from
 * node_modules in tests).
 */
import { jsPDF, type TextOptionsLight } from "jspdf";
import {
  NOT_ANSWERED,
  type PdfAnswer,
  type PdfBlock,
  type PdfCheckItem,
  type PdfInfo,
} from "./pdf-blocks";
import {
  findUnprintable,
  fontCoverage,
  toPrintable,
  type Coverage,
  type UnprintableAnswer,
} from "./printable-text";

export type PdfFonts = { regular: ArrayBuffer | Uint8Array; bold: ArrayBuffer | Uint8Array };
export type PaperSize = "a4" | "letter";

const FONT = "DejaVuSans";
const PAPER: Record<PaperSize, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

type Rgb = readonly [number, number, number];
const INK: Rgb = [28, 35, 33];
const MUTED: Rgb = [79, 91, 88];
const BRAND: Rgb = [31, 95, 91];
const RULE: Rgb = [150, 160, 156];
const LIGHT_RULE: Rgb = [213, 217, 212];
const SOFT: Rgb = [227, 239, 237];
const ACCENT: Rgb = [160, 68, 30];

type TextStyle = { size: number; lineHeight: number; bold?: boolean; colour?: Rgb };
const BODY: TextStyle = { size: 10.5, lineHeight: 14.5 };
const SMALL: TextStyle = { size: 8.5, lineHeight: 11.5, colour: MUTED };
const CELL: TextStyle = { size: 9.5, lineHeight: 13 };
const CELL_HEAD: TextStyle = { ...CELL, bold: true };
const LABEL: TextStyle = { size: 11, lineHeight: 15, bold: true };
const PROMPT: TextStyle = { size: 10.5, lineHeight: 14.5, colour: MUTED };
const STEP_TITLE: TextStyle = { size: 17, lineHeight: 22, bold: true, colour: BRAND };
const MARKER: TextStyle = { size: 9.5, lineHeight: 13, bold: true, colour: ACCENT };

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** One line of wrapped text, and whether its paragraph reads right to left. */
type Line = { text: string; rtl: boolean };

const STRONG_RTL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** A paragraph's direction is that of its first letter, as the Unicode bidi algorithm has it. */
function isRtl(paragraph: string): boolean {
  const letter = /\p{L}/u.exec(paragraph);
  return letter ? STRONG_RTL.test(letter[0]) : false;
}

function binaryString(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (let i = 0; i < view.length; i += 0x8000) {
    out += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return out;
}

function newDocument(fonts: PdfFonts, paper: PaperSize): jsPDF {
  const doc = new jsPDF({
    unit: "pt",
    format: PAPER[paper],
    orientation: "portrait",
    compress: true,
  });
  doc.addFileToVFS("DejaVuSans.ttf", binaryString(fonts.regular));
  doc.addFont("DejaVuSans.ttf", FONT, "normal", 400, "Identity-H");
  doc.addFileToVFS("DejaVuSans-Bold.ttf", binaryString(fonts.bold));
  doc.addFont("DejaVuSans-Bold.ttf", FONT, "normal", 700, "Identity-H");
  doc.setFont(FONT, "normal");
  return doc;
}

const coverageCache = new WeakMap<PdfFonts, Coverage>();

/**
 * What both faces can draw. Arabic letters are drawn as contextual forms (jsPDF's Arabic
 * shaping), so a letter only counts when the font has every form jsPDF may pick for it.
 */
export function coverageOf(fonts: PdfFonts): Coverage {
  const cached = coverageCache.get(fonts);
  if (cached) return cached;
  const regular = fontCoverage(fonts.regular);
  const bold = fontCoverage(fonts.bold);
  const shaper = new jsPDF();
  const arabic = /\p{Script=Arabic}/u;
  const arabicChecked = new Map<number, boolean>();
  const inBoth = (cp: number) => regular.has(cp) && bold.has(cp);
  const covers: Coverage = (cp) => {
    // jsPDF looks glyphs up one UTF-16 unit at a time, so nothing beyond the BMP can print,
    // whatever the font holds (DejaVu has some emoji, but jsPDF would drop them).
    if (cp > 0xffff || !inBoth(cp)) return false;
    const ch = String.fromCodePoint(cp);
    if (!arabic.test(ch)) return true;
    let ok = arabicChecked.get(cp);
    if (ok === undefined) {
      const beh = "\u0628";
      const forms = [ch, beh + ch, ch + beh, beh + ch + beh].map((s) => shaper.processArabic(s));
      ok = forms.every((s) => [...s].every((f) => inBoth(f.codePointAt(0)!)));
      arabicChecked.set(cp, ok);
    }
    return ok;
  };
  coverageCache.set(fonts, covers);
  return covers;
}

/** The answers holding characters the PDF cannot print. Ask before writing, to warn the user. */
export function unprintableAnswers(blocks: PdfBlock[], fonts: PdfFonts): UnprintableAnswer[] {
  return findUnprintable(blocks, coverageOf(fonts));
}

/** Lays blocks out top to bottom, starting a new page whenever the next piece would not fit. */
class Layout {
  readonly width: number;
  readonly height: number;
  readonly left = 56;
  readonly right: number;
  readonly top = 56;
  readonly bottom: number;
  y = this.top;
  /** Label of the answer being drawn, repeated at the top of a page it runs on to. */
  private continuing: string | null = null;

  constructor(
    readonly doc: jsPDF,
    private readonly covers: Coverage,
  ) {
    this.width = doc.internal.pageSize.getWidth();
    this.height = doc.internal.pageSize.getHeight();
    this.right = this.width - this.left;
    this.bottom = this.height - 64;
  }

  get contentWidth(): number {
    return this.right - this.left;
  }

  get atPageTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  newPage() {
    this.doc.addPage();
    this.y = this.top;
    if (this.continuing) {
      this.lines(this.wrap(`${this.continuing} (continued)`, this.contentWidth, SMALL), SMALL);
      this.y += 4;
    }
  }

  /** Moves to a new page unless `height` still fits on this one. */
  need(height: number) {
    if (this.y + height > this.bottom && !this.atPageTop) this.newPage();
  }

  gap(height: number) {
    if (!this.atPageTop) this.y += height;
  }

  continueAs(label: string | null) {
    this.continuing = label;
  }

  private useStyle(style: TextStyle) {
    this.doc.setFont(FONT, style.bold ? "bold" : "normal");
    this.doc.setFontSize(style.size);
    const [r, g, b] = style.colour ?? INK;
    this.doc.setTextColor(r, g, b);
  }

  private measure(text: string, style: TextStyle): number {
    this.useStyle(style);
    return this.doc.getStringUnitWidth(text) * style.size;
  }

  /**
   * Wraps text to a width. Lines break at spaces; a word wider than the line breaks between
   * letters. Characters the font lacks are swapped for a visible mark first.
   */
  wrap(text: string, width: number, style: TextStyle): Line[] {
    const lines: Line[] = [];
    const printable = toPrintable(text, this.covers).text;
    const space = this.measure(" ", style);
    for (const paragraph of printable.split("\n")) {
      const rtl = isRtl(paragraph);
      let line = "";
      let lineWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        const wordWidth = this.measure(word, style);
        if (line && lineWidth + space + wordWidth <= width) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line) lines.push({ text: line, rtl });
        if (wordWidth <= width) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        line = "";
        lineWidth = 0;
        for (const { segment } of graphemes.segment(word)) {
          const w = this.measure(segment, style);
          if (line && lineWidth + w > width) {
            lines.push({ text: line, rtl });
            line = "";
            lineWidth = 0;
          }
          line += segment;
          lineWidth += w;
        }
      }
      lines.push({ text: line, rtl });
    }
    return lines;
  }

  /** Draws one line in a box `width` wide whose top is at `top`. */
  drawLine(
    line: Line,
    x: number,
    top: number,
    width: number,
    style: TextStyle,
    align: "start" | "center" | "end" = "start",
  ) {
    this.useStyle(style);
    const baseline = top + (style.lineHeight - style.size) / 2 + style.size * 0.8;
    // jsPDF's bidi engine turns logical order into the visual order a PDF needs, with the
    // paragraph's own base direction, so Arabic and Hebrew read right to left.
    const bidi: TextOptionsLight = {
      isInputVisual: false,
      isOutputVisual: true,
      isInputRtl: line.rtl,
      isOutputRtl: false,
      isSymmetricSwapping: true,
    };
    const toEnd = (align === "end") !== line.rtl;
    if (align === "center")
      this.doc.text(line.text, x + width / 2, baseline, { ...bidi, align: "center" });
    else if (toEnd) this.doc.text(line.text, x + width, baseline, { ...bidi, align: "right" });
    else this.doc.text(line.text, x, baseline, bidi);
  }

  /** Draws lines one after another, moving to a new page between any two. */
  lines(lines: Line[], style: TextStyle, x = this.left, width = this.contentWidth) {
    for (const line of lines) {
      this.need(style.lineHeight);
      this.drawLine(line, x, this.y, width, style);
      this.y += style.lineHeight;
    }
  }

  fill(colour: Rgb) {
    this.doc.setFillColor(colour[0], colour[1], colour[2]);
  }

  stroke(colour: Rgb, width = 0.6) {
    this.doc.setDrawColor(colour[0], colour[1], colour[2]);
    this.doc.setLineWidth(width);
  }

  rule(colour: Rgb = LIGHT_RULE, width = 0.6, y = this.y) {
    this.stroke(colour, width);
    this.doc.line(this.left, y, this.right, y);
  }
}

function drawCover(layout: Layout, block: Extract<PdfBlock, { type: "cover" }>) {
  const { doc } = layout;
  const band = 150;
  layout.fill(BRAND);
  doc.rect(0, 0, layout.width, band, "F");
  const white: Rgb = [255, 255, 255];
  layout.drawLine({ text: block.title, rtl: false }, layout.left, 48, layout.contentWidth, {
    size: 30,
    lineHeight: 36,
    bold: true,
    colour: white,
  });
  layout.drawLine({ text: block.subtitle, rtl: false }, layout.left, 88, layout.contentWidth, {
    size: 14,
    lineHeight: 18,
    colour: white,
  });
  layout.drawLine(
    { text: "For my enterprise coaching session", rtl: false },
    layout.left,
    110,
    layout.contentWidth,
    { size: 10.5, lineHeight: 14, colour: [214, 232, 229] },
  );
  layout.y = band + 32;

  const details = [...block.details, { label: "Date", value: block.date, fieldId: "" }];
  for (const detail of details) {
    const value = detail.value
      ? layout.wrap(detail.value, layout.contentWidth, { size: 13, lineHeight: 17 })
      : null;
    layout.need(SMALL.lineHeight + 17);
    layout.lines(layout.wrap(detail.label, layout.contentWidth, SMALL), SMALL);
    if (value) layout.lines(value, { size: 13, lineHeight: 17 });
    else layout.lines([{ text: NOT_ANSWERED, rtl: false }], { ...MARKER, lineHeight: 17 });
    layout.y += 8;
  }

  layout.gap(14);
  const heading: TextStyle = { size: 13, lineHeight: 18, bold: true, colour: BRAND };
  layout.need(heading.lineHeight + 40);
  layout.lines([{ text: "Progress", rtl: false }], heading);
  layout.y += 4;
  const barWidth = 70;
  const countWidth = 100;
  const titleWidth = layout.contentWidth - 24 - countWidth - barWidth - 16;
  for (const step of block.progress) {
    const title = layout.wrap(step.title, titleWidth, BODY);
    const rowHeight = title.length * BODY.lineHeight + 8;
    layout.need(rowHeight);
    const top = layout.y + 4;
    layout.rule(LIGHT_RULE, 0.6, layout.y);
    layout.drawLine({ text: String(step.number), rtl: false }, layout.left, top, 20, {
      ...BODY,
      bold: true,
      colour: BRAND,
    });
    title.forEach((line, i) =>
      layout.drawLine(line, layout.left + 24, top + i * BODY.lineHeight, titleWidth, BODY),
    );
    const count =
      step.answered === step.total
        ? "All answered"
        : step.answered === 0
          ? "Not started"
          : `${step.answered} of ${step.total} answered`;
    const countX = layout.right - barWidth - 10 - countWidth;
    layout.drawLine({ text: count, rtl: false }, countX, top, countWidth, BODY, "end");
    const barX = layout.right - barWidth;
    const barY = top + 4;
    layout.stroke(BRAND, 0.6);
    doc.rect(barX, barY, barWidth, 7, "S");
    if (step.answered > 0) {
      layout.fill(BRAND);
      doc.rect(barX, barY, (barWidth * step.answered) / step.total, 7, "F");
    }
    layout.y += rowHeight;
  }
  layout.rule(LIGHT_RULE, 0.6, layout.y);
}

function drawStep(layout: Layout, block: Extract<PdfBlock, { type: "step" }>) {
  const prompt = layout.wrap(block.prompt, layout.contentWidth, PROMPT);
  const title = layout.wrap(block.title, layout.contentWidth, STEP_TITLE);
  // A step heading never sits alone at the foot of a page.
  layout.need(
    SMALL.lineHeight + title.length * STEP_TITLE.lineHeight + 8 + 2 * PROMPT.lineHeight + 60,
  );
  layout.gap(22);
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

function drawTable(layout: Layout, answer: Extract<PdfAnswer, { type: "table" }>, label: string) {
  const { doc } = layout;
  const pad = 5;
  const columns = answer.headings.length;
  // Share the width by how much each column holds, so a short "By when" stays narrow.
  const weights = answer.headings.map((heading, c) => {
    const chars = answer.rows.reduce((sum, row) => sum + (row[c]?.length ?? 0), heading.length);
    return Math.sqrt(chars / (answer.rows.length + 1));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const minShare = 0.6 / columns;
  const shares = weights.map((w) => Math.max(minShare, w / total));
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => (layout.contentWidth * s) / shareTotal);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const headLines = answer.headings.map((h, c) => layout.wrap(h, widths[c]! - 2 * pad, CELL_HEAD));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * CELL_HEAD.lineHeight + 2 * pad;

  const drawHeader = () => {
    // Text sets the fill colour too, so every box is filled before any heading is written.
    layout.fill(SOFT);
    layout.stroke(RULE);
    answer.headings.forEach((_, c) => doc.rect(xs[c]!, layout.y, widths[c]!, headHeight, "FD"));
    answer.headings.forEach((_, c) => {
      headLines[c]!.forEach((line, i) =>
        layout.drawLine(
          line,
          xs[c]! + pad,
          layout.y + pad + i * CELL_HEAD.lineHeight,
          widths[c]! - 2 * pad,
          CELL_HEAD,
        ),
      );
    });
    layout.y += headHeight;
  };

  const rows = answer.rows.map((row) =>
    answer.headings.map((_, c) => layout.wrap(row[c] ?? "", widths[c]! - 2 * pad, CELL)),
  );
  layout.need(
    headHeight +
      Math.min(2, Math.max(...(rows[0] ?? [[]]).map((l) => l.length))) * CELL.lineHeight +
      2 * pad,
  );
  layout.continueAs(label);
  drawHeader();

  for (const cells of rows) {
    let remaining = cells;
    let continuation = false;
    while (remaining.some((lines) => lines.length > 0)) {
      const most = Math.max(...remaining.map((lines) => lines.length));
      const room = Math.floor((layout.bottom - layout.y - 2 * pad) / CELL.lineHeight);
      let take = Math.min(most, room);
      // A row splits only with at least two of its lines on each side of the page break.
      if (take < most && most - take < 2) take = most - 2;
      if (take < most && take < 2) {
        layout.newPage();
        drawHeader();
        continue;
      }
      const height = take * CELL.lineHeight + 2 * pad;
      const continues = take < most;
      layout.stroke(RULE);
      remaining.forEach((lines, c) => {
        const x = xs[c]!;
        const w = widths[c]!;
        doc.rect(x, layout.y, w, height, "S");
        lines
          .slice(0, take)
          .forEach((line, i) =>
            layout.drawLine(line, x + pad, layout.y + pad + i * CELL.lineHeight, w - 2 * pad, CELL),
          );
        if (continuation && lines.length === 0) {
          layout.drawLine(
            { text: "(continued)", rtl: false },
            x + pad,
            layout.y + pad,
            w - 2 * pad,
            {
              ...CELL,
              colour: MUTED,
            },
          );
        }
      });
      if (continues) {
        // A dashed foot shows the row goes on over the page.
        layout.fill([255, 255, 255]);
        doc.rect(layout.left, layout.y + height - 0.6, layout.contentWidth, 1.2, "F");
        layout.stroke(RULE);
        doc.setLineDashPattern([2, 2], 0);
        doc.line(layout.left, layout.y + height, layout.right, layout.y + height);
        doc.setLineDashPattern([], 0);
        layout.newPage();
        drawHeader();
        continuation = true;
      } else {
        layout.y += height;
      }
      remaining = remaining.map((lines) => lines.slice(take));
    }
  }
}

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
function checkItemLayout(layout: Layout, item: PdfCheckItem, noteLabel: string) {
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

function drawChecklist(layout: Layout, answer: Extract<PdfAnswer, { type: "checklist" }>) {
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

/** How much of an answer must fit under its question for the two to stay together. */
function leadHeight(layout: Layout, block: Extract<PdfBlock, { type: "field" }>): number {
  const marker = block.answered ? 0 : 24;
  const answer = block.answer;
  switch (answer.type) {
    case "empty":
      return marker;
    case "text": {
      const first = layout.wrap(answer.paragraphs[0] ?? "", layout.contentWidth, BODY);
      return marker + Math.min(first.length, 2) * BODY.lineHeight;
    }
    case "list":
      return marker + 2 * BODY.lineHeight;
    case "table":
      return marker + 72; // the header and the first two lines of the first row
    case "checklist": {
      const first = answer.items[0];
      return marker + (first ? checkItemLayout(layout, first, answer.noteLabel).lead + 3 : 0);
    }
  }
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

function drawField(layout: Layout, block: Extract<PdfBlock, { type: "field" }>) {
  const label = layout.wrap(block.label, layout.contentWidth, LABEL);
  // Keep the question with the start of its answer.
  layout.need(10 + label.length * LABEL.lineHeight + 4 + leadHeight(layout, block));
  layout.gap(10);
  layout.lines(label, LABEL);
  layout.y += 4;
  if (!block.answered) drawNotAnswered(layout);
  const answer = block.answer;
  layout.continueAs(block.label);
  switch (answer.type) {
    case "empty":
      break;
    case "text":
      answer.paragraphs.forEach((paragraph, i) => {
        if (i > 0) layout.y += BODY.lineHeight / 2;
        layout.lines(layout.wrap(paragraph, layout.contentWidth, BODY), BODY);
      });
      break;
    case "list":
      drawList(layout, answer.items);
      break;
    case "table":
      drawTable(layout, answer, block.label);
      break;
    case "checklist":
      drawChecklist(layout, answer);
      break;
  }
  layout.continueAs(null);
  layout.y += 6;
}

function drawNotes(layout: Layout, block: Extract<PdfBlock, { type: "notes" }>) {
  layout.newPage();
  layout.lines([{ text: block.title, rtl: false }], STEP_TITLE);
  layout.y += 3;
  layout.rule(BRAND, 1.2);
  layout.y += 6;
  layout.lines([{ text: "For you and your coach to write on.", rtl: false }], PROMPT);
  for (let y = layout.y + 26; y <= layout.bottom - 8; y += 26) layout.rule(RULE, 0.5, y);
}

function drawFooters(layout: Layout, footer: string) {
  const { doc } = layout;
  const pages = doc.getNumberOfPages();
  const style: TextStyle = { size: 8.5, lineHeight: 11, colour: MUTED };
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    layout.rule(LIGHT_RULE, 0.6, layout.height - 46);
    const [text] = layout.wrap(
      `${footer} · Page ${page} of ${pages}`,
      layout.contentWidth * 4,
      style,
    );
    // The footer always reads left to right, whatever script the name is in.
    layout.drawLine(
      { text: text?.text ?? "", rtl: false },
      layout.left,
      layout.height - 40,
      layout.contentWidth,
      style,
      "center",
    );
  }
}

export type WriteOptions = { paper?: PaperSize };

/** The PDF as bytes. Characters the font lacks print as a visible mark; nothing else changes. */
export function writePdf(
  blocks: PdfBlock[],
  info: PdfInfo,
  fonts: PdfFonts,
  options: WriteOptions = {},
): ArrayBuffer {
  const doc = newDocument(fonts, options.paper ?? "a4");
  doc.setDocumentProperties({
    title: info.title,
    subject: info.subject,
    author: info.author,
    creator: "Keeping customers workbook",
  });
  doc.setLanguage("en-GB");
  doc.viewerPreferences({ DisplayDocTitle: true });

  const layout = new Layout(doc, coverageOf(fonts));
  for (const block of blocks) {
    switch (block.type) {
      case "cover":
        drawCover(layout, block);
        layout.newPage();
        break;
      case "step":
        drawStep(layout, block);
        break;
      case "field":
        drawField(layout, block);
        break;
      case "notes":
        drawNotes(layout, block);
        break;
    }
  }
  drawFooters(layout, info.footer);
  return doc.output("arraybuffer");
}
