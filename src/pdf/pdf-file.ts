/**
 * The last pass over the file jsPDF wrote. The structure's elements (hundreds of small
 * dictionaries, one per heading, paragraph and table cell) would add about half again to a
 * workbook's file written one object each, as jsPDF writes objects; so they are packed into one
 * object stream (PDF 1.5), compressed with the pages (structure-output.ts), and jsPDF's
 * cross-reference table becomes the compressed cross-reference stream that packed objects need
 * (ISO 32000-1, 7.5.7–7.5.8).
 */
import { binaryString } from "./font-file";

/** Objects to pack into an object stream: numbers jsPDF gave out, and their dictionaries. */
export type PackedObjects = { objects: { id: number; dict: string }[]; streamId?: number };

/** Text as bytes, one per character (every character is below 256). */
export function latin1(text: string): Uint8Array<ArrayBuffer> {
  // The same bytes as UTF-8 when all of it is ASCII, and the browser's encoder is far quicker.
  if (/^[\0-\x7f]*$/.test(text)) return new TextEncoder().encode(text);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Bytes compressed by the browser's own zlib (CompressionStream), as a binary string. */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const zlib = new CompressionStream("deflate");
  const writer = zlib.writable.getWriter();
  const writing = writer.write(bytes).then(() => writer.close());
  const reader = zlib.readable.getReader();
  let out = "";
  for (let part = await reader.read(); !part.done; part = await reader.read())
    out += binaryString(part.value);
  await writing;
  return out;
}

const XREF_WIDTHS = [1, 4, 2] as const;

function xrefEntry(type: number, field: number, last: number): number[] {
  return [
    type,
    field >>> 24,
    (field >>> 16) & 255,
    (field >>> 8) & 255,
    field & 255,
    last >> 8,
    last & 255,
  ];
}

/**
 * jsPDF's file with a cross-reference stream in place of its table and trailer: every object
 * where jsPDF put it, and the packed ones in their object stream.
 */
export async function finishFile(
  pdf: string,
  packed: PackedObjects,
): Promise<Uint8Array<ArrayBuffer>> {
  const xrefAt = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(pdf)?.[1]);
  const table = /^xref\n0 (\d+)\n/.exec(pdf.slice(xrefAt));
  const trailer = /trailer\n<<([\s\S]*?)>>\nstartxref/.exec(pdf.slice(xrefAt));
  const streamId = packed.streamId;
  if (!table || !trailer || streamId === undefined) throw new Error("Unexpected PDF from jsPDF");
  const count = Number(table[1]);
  const entries = pdf.slice(xrefAt + table[0].length).split("\n", count);
  const inStream = new Map(packed.objects.map(({ id }, index) => [id, index]));
  const xrefId = count;
  const rows: number[] = [];
  for (let id = 0; id <= xrefId; id++) {
    const index = inStream.get(id);
    if (id === 0) rows.push(...xrefEntry(0, 0, 65535));
    else if (index !== undefined) rows.push(...xrefEntry(2, streamId, index));
    else rows.push(...xrefEntry(1, id === xrefId ? xrefAt : Number(entries[id]!.slice(0, 10)), 0));
  }
  const xref = await deflate(Uint8Array.from(rows));
  const [root, info, id] = [/\/Root (\d+ 0 R)/, /\/Info (\d+ 0 R)/, /\/ID (\[[^\]]*\])/].map(
    (key) => key.exec(trailer[1] ?? "")?.[1],
  );
  const tail =
    `${xrefId} 0 obj\n<</Type /XRef /Size ${xrefId + 1} /W [${XREF_WIDTHS.join(" ")}] ` +
    `/Root ${root} /Info ${info} /ID ${id} /Filter /FlateDecode /Length ${xref.length}>>\n` +
    `stream\n${xref}\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF`;
  return latin1(pdf.slice(0, xrefAt) + tail);
}
