/**
 * Sets lines of text in the cut fonts: each character in its script group's font, Arabic
 * shaped, the line put in display order by the bidi algorithm, and each piece placed by the
 * very widths the PDF viewer will advance by, so pieces in different fonts meet exactly.
 *
 * Copy and search read back what was typed: glyphs that stand for other characters (a mirrored
 * bracket, a lam-alef ligature) carry an ActualText span, and Arabic letter forms map back to
 * their letters, as in Chromium's own PDFs.
 */
import type { jsPDF } from "jspdf";
import { visualRuns, type VisualRun } from "./bidi-runs";
import { FONT_GROUPS, groupOf, type FontGroup } from "./font-groups";
import { internalsOf, type FontMetrics } from "./jspdf-internals";
import type { Rgb } from "./page-style";
import type { Structure } from "./structure";

/** The jsPDF font name of one group's face. */
export const fontName = (group: FontGroup, bold: boolean) =>
  `${bold ? "DejaVuSans-Bold" : "DejaVuSans"}-${group}`;

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and Arabic letter forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/;
/** Arabic letters, which jsPDF shapes into their joining forms. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff]/;
const isLetterForm = (code: number) =>
  (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);

/** A font drawn with in this document, and its glyphs registered so far, as written. */
type InUse = { id: string; metadata: FontMetrics; glyphs: Map<number, string> };

/**
 * A byte in a PDF string: brackets and backslash escaped, and a carriage return, which a reader
 * would otherwise take for a line feed. Bytes above 127 are written in octal, so page contents
 * stay ASCII, which the browser turns into bytes at once to compress (see outputCompressed).
 */
const stringByte = (byte: number) =>
  byte === 0x28 || byte === 0x29 || byte === 0x5c
    ? `\\${String.fromCharCode(byte)}`
    : byte === 0x0d
      ? "\\r"
      : byte > 0x7f
        ? `\\${byte.toString(8)}`
        : String.fromCharCode(byte);

/** A piece of a line in one font. */
export type Piece = {
  /** The glyphs' characters (shaped, mirrored) in the order they are drawn. */
  text: string;
  font: string;
  /** Advance in thousandths of the font size. */
  units: number;
  /** Where its left edge is, from the line's left, in thousandths of the font size. */
  at: number;
  /**
   * Right to left: the glyphs' advances, in typed order. Each glyph is placed by itself, leftwards
   * from the piece's right edge.
   */
  rtl?: number[];
  /** What the glyph stands for, when that differs from its own character. */
  actual?: string;
};

/** A right-to-left run's language and its text as typed, for the structure's Span. */
export type SpanText = { lang: string; text: string };

/** A line set in the fonts: its width and its runs, in the order the line was typed. */
export type SetLine = { units: number; runs: { pieces: Piece[]; span?: SpanText }[] };

/** The language of right-to-left letters: Hebrew, Urdu (by the letters only it uses) or Arabic. */
function languageOf(text: string): string | null {
  if (/[\u0590-\u05ff\ufb1d-\ufb4f]/.test(text)) return "he";
  if (!/[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefe]/.test(text)) return null;
  return /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\ufb66-\ufbaf]/.test(text) ? "ur" : "ar";
}

/** Shaped text back as typed: each Arabic letter form as its letter (lam-alef as two). */
const unshaped = (text: string) =>
  text.replace(/[\ufb50-\ufdff\ufe70-\ufefe]/g, (form) => form.normalize("NFKC"));

export class Typesetter {
  /** Each group's font names, regular then bold; a group not loaded falls back to Latin. */
  private readonly names = new Map<FontGroup, readonly [string, string]>();
  /** Advances by code point and face (code * 2 + bold), asked for every character drawn. */
  private readonly advances = new Map<number, number>();
  private readonly inUse = new Map<string, InUse>();
  private readonly pageHeight: number;

  constructor(
    private readonly doc: jsPDF,
    private readonly groups: ReadonlySet<FontGroup>,
    private readonly structure: Structure,
  ) {
    for (const group of FONT_GROUPS) {
      const loaded = groups.has(group) ? group : "latin";
      this.names.set(group, [fontName(loaded, false), fontName(loaded, true)]);
    }
    this.pageHeight = doc.internal.pageSize.getHeight();
  }

  private get internals() {
    return internalsOf(this.doc);
  }

