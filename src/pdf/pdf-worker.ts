/// <reference lib="webworker" />
/**
 * The PDF worker: jsPDF runs here, never on the page, so the page stays responsive however long
 * the workbook. Fonts arrive once per group (the Latin faces first, sent at the press of the
 * button), are parsed on arrival and kept; each PDF reports its pages as it goes.
 */
import type { FontFaces, PdfFonts } from "./fonts";
import type { FontGroup } from "./font-groups";
import { parseFont } from "./jspdf-internals";
import type { FromWorker, ToWorker } from "./pdf-messages";
import { writePdf } from "./write-pdf";

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

/** How often the page being drawn is reported: often enough to see it count. */
const PAGE_REPORT_MS = 50;

// Kept for the visit: jsPDF parses each font once (see jspdf-internals.ts).
const fonts = new Map<FontGroup, FontFaces>();

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "fonts") {
    const { regular, bold, packed } = message.faces;
    try {
      // Parsed now, while the page gets the answers ready.
      parseFont(regular, packed?.regular);
      parseFont(bold, packed?.bold);
      fonts.set(message.group, message.faces);
    } catch {
      // Left out, so a PDF that needs them fails; the page fetches them again next time.
      post({ type: "fontsUnreadable", group: message.group });
    }
    return;
  }
  const { id } = message;
  try {
    const chosen: PdfFonts = {};
    for (const group of message.groups) {
      const faces = fonts.get(group);
      if (!faces) throw new Error(`The ${group} fonts were not sent`);
      chosen[group] = faces;
    }
    // The page count is for a long workbook: at most one message every PAGE_REPORT_MS.
    let reported = performance.now();
    const onPage = (page: number) => {
      const now = performance.now();
      if (now - reported < PAGE_REPORT_MS) return;
      reported = now;
      post({ type: "page", id, page });
    };
    const pdf = await writePdf(message.blocks, message.info, chosen, message.printable, {
      paper: message.paper,
      backup: message.backup,
      onPage,
    });
    post({ type: "done", id, pdf }, [pdf]);
  } catch (error) {
    post({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
  }
};
