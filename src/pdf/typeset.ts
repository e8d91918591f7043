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

/** A piece of a line in one font, in drawing order. */
export type Piece = {
  text: string;
  font: string;
  /** Advance in thousandths of the font size. */
  units: number;
  /** What the glyph stands for, when that differs from its own character. */
  actual?: string;
};

const utf16Hex = (text: string) =>
  `<FEFF${Array.from({ length: text.length }, (_, i) =>
    text.charCodeAt(i).toString(16).padStart(4, "0"),
  ).join("")}>`;

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
    const shaped = this.shape(text);
    let units = 0;
    for (let i = 0; i < shaped.length; i++) {
      const code = shaped.charCodeAt(i);
      units += this.unitsOf(this.fontOf(code, bold), code, bold);
    }
    return (units * size) / 1000;
  }

  /** One line as typed, as pieces to draw from the left; `rtl` is its paragraph's direction. */
  pieces(text: string, rtl: boolean, bold: boolean): Piece[] {
    if (!rtl && !RIGHT_TO_LEFT.test(text)) return this.byFont(text, bold);
    return visualRuns(this.shape(text), rtl ? "rtl" : "ltr").flatMap((run) =>
      this.runPieces(run, bold),
    );
  }

  private byFont(text: string, bold: boolean, actual?: string): Piece[] {
    const pieces: Piece[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const font = this.fontOf(code, bold);
      const units = this.unitsOf(font, code, bold);
      const last = pieces.at(-1);
      if (last?.font === font) {
        last.text += text[i];
        last.units += units;
      } else pieces.push({ text: text[i]!, font, units, ...(actual ? { actual } : {}) });
    }
    return pieces;
  }

  /** Splits out the glyphs that stand for something else: mirrored brackets and ligatures. */
  private runPieces(run: VisualRun, bold: boolean): Piece[] {
    const typed = run.rtl ? [...run.logical].reverse().join("") : run.logical;
    const pieces: Piece[] = [];
    let plain = "";
    for (let i = 0; i < run.text.length; i++) {
      const ch = run.text[i]!;
      const original = typed[i] ?? ch;
      const expanded = ch.normalize("NFKC");
      const actual =
        ch !== original
          ? original
          : isLetterForm(ch.charCodeAt(0)) && expanded.length > 1
            ? expanded
            : undefined;
      if (!actual) {
        plain += ch;
        continue;
      }
      pieces.push(...this.byFont(plain, bold), ...this.byFont(ch, bold, actual));
      plain = "";
    }
    pieces.push(...this.byFont(plain, bold));
    return pieces;
  }

  /**
   * A font's jsPDF entry, the first time marked as used: jsPDF embeds only the fonts its own
   * text() has drawn with, so an empty line is drawn once ([""]: a bare "" draws nothing).
   */
  private use(font: string): InUse {
    let used = this.inUse.get(font);
    if (!used) {
      this.doc.setFont(font, "normal");
      this.doc.text([""], 0, 0);
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
   * Draws pieces from `x` along the baseline. The text operators are written directly: jsPDF's
   * text() would shape, reorder and measure each piece again, and was a quarter of the time a
   * PDF took.
   */
  draw(pieces: Piece[], x: number, baseline: number, size: number, colour: Rgb) {
    const fill = `${colour.map((c) => +(c / 255).toFixed(3)).join(" ")} rg`;
    const y = (this.pageHeight - baseline).toFixed(2);
    const ops: string[] = [];
    let at = x;
    for (const piece of pieces) {
      const font = this.use(piece.font);
      const text = `BT /${font.id} ${size} Tf ${fill} ${at.toFixed(2)} ${y} Td (${this.glyphs(font, piece.text)}) Tj ET`;
      ops.push(
        piece.actual ? `/Span <</ActualText ${utf16Hex(piece.actual)}>> BDC ${text} EMC` : text,
      );
      at += (piece.units * size) / 1000;
    }
    this.internals.write(ops.join("\n"));
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