  private fontOf(code: number, bold: boolean): string {
    return this.names.get(groupOf(code))![bold ? 1 : 0];
  }

  /**
   * A character's advance as the PDF will have it: jsPDF writes each glyph's width truncated to
   * a whole thousandth, so summing exact widths would drift from what the viewer draws.
   */
  private unitsOf(font: string, code: number, bold: boolean): number {
    const key = code * 2 + (bold ? 1 : 0);
    let units = this.advances.get(key);
    if (units === undefined) {
      const metrics = this.internals.getFont(font, "normal").metadata;
      units = Math.trunc(metrics.widthOfGlyph(metrics.characterToGlyph(code)));
      this.advances.set(key, units);
    }
    return units;
  }

  private shape(text: string): string {
    return ARABIC.test(text) ? this.doc.processArabic(text) : text;
  }

  /** The printed width, in points, of text as typed. */
  width(text: string, bold: boolean, size: number): number {
    return (this.unitsOfText(this.shape(text), bold) * size) / 1000;
  }

  private unitsOfText(shaped: string, bold: boolean): number {
    let units = 0;
    for (let i = 0; i < shaped.length; i++) {
      const code = shaped.charCodeAt(i);
      units += this.unitsOf(this.fontOf(code, bold), code, bold);
    }
    return units;
  }

  /**
   * One line as typed, set in the fonts; `rtl` is its paragraph's direction. Runs come in the
   * order they were typed and each sits where the bidi algorithm shows it, so the page's
   * contents read in logical order (as the structure does) while the page looks as Chromium
   * shows the line.
   */
  set(text: string, rtl: boolean, bold: boolean): SetLine {
    if (!rtl && !RIGHT_TO_LEFT.test(text)) {
      const pieces = this.byFont(text, bold, 0);
      return { units: pieces.reduce((sum, p) => sum + p.units, 0), runs: [{ pieces }] };
    }
    let left = 0;
    const runs = visualRuns(this.shape(text), rtl ? "rtl" : "ltr").map((run) => {
      const set = run.rtl
        ? this.rtlRun(run, bold, left)
        : { pieces: this.byFont(run.text, bold, left) };
      left += set.pieces.reduce((sum, p) => sum + p.units, 0);
      return { ...set, start: run.start };
    });
    runs.sort((a, b) => a.start - b.start);
    return {
      units: left,
      runs: runs.map(({ pieces, span }) => (span ? { pieces, span } : { pieces })),
    };
  }

  /** Pieces of one font each, left to right from `at`. */
  private byFont(text: string, bold: boolean, at: number): Piece[] {
    const pieces: Piece[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const font = this.fontOf(code, bold);
      const units = this.unitsOf(font, code, bold);
      const last = pieces.at(-1);
      if (last?.font === font) {
        last.text += text[i];
        last.units += units;
      } else pieces.push({ text: text[i]!, font, units, at });
      at += units;
    }
    return pieces;
  }

  /**
   * A right-to-left run as pieces in typed order, each drawn leftwards from its right edge.
   * A glyph that stands for something else (a mirrored bracket, a lam-alef ligature) is a piece
   * of its own that says what it stands for.
   */
  private rtlRun(run: VisualRun, bold: boolean, left: number) {
    // Drawn glyphs in typed order: the run's display order reversed (brackets stay mirrored).
    const drawn = run.text.split("").reverse().join("");
    const pieces: Piece[] = [];
    let right = left + this.unitsOfText(drawn, bold);
    for (let i = 0; i < drawn.length; i++) {
      const ch = drawn[i]!;
      const code = ch.charCodeAt(0);
      const typed = run.logical[i] ?? ch;
      const expanded = ch.normalize("NFKC");
      const actual =
        ch !== typed ? typed : isLetterForm(code) && expanded.length > 1 ? expanded : undefined;
      const font = this.fontOf(code, bold);
      const units = this.unitsOf(font, code, bold);
      right -= units;
      const last = pieces.at(-1);
      if (!actual && last?.rtl && !last.actual && last.font === font) {
        last.text += ch;
        last.units += units;
        last.at = right;
        last.rtl.push(units);
      } else
        pieces.push({ text: ch, font, units, at: right, rtl: [units], ...(actual && { actual }) });
    }
    const lang = languageOf(run.logical);
    return lang ? { pieces, span: { lang, text: unshaped(run.logical) } } : { pieces };
  }

