/// <reference lib="webworker" />
/**
 * The PDF worker: jsPDF runs here, never on the page, so the page stays responsive however long
 * the workbook. Fonts arrive once per group and are kept; each PDF reports its pages as it goes.
 */
// First, so the Latin fonts are on their way before jsPDF (in the imports below) is read.
import { latinFaces } from "./latin-fonts";
import type { FontFaces, PdfFonts } from "./fonts";
import type { FontGroup } from "./font-groups";
import { parseFont } from "./jspdf-internals";
import type { FromWorker, ToWorker } from "./pdf-messages";
import { writePdf } from "./write-pdf";

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

// Kept for the visit: jsPDF parses each font once (see jspdf-internals.ts).
const fonts = new Map<FontGroup, FontFaces>();

// The Latin faces are parsed as soon as they arrive, while the page gets the answers ready.
latinFaces().then(
  ({ regular, bold, packed }) => {
    parseFont(regular, packed?.regular);
    parseFont(bold, packed?.bold);
  },
  () => {}, // reported when a PDF is made
);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "fonts") {
    fonts.set(message.group, message.faces);
    return;
  }
  const { id } = message;
  try {
    const chosen: PdfFonts = { latin: await latinFaces() };
    for (const group of message.groups) {
      if (group === "latin") continue;
      const faces = fonts.get(group);
      if (!faces) throw new Error(`The ${group} fonts were not sent`);
      chosen[group] = faces;
    }
    const pdf = writePdf(message.blocks, message.info, chosen, message.printable, {
      paper: message.paper,
      backup: message.backup,
      onPage: (page) => post({ type: "page", id, page }),
    });
    post({ type: "done", id, pdf }, [pdf]);
  } catch (error) {
    post({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
  }
};
