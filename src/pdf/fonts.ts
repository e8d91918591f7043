/**
 * The embedded DejaVu Sans faces, cut into script groups at build time (scripts/pdf-fonts.ts):
 * putting the groups a PDF needs into a jsPDF document.
 */
import { jsPDF } from "jspdf";
import { FONT_GROUPS, type FontGroup } from "./font-groups";
import { PAPER, type PaperSize } from "./page-style";
import { fontName } from "./typeset";

/** A font file's bytes, or the same as a binary string (what jsPDF reads). */
export type FontFile = ArrayBuffer | Uint8Array | string;
export type FontFaces = { regular: FontFile; bold: FontFile };
/** The groups this PDF needs, each with both faces. Latin is always one of them. */
export type PdfFonts = Partial<Record<FontGroup, FontFaces>>;

export function binaryString(file: FontFile): string {
  if (typeof file === "string") return file;
  const view = file instanceof Uint8Array ? file : new Uint8Array(file);
  let out = "";
  for (let i = 0; i < view.length; i += 0x8000) {
    out += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return out;
}

export const groupsIn = (fonts: PdfFonts) => FONT_GROUPS.filter((group) => fonts[group]);

export function newDocument(fonts: PdfFonts, paper: PaperSize): jsPDF {
  if (!fonts.latin) throw new Error("The Latin font group is missing");
  const doc = new jsPDF({
    unit: "pt",
    format: PAPER[paper],
    orientation: "portrait",
    compress: true,
    // Embeds only the faces the text used, and none of jsPDF's standard fonts.
    putOnlyUsedFonts: true,
  });
  for (const group of groupsIn(fonts)) {
    const faces = fonts[group]!;
    for (const bold of [false, true]) {
      const name = fontName(group, bold);
      doc.addFileToVFS(`${name}.ttf`, binaryString(bold ? faces.bold : faces.regular));
      // Each face is a font of its own name, so its style is always "normal".
      doc.addFont(`${name}.ttf`, name, "normal", "Identity-H");
    }
  }
  doc.setFont(fontName("latin", false), "normal");
  return doc;
}
