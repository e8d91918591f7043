/**
 * Lays the PDF out top to bottom: wrapping text to a width, drawing lines of text in either
 * direction, and starting a new page whenever the next piece would not fit.
 */
import type { jsPDF } from "jspdf";
import { speakerFor, type Values } from "../content/catalogue";
import type { PdfWords } from "./pdf-blocks";
import { graphemes, toPrintable, type Coverage } from "./printable-text";
import { INK, LIGHT_RULE, RULE, SMALL, type Rgb, type TextStyle } from "./page-style";
import type { ArtifactKind, Structure } from "./structure";
import type { Typesetter } from "./typeset";

/**
 * One line of wrapped text, and whether its paragraph reads right to left. `space`: the text
 * goes on after a space (the line broke there), so a space is drawn at its end, where it takes
 * no room, for text read back to keep its words apart. `neutral`: its paragraph has no letters
 * (a sum of money, a date, a score), so it reads left to right but starts on the page's side,
 * the right on a right-to-left page, under its question as any answer there does.
 */
export type Line = { text: string; rtl: boolean; space?: boolean; neutral?: boolean };

const STRONG_RTL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * A paragraph's direction is that of its first letter, as the Unicode bidi algorithm has it;
 * null when it has none.
 */
function directionOf(paragraph: string): "rtl" | "ltr" | null {
  const letter = /\p{L}/u.exec(paragraph);
  return letter ? (STRONG_RTL.test(letter[0]) ? "rtl" : "ltr") : null;
}

/** A bookmark in the PDF's outline: its title and the page it opens. */
export type Bookmark = { title: string; page: number };

/** The gap between ruled lines to write on: about 8 mm, room for handwriting. */
export const WRITING_GAP = 24;

/**
 * Lays blocks out top to bottom, starting a new page whenever the next piece would not fit. On
 * a right-to-left page (Arabic, Urdu) everything placed across the page is mirrored: the
 * drawers place things as for left to right, and `box` turns each place round.
 */
export class Layout {
  readonly width: number;
  readonly height: number;
  readonly left = 56;
  readonly right: number;
  readonly top = 56;
  readonly bottom: number;
  y = this.top;
  /** Label of the answer being drawn, repeated at the top of a page it runs on to. */
  private continuing: string | null = null;
  readonly bookmarks: Bookmark[] = [];
  private readonly wrapped = new Map<string, Line[]>();
  /** The PDF's own words: in the language of the questions. */
  readonly words: PdfWords;
  /** Whether the pages read right to left. */
  readonly rtl: boolean;
  private readonly fillIn: (text: string, values?: Values) => string;

  constructor(
    readonly doc: jsPDF,
    private readonly covers: Coverage,
    private readonly type: Typesetter,
    /** What is drawn, element by element, for assistive technology. */
    readonly structure: Structure,
    words: PdfWords,
    /** Told each time a page is started, for a progress display. */
    private readonly onPage: (page: number) => void = () => {},
  ) {
    this.words = words;
    this.rtl = words.rtl;
    this.fillIn = speakerFor(words.locale).fill;
    this.width = doc.internal.pageSize.getWidth();
    this.height = doc.internal.pageSize.getHeight();
    this.right = this.width - this.left;
    this.bottom = this.height - 64;
    onPage(1);
  }

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  /** One of the PDF's own messages, its `{placeholders}` filled in, numbers the language's way. */
  say(text: string, values?: Values): string {
    return this.fillIn(text, values);
  }

  /** A line of the PDF's own words, in the page's direction. */
  own(text: string): Line {
    return { text, rtl: this.rtl };
  }

  /** Whether a line starts at the right of its box: it reads right to left, or has no letters on a right-to-left page. */
  startsRight(line: Line): boolean {
    return line.neutral ?? line.rtl;
  }

  /** Where a box `width` wide placed at `x` (as for left to right) goes on this page. */
  box(x: number, width: number): number {
    return this.rtl ? this.left + this.right - x - width : x;
  }

  /** A rectangle placed as for left to right, mirrored on a right-to-left page. */
  rect(x: number, y: number, width: number, height: number, style: "S" | "F" | "FD") {
    this.doc.rect(this.box(x, width), y, width, height, style);
  }

  /** A line across the page from `x1` to `x2`, placed as for left to right. */
  across(x1: number, x2: number, y: number) {
    this.doc.line(this.box(x1, 0), y, this.box(x2, 0), y);
  }

  /** Adds a bookmark to the outline, opening the current page. */
  bookmark(title: string) {
    this.bookmarks.push({ title, page: this.page });
  }

