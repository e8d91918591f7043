/**
 * The embedded DejaVu Sans faces: putting them in a jsPDF document, and knowing which
 * characters they can draw.
 */
import { jsPDF } from "jspdf";
import type { PdfBlock } from "./pdf-blocks";
import { FONT, PAPER, type PaperSize } from "./page-style";
import {
  findUnprintable,
  fontCoverage,
  type Coverage,
  type UnprintableAnswer,
} from "./printable-text";

export type PdfFonts = { regular: ArrayBuffer | Uint8Array; bold: ArrayBuffer | Uint8Array };

function binaryString(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (let i = 0; i < view.length; i += 0x8000) {
    out += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return out;
}

export function newDocument(fonts: PdfFonts, paper: PaperSize): jsPDF {
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
