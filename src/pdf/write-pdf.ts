/**
 * Draws PDF blocks with jsPDF. Runs in the PDF worker (pdf-worker.ts), or in Node for tests: it
 * pulls in jsPDF and needs the font groups' bytes, which the caller passes in (fetched by the
 * page, or made by scripts/pdf-fonts.ts in tests).
 */
import { BACKUP_ATTACHMENT } from "../lib/backup-attachment";
import { attachFile } from "./attach-file";
import { drawCoachComment } from "./draw-coach-comment";
import { drawCoachPage } from "./draw-coach-page";
import { drawCover } from "./draw-cover";
import { drawField, fieldLead } from "./draw-field";
import { drawFooters, drawNotes } from "./draw-notes";
import { drawStep } from "./draw-step";
import type { PrintableRanges } from "./font-groups";
import { groupsIn, newDocument, type PdfFonts } from "./fonts";
import { outputCompressed, pageContents, setPdfVersion, type StreamAhead } from "./jspdf-internals";
import { Layout } from "./layout";
import type { PaperSize } from "./page-style";
import type { PdfBlock, PdfInfo } from "./pdf-blocks";
import { coverageOf } from "./printable-text";
import { Structure, type StructNode } from "./structure";
import { writeStructure } from "./structure-output";
import { Typesetter } from "./typeset";

type BlockOf<T extends PdfBlock["type"]> = Extract<PdfBlock, { type: T }>;

type Drawer<B> = (layout: Layout, block: B, next: PdfBlock | undefined) => void;

/** One drawer per block type: a new type does not compile until it is drawn. */
const blockDrawers: { [T in PdfBlock["type"]]: Drawer<BlockOf<T>> } = {
  cover: (layout, block) => {
    drawCover(layout, block);
    layout.newPage();
  },
  step: (layout, block, next) =>
    drawStep(layout, block, next?.type === "field" ? fieldLead(layout, next) : 0),
  field: drawField,
  notes: drawNotes,
  coachComment: drawCoachComment,
  coachPage: (layout, block) => {
    drawCoachPage(layout, block);
    layout.newPage();
  },
};

/** The cast is safe: the map is exhaustive, each entry typed to its own block type. */
function drawBlock(layout: Layout, block: PdfBlock, next: PdfBlock | undefined) {
  (blockDrawers[block.type] as Drawer<PdfBlock>)(layout, block, next);
}

/**
 * Every block in reading order, in the structure: the cover, each step and the notes page a
 * section (Sect) of their own, holding the questions and comments that follow them.
 */
function drawBlocks(layout: Layout, blocks: PdfBlock[]) {
  const { structure } = layout;
  let section: StructNode | null = null;
  blocks.forEach((block, i) => {
    if (block.type !== "field" && block.type !== "coachComment") {
      if (section) structure.close(section);
      section = structure.open("Sect");
    }
    drawBlock(layout, block, blocks[i + 1]);
  });
  if (section) structure.close(section);
}

export type WriteOptions = {
  paper?: PaperSize;
  /** A backup file's text, carried inside the PDF so the PDF can restore the workbook. */
  backup?: string | undefined;
  /** Told the number of each page as it is started. */
  onPage?: (page: number) => void;
};

/**
 * The PDF as bytes. Characters the fonts lack print as a visible mark; nothing else changes.
 * `fonts` must hold every group the text needs (see groupsFor); `printable` says what they draw.
 */
export function writePdf(
  blocks: PdfBlock[],
  info: PdfInfo,
  fonts: PdfFonts,
  printable: PrintableRanges,
  options: WriteOptions = {},
): Promise<ArrayBuffer> {
  const doc = newDocument(fonts, options.paper ?? "a4");
  // PDF/UA-1 is built on PDF 1.7; the packed structure needs at least 1.5.
  setPdfVersion(doc, "1.7");
  doc.setDocumentProperties({
    title: info.title,
    subject: info.subject,
    author: info.author,
    // The app's name, in every language: what made the file.
    creator: "Keeping customers workbook",
  });
  // The title bar shows the title, not the file name; the bookmarks panel opens with it.
  doc.setLanguage(info.language as Parameters<typeof doc.setLanguage>[0]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setDisplayMode(null, null, "UseOutlines");

  const structure = new Structure(pageContents(doc));
  const type = new Typesetter(doc, new Set(groupsIn(fonts)), structure);
  const layout = new Layout(
    doc,
    coverageOf(printable),
    type,
    structure,
    info.words,
    options.onPage,
  );
  drawBlocks(layout, blocks);
  drawFooters(layout, info.footer);
  structure.end();
  const tagged = writeStructure(doc, structure, { title: info.title, author: info.author });
  const streams: StreamAhead[] = [tagged.stream];
  if (options.backup) {
    const attached = attachFile(doc, {
      name: BACKUP_ATTACHMENT.fileName,
      text: options.backup,
      description: info.attachment,
      marker: BACKUP_ATTACHMENT.marker,
      date: new Date(),
    });
    streams.push(attached);
  }
  for (const { title, page } of layout.bookmarks)
    doc.outline.add(null, title, { pageNumber: page });
  type.finish();
  return outputCompressed(doc, tagged.packed, streams);
}