  get contentWidth(): number {
    return this.right - this.left;
  }

  get atPageTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  newPage() {
    this.doc.addPage();
    this.onPage(this.page);
    this.y = this.top;
    if (this.continuing) {
      const label = this.wrap(
        this.say(this.words.continued, { label: this.continuing }),
        this.contentWidth,
        SMALL,
      );
      this.furniture(() => this.lines(label, SMALL), "header");
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

  /** The printed width of text in a style. */
  measure(text: string, style: TextStyle): number {
    return this.type.width(text, style.bold ?? false, style.size);
  }

  /**
   * Wraps text to a width. Lines break at spaces; a word wider than the line breaks between
   * letters. Characters the font lacks are swapped for a visible mark first.
   */
  wrap(text: string, width: number, style: TextStyle): Line[] {
    // Most text is wrapped twice: to see what must fit on the page, then to draw it.
    const key = `${width} ${style.size} ${style.bold ? "b" : ""} ${text}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      lines = this.wrapOnce(text, width, style);
      this.wrapped.set(key, lines);
    }
    return lines;
  }

  private wrapOnce(text: string, width: number, style: TextStyle): Line[] {
    const lines: Line[] = [];
    const printable = toPrintable(text, this.covers).text;
    const space = this.measure(" ", style);
    for (const paragraph of printable.split("\n")) {
      const direction = directionOf(paragraph);
      const rtl = direction === "rtl";
      const neutral = direction === null && this.rtl && paragraph !== "";
      let line = "";
      let lineWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        const wordWidth = this.measure(word, style);
        if (line && lineWidth + space + wordWidth <= width) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line) lines.push({ text: line, rtl, space: true, ...(neutral && { neutral }) });
        if (wordWidth <= width) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        line = "";
        lineWidth = 0;
        for (const segment of graphemes(word)) {
          const w = this.measure(segment, style);
          if (line && lineWidth + w > width) {
            lines.push({ text: line, rtl, ...(neutral && { neutral }) });
            line = "";
            lineWidth = 0;
          }
          line += segment;
          lineWidth += w;
        }
      }
      lines.push({ text: line, rtl, space: true, ...(neutral && { neutral }) });
    }
    const last = lines.at(-1);
    if (last) delete last.space;
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
    x = this.box(x, width);
    const baseline = top + (style.lineHeight - style.size) / 2 + style.size * 0.8;
    // In the order Chromium shows the line, with the paragraph's own direction; a right-to-left
    // paragraph starts at the right.
    // A line's closing space hangs past its end (its start, right to left, is drawn at the end).
    const set = this.type.set(line.text + (line.space ? " " : ""), line.rtl, style.bold ?? false);
    const hanging = line.space && !line.rtl ? this.measure(" ", style) : 0;
    const used = (set.units * style.size) / 1000 - hanging;
    const toEnd = (align === "end") !== this.startsRight(line);
    const start = align === "center" ? x + (width - used) / 2 : toEnd ? x + width - used : x;
    this.type.draw(set, start, baseline, style.size, style.colour ?? INK);
  }

  /** Draws lines one after another, moving to a new page between any two. */
  lines(lines: Line[], style: TextStyle, x = this.left, width = this.contentWidth) {
    for (const line of lines) {
      this.need(style.lineHeight);
      this.drawLine(line, x, this.y, width, style);
      this.y += style.lineHeight;
    }
  }

  /** Draws what is there only for the look (or, `kind` "header", repeated at a page's top). */
  furniture<T>(draw: () => T, kind: ArtifactKind = "layout"): T {
    return this.structure.artifact(kind, draw);
  }

  fill(colour: Rgb) {
    this.doc.setFillColor(colour[0], colour[1], colour[2]);
  }

  stroke(colour: Rgb, width = 0.6) {
    this.doc.setDrawColor(colour[0], colour[1], colour[2]);
    this.doc.setLineWidth(width);
  }

  rule(colour: Rgb = LIGHT_RULE, width = 0.6, y = this.y) {
    this.furniture(() => {
      this.stroke(colour, width);
      this.doc.line(this.left, y, this.right, y);
    });
  }

  /** Ruled lines to write on, `count` of them, running on to the next page if need be. */
  writingLines(count: number, x = this.left) {
    for (let i = 0; i < count; i++) {
      this.need(WRITING_GAP);
      this.y += WRITING_GAP;
      this.furniture(() => {
        this.stroke(RULE, 0.5);
        this.across(x, this.right, this.y);
      });
    }
    this.y += 4;
  }
}
