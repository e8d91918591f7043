import type { jsPDF } from "jspdf";
import { binaryString } from "./font-file";
import { internalsOf, type StreamAhead } from "./jspdf-internals";

/**
 * A real PDF file attachment (one that PDF readers list), which jsPDF has no public API for.
 * The file's stream and its description are written with the other resources, and the catalog
 * names them, through jsPDF's own events (see jspdf-internals.ts). Call before writing the file.
 */

/** A PDF string: plain when it is printable ASCII, otherwise UTF-16 with a byte-order mark. */
function pdfString(text: string): string {
  let bytes = text;
  if (!/^[\x20-\x7e]*$/.test(text)) {
    bytes = "\xFE\xFF";
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      bytes += String.fromCharCode(unit >> 8, unit & 0xff);
    }
  }
  return `(${bytes
    .replace(/[\\()]/g, "\\$&")
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n")})`;
}

const pdfDate = (date: Date) => `D:${date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;

export type Attachment = {
  name: string;
  text: string;
  description: string;
  /** A key of the app's own on the file's stream, so the app can find the file again. */
  marker: string;
  date: Date;
};

/**
 * Attaches a JSON file, deflated (FlateDecode), to the document. Returns its stream, to be
 * compressed ahead with the pages (see outputCompressed).
 */
export function attachFile(doc: jsPDF, file: Attachment): StreamAhead {
  const internal = internalsOf(doc);
  const bytes = new TextEncoder().encode(file.text);
  const stream = { text: binaryString(bytes), bytes };
  let specId = 0;
  internal.events.subscribe("postPutResources", () => {
    const streamId = internal.newObject();
    internal.putStream({
      data: stream.text,
      objectId: streamId,
      filters: ["FlateEncode"],
      additionalKeyValues: [
        { key: "Type", value: "/EmbeddedFile" },
        { key: "Subtype", value: "/application#2Fjson" },
        { key: "Params", value: `<< /Size ${bytes.length} /ModDate (${pdfDate(file.date)}) >>` },
        { key: file.marker, value: "true" },
      ],
    });
    internal.write("endobj");
    specId = internal.newObject();
    const name = pdfString(file.name);
    internal.write(
      `<< /Type /Filespec /F ${name} /UF ${name} /Desc ${pdfString(file.description)}`,
      `/AFRelationship /Data /EF << /F ${streamId} 0 R /UF ${streamId} 0 R >> >>`,
    );
    internal.write("endobj");
  });
  internal.events.subscribe("putCatalog", () => {
    const name = pdfString(file.name);
    internal.write(`/Names << /EmbeddedFiles << /Names [${name} ${specId} 0 R] >> >>`);
    internal.write(`/AF [${specId} 0 R]`);
  });
  return stream;
}
