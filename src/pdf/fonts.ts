/**
 * The embedded DejaVu Sans faces, cut into script groups at build time (scripts/pdf-fonts.ts):
 * putting the groups a PDF needs into a jsPDF document.
 */
import { jsPDF } from "jspdf";
import type { FontFile } from "./font-file";
import { FONT_GROUPS, type FontGroup } from "./font-groups";
import { addParsedFont, tuneCompression } from "./jspdf-internals";
import { PAPER, type PaperSize } from "./page-style";
import { fontName } from "./typeset";

export type FontFaces = {
  regular: FontFile;
  bold: FontFile;
  /** For a group put into PDFs whole: both files as the build compressed them, to embed as is. */
  packed?: { regular: FontFile; bold: FontFile };
};
/** The groups this PDF needs, each with both faces. Latin is always one of them. */
export type PdfFonts = Partial<Record<FontGroup, FontFaces>>;

export const groupsIn = (fonts: PdfFonts) => FONT_GROUPS.filter((group) => fonts[group]);

export function newDocument(fonts: PdfFonts, paper: PaperSize): jsPDF {
  if (!fonts.latin) throw new Error("The Latin font group is missing");
  tuneCompression();
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
    // Each face is a font of its own name, so its style is always "normal".
    addParsedFont(doc, fontName(group, false), faces.regular, faces.packed?.regular);
    addParsedFont(doc, fontName(group, true), faces.bold, faces.packed?.bold);
  }
  doc.setFont(fontName("latin", false), "normal");
  return doc;
}
