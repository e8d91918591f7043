/**
 * Draws PDF blocks with jsPDF. Only loaded when a PDF is asked for: it pulls in jsPDF and needs
 * the DejaVu Sans font bytes, which the caller passes in (fetched in the browser, read from
 * node_modules in tests).
 */
import { BACKUP_ATTACHMENT } from "../lib/backup-attachment";
import { attachFile } from "./attach-file";
import { drawCover } from "./draw-cover";
import { drawField } from "./draw-field";
import { drawFooters, drawNotes } from "./draw-notes";
import { drawStep } from "./draw-step";
import { coverageOf, newDocument, type PdfFonts } from "./fonts";
import { Layout } from "./layout";
import type { PaperSize } from "./page-style";
import type { PdfBlock, PdfInfo } from "./pdf-blocks";

type BlockOf<T extends PdfBlock["type"]> = Extract<PdfBlock, { type: T }>;

/** One drawer per block type: a new type does not compile until it is drawn. */
const blockDrawers: { [T in PdfBlock["type"]]: (layout: Layout, block: BlockOf<T>) => void } = {
  cover: (layout, block) => {
    drawCover(layout, block);
    layout.newPage();
  },
  step: drawStep,
  field: drawField,
  notes: drawNotes,
};

/** The cast is safe: the map is exhaustive, each entry typed to its own block type. */
function drawBlock(layout: Layout, block: PdfBlock) {
  (blockDrawers[block.type] as (layout: Layout, block: PdfBlock) => void)(layout, block);
}

export type WriteOptions = {
  paper?: PaperSize;
  /** A backup file's text, carried inside the PDF so the PDF can restore the workbook. */
  backup?: string | undefined;
};

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
  for (const block of blocks) drawBlock(layout, block);
  drawFooters(layout, info.footer);
  if (options.backup) {
    attachFile(doc, {
      name: BACKUP_ATTACHMENT.fileName,
      text: options.backup,
      description: "The answers in this PDF, for restoring the workbook",
      marker: BACKUP_ATTACHMENT.marker,
      date: new Date(),
    });
  }
  return doc.output("arraybuffer");
}
