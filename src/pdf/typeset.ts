/**
 * Sets lines of text in the cut fonts: each character in its script group's font, Arabic
 * shaped, the line put in display order by the bidi algorithm, and each piece placed by the
 * very widths the PDF viewer will advance by, so pieces in different fonts meet exactly.
 *
 * Copy and search read back what was typed: glyphs that stand for other characters (a mirrored
 * bracket, a lam-alef ligature) carry an ActualText span, and Arabic letter forms map back to
 * their letters, as in Chromium's own PDFs.
 */
import type { jsPDF, TextOptionsLight } from "jspdf";
import { visualRuns, type VisualRun } from "./bidi-runs";
import { groupOf, type FontGroup } from "./font-groups";

/** The jsPDF font name of one group's face. */
export const fontName = (group: FontGroup, bold: boolean) =>
  `${bold ? "DejaVuSans-Bold" : "DejaVuSans"}-${group}`;

/** jsPDF's own bidi pass would reorder text again; with these it leaves it as given. */
const AS_GIVEN: TextOptionsLight = {
  isInputVisual: true,
  isOutputVisual: true,
  isInputRtl: false,
  isOutputRtl: false,
};

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and Arabic letter forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/;
const ARABIC = /\p{Script=Arabic}/u;
const isLetterForm = (code: number) =>
  (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);

/** The parts of jsPDF's parsed font (TTFFont) this module reads. */
type FontMetrics = {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  toUnicode: Record<string, number>;
};
/** jsPDF internals its types leave out. */
type Internals = {
  write(...text: string[]): void;
  getFont(name: string, style: string): { metadata: FontMetrics };
};

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
  private readonly fonts = new Map<string, { metrics: FontMetrics; units: Map<number, number> }>();

  constructor(
    private readonly doc: jsPDF,
    private readonly groups: ReadonlySet<FontGroup>,
  ) {}

  private get internals(): Internals {
    return this.doc.internal as unknown as Internals;
  }

  private fontOf(code: number, bold: boolean): string {
    const group = groupOf(code);
    return fontName(this.groups.has(group) ? group : "latin", bold);
  }

  /**
   * A character's advance as the PDF will have it: jsPDF writes each glyph's width truncated to
   * a whole thousandth, so summing exact widths would drift from what the viewer draws.
   */
  private unitsOf(font: string, code: number): number {
    let entry = this.fonts.get(font);
    if (!entry) {
      entry = { metrics: this.internals.getFont(font, "normal").metadata, units: new Map() };
      this.fonts.set(font, entry);
    }
    let units = entry.units.get(code);
    if (units === undefined) {
      units = Math.trunc(entry.metrics.widthOfGlyph(entry.metrics.characterToGlyph(code)));
      entry.units.set(code, units);
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
      units += this.unitsOf(this.fontOf(code, bold), code);
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
      const units = this.unitsOf(font, code);
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

  /** Draws pieces from `x` along the baseline; the caller has set the size and colour. */
  draw(pieces: Piece[], x: number, baseline: number, size: number) {
    let at = x;
    for (const piece of pieces) {
      this.doc.setFont(piece.font, "normal");
      if (piece.actual) this.internals.write(`/Span <</ActualText ${utf16Hex(piece.actual)}>> BDC`);
      this.doc.text(piece.text, at, baseline, AS_GIVEN);
      if (piece.actual) this.internals.write("EMC");
      at += (piece.units * size) / 1000;
    }
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