  /**
   * A font's jsPDF entry, the first time marked as used: jsPDF embeds only the fonts its own
   * text() has drawn with, so an empty line is drawn once ([""]: a bare "" draws nothing), and
   * what that wrote is taken off the page again (it would be an unmarked text operator).
   */
  private use(font: string): InUse {
    let used = this.inUse.get(font);
    if (!used) {
      const lines = this.internals.pages[this.doc.getCurrentPageInfo().pageNumber]!;
      const before = lines.length;
      this.doc.setFont(font, "normal");
      this.doc.text([""], 0, 0);
      lines.length = before;
      const { id, metadata } = this.internals.getFont(font, "normal");
      used = { id, metadata, glyphs: new Map() };
      this.inUse.set(font, used);
    }
    return used;
  }

  /**
   * Text as the font's glyph numbers, two bytes each, for a PDF string; each glyph registered
   * for embedding the first time. Bytes rather than hex: half the text for jsPDF to compress.
   */
  private glyphs(font: InUse, text: string): string {
    const { metadata } = font;
    let bytes = "";
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const glyph = metadata.characterToGlyph(code);
      let written = font.glyphs.get(glyph);
      if (written === undefined) {
        written = stringByte(glyph >> 8) + stringByte(glyph & 0xff);
        font.glyphs.set(glyph, written);
        metadata.glyIdsUsed.push(glyph);
        metadata.Unicode.widths.push(glyph, [Math.trunc(metadata.widthOfGlyph(glyph))]);
      }
      metadata.toUnicode[glyph] = code;
      bytes += written;
    }
    return bytes;
  }

  /**
   * Draws a set line from `x` along the baseline, each piece in its structure element: a
   * right-to-left run in a Span giving its language and its text as typed. The text operators
   * are written directly: jsPDF's text() would shape, reorder and measure each piece again,
   * and was a quarter of the time a PDF took.
   */
  draw(line: SetLine, x: number, baseline: number, size: number, colour: Rgb) {
    const fill = `${colour.map((c) => +(c / 255).toFixed(3)).join(" ")} rg`;
    const y = (this.pageHeight - baseline).toFixed(2);
    const drawRun = (pieces: Piece[]) => {
      for (const piece of pieces) {
        const font = this.use(piece.font);
        this.structure.mark(piece.actual);
        const start = x + (piece.at * size) / 1000;
        const head = `BT /${font.id} ${size} Tf ${fill}`;
        if (!piece.rtl) {
          this.write(
            `${head} ${start.toFixed(2)} ${y} Td (${this.glyphs(font, piece.text)}) Tj ET`,
          );
          continue;
        }
        // Glyph by glyph from the right, each moved to from where the last one started.
        // Each move is between positions rounded alike, so rounding never adds up along a run.
        const ops = [head];
        let right = start + (piece.units * size) / 1000;
        let from = 0;
        piece.rtl.forEach((units, i) => {
          right -= (units * size) / 1000;
          const to = Math.round(right * 100);
          const move =
            i === 0 ? `${(to / 100).toFixed(2)} ${y}` : `${((to - from) / 100).toFixed(2)} 0`;
          ops.push(`${move} Td (${this.glyphs(font, piece.text[i]!)}) Tj`);
          from = to;
        });
        this.write(`${ops.join(" ")} ET`);
      }
    };
    for (const { pieces, span } of line.runs) {
      if (span && !this.structure.drawingFurniture)
        this.structure.within("Span", () => drawRun(pieces), {
          lang: span.lang,
          actualText: span.text,
        });
      else drawRun(pieces);
    }
  }

  private write(ops: string) {
    this.internals.write(ops);
  }

  /**
   * Before output: jsPDF maps each Arabic letter-form glyph to the form it drew; map it to the
   * letter itself, as Chromium does, so copied text is the text that was typed.
   */
  finish() {
    if (!this.groups.has("hebrewArabic")) return;
    for (const bold of [false, true]) {
      const { toUnicode } = this.internals.getFont(
        fontName("hebrewArabic", bold),
        "normal",
      ).metadata;
      for (const [glyph, code] of Object.entries(toUnicode)) {
        if (!isLetterForm(code)) continue;
        const letter = String.fromCharCode(code).normalize("NFKC");
        if (letter.length === 1) toUnicode[glyph] = letter.charCodeAt(0);
      }
    }
  }
}
