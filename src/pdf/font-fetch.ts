/**
 * Fetching a font group's two faces, on the page: the Latin group at the press of "Download
 * PDF" (start-pdf-worker.ts), any other when the answers need it (make-pdf.ts). A group put into
 * PDFs whole arrives compressed, and is kept so too.
 */
import type { FontFaces } from "./fonts";

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font request failed with status ${response.status}`);
  return response.arrayBuffer();
}

/** A zlib-compressed file opened by the browser itself. */
function inflate(packed: ArrayBuffer): Promise<ArrayBuffer> {
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Response(stream).arrayBuffer();
}

/** Both faces of a group, and the buffers that hold them (to transfer to the worker). */
export async function fetchFaces(
  files: { regular: string; bold: string },
  whole: boolean,
): Promise<{ faces: FontFaces; buffers: ArrayBuffer[] }> {
  const [regular, bold] = await Promise.all([fetchFont(files.regular), fetchFont(files.bold)]);
  if (!whole) return { faces: { regular, bold }, buffers: [regular, bold] };
  const [rawRegular, rawBold] = await Promise.all([inflate(regular), inflate(bold)]);
  return {
    faces: { regular: rawRegular, bold: rawBold, packed: { regular, bold } },
    buffers: [rawRegular, rawBold, regular, bold],
  };
}
