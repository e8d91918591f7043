import { BACKUP_ATTACHMENT } from "../lib/backup-attachment";

/**
 * Finds the backup a PDF made by the app carries (see lib/backup-attachment.ts) in the PDF's
 * bytes, without a PDF library: the attachment's stream is marked with a key of its own, its
 * bytes follow the word "stream", and they are deflated (PDF's FlateDecode is zlib, which the
 * browser's DecompressionStream reads). Returns null when the PDF carries no backup.
 */
export async function backupInPdf(bytes: Uint8Array): Promise<Uint8Array | null> {
  // One character per byte, so positions in the text are positions in the bytes.
  const text = new TextDecoder("latin1").decode(bytes);
  const marker = `/${BACKUP_ATTACHMENT.marker}`;
  // The last one first: a PDF saved again by another program adds newer objects at the end.
  for (let at = text.lastIndexOf(marker); at >= 0; at = text.lastIndexOf(marker, at - 1)) {
    const start = dictionaryStart(text, at);
    const keyword = text.indexOf("stream", at);
    if (start < 0 || keyword < 0) continue;
    const dictionary = text.slice(start, keyword);
    if (!/\/Type\s*\/EmbeddedFile/.test(dictionary) || !/>>\s*$/.test(dictionary)) continue;
    let from = keyword + "stream".length;
    if (text[from] === "\r") from++;
    if (text[from] === "\n") from++;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    let to = length ? from + Number(length[1]) : text.indexOf("endstream", from);
    if (!length) while (to > from && /[\r\n]/.test(text[to - 1]!)) to--;
    const raw = bytes.subarray(from, to);
    const filter = /\/Filter\s*\[?\s*\/(\w+)/.exec(dictionary)?.[1];
    if (!filter) return raw;
    if (filter !== "FlateDecode") return null;
    const inflated = new Response(raw as Uint8Array<ArrayBuffer>).body!.pipeThrough(
      new DecompressionStream("deflate"),
    );
    return new Uint8Array(await new Response(inflated).arrayBuffer());
  }
  return null;
}

/** Where the dictionary around `at` opens, stepping over dictionaries nested inside it. */
function dictionaryStart(text: string, at: number): number {
  for (let i = at, depth = 0; i > 0; i--) {
    if (text[i] === ">" && text[i - 1] === ">") {
      depth++;
      i--;
    } else if (text[i] === "<" && text[i - 1] === "<") {
      if (depth === 0) return i - 1;
      depth--;
      i--;
    }
  }
  return -1;
}

/** True when the bytes are a PDF file. */
export const isPdf = (bytes: Uint8Array) =>
  bytes.length >= 5 && new TextDecoder("latin1").decode(bytes.subarray(0, 5)) === "%PDF-";
