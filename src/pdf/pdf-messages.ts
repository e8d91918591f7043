/** The messages between the page (make-pdf.ts) and the PDF worker (pdf-worker.ts). */
import type { FontGroup, PrintableRanges } from "./font-groups";
import type { FontFaces } from "./fonts";
import type { PaperSize } from "./page-style";
import type { PdfBlock, PdfInfo } from "./pdf-blocks";

export type ToWorker =
  /** A group's font files, sent once and kept by the worker; the buffers are transferred. */
  | { type: "fonts"; group: FontGroup; faces: FontFaces }
  | {
      type: "make";
      id: number;
      blocks: PdfBlock[];
      info: PdfInfo;
      groups: FontGroup[];
      printable: PrintableRanges;
      paper: PaperSize;
      /** A backup file's text, attached to the PDF. */
      backup?: string | undefined;
    };

export type FromWorker =
  /** A group's font files could not be read (a damaged download): the page fetches them again. */
  | { type: "fontsUnreadable"; group: FontGroup }
  | { type: "page"; id: number; page: number }
  /** The PDF's bytes, transferred. */
  | { type: "done"; id: number; pdf: ArrayBuffer }
  | { type: "failed"; id: number; message: string };
