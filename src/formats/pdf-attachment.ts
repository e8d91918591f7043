import { BACKUP_ATTACHMENT } from "../lib/backup-attachment";
import { inflateCapped } from "./inflate";

/**
 * Finds the backup a PDF made by the app carries (see lib/backup-attachment.ts) in the PDF's
 * bytes, without a PDF library: the attachment's stream is marked with a key of its own, its
 * bytes follow the word "stream", and they are deflated (PDF's FlateDecode is zlib).
 *
 * Every search is bounded, so the work grows with the file, never with its square: the marker
 * is looked for from the end, only the last few are tried, and the dictionary around each is
 * looked for only close by (the app writes one of a few hundred bytes).
 */

export type InPdf =
  | { status: "found"; bytes: Uint8Array }
  /** No backup in it: not made by this app. */
  | { status: "none" }
  /** Its end is missing: not downloaded or copied whole. */
  | { status: "cutShort" }
  /** It has the app's backup, but the backup cannot be read out of it. */
  | { status: "damaged" }
  /** What it calls the backup is bigger than any backup can be. */
  | { status: "tooBig" };

/** A PDF saved again by another program may carry an older copy too; a few is plenty. */
const MARKERS_TRIED = 4;
/** How far from the marker its dictionary may start or its stream begin. */
const NEAR = 4096;

/** True when the bytes are a PDF file. */
export const isPdf = (bytes: Uint8Array) =>
  bytes.length >= 5 && new TextDecoder("latin1").decode(bytes.subarray(0, 5)) === "%PDF-";

/** A PDF ends with %%EOF (and perhaps a line break or two). */
const endsWhole = (text: string) => text.slice(-1024).includes("%%EOF");

/** Where the dictionary around `at` opens, within NEAR, stepping over dictionaries inside it. */
function dictionaryStart(text: string, at: number): number {
  const stop = Math.max(0, at - NEAR);
  for (let i = at, depth = 0; i > stop; i--) {
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

type Stream = { raw: Uint8Array; filter: string | undefined } | null;

/** The stream of the embedded file whose marker is at `at`, or null if it is not one. */
function streamAt(text: string, bytes: Uint8Array, at: number): Stream {
  const start = dictionaryStart(text, at);
  const keyword = text.slice(at, at + NEAR).indexOf("stream");
  if (start < 0 || keyword < 0) return null;
  const dictionary = text.slice(start, at + keyword);
  if (!/\/Type\s*\/EmbeddedFile/.test(dictionary) || !/>>\s*$/.test(dictionary)) return null;
  let from = at + keyword + "stream".length;
  if (text[from] === "\r") from++;
  if (text[from] === "\n") from++;
  const length = /\/Length\s+(\d{1,10})(?!\s+\d+\s+R)/.exec(dictionary);
  let to = length ? from + Number(length[1]) : text.indexOf("endstream", from);
  if (to < from || to > bytes.byteLength) return null;
  if (!length) while (to > from && /[\r\n]/.test(text[to - 1]!)) to--;
  const filter = /\/Filter\s*\[?\s*\/(\w+)/.exec(dictionary)?.[1];
  return { raw: bytes.subarray(from, to), filter };
}

/** The backup a PDF carries, or why there is none to read. Never throws. */
export async function backupInPdf(bytes: Uint8Array, maxBytes: number): Promise<InPdf> {
  // One character per byte, so positions in the text are positions in the bytes.
  const text = new TextDecoder("latin1").decode(bytes);
  const marker = `/${BACKUP_ATTACHMENT.marker}`;
  let found = false;
  // The last one first: a PDF saved again by another program adds newer objects at the end.
  let at = text.lastIndexOf(marker);
  for (let tried = 0; at >= 0 && tried < MARKERS_TRIED; tried++) {
    found = true;
    const stream = streamAt(text, bytes, at);
    at = at > 0 ? text.lastIndexOf(marker, at - 1) : -1;
    if (!stream) continue;
    if (!stream.filter)
      return stream.raw.byteLength > maxBytes
        ? { status: "tooBig" }
        : { status: "found", bytes: stream.raw };
    if (stream.filter !== "FlateDecode") continue;
    const inflated = await inflateCapped(stream.raw, "deflate", maxBytes);
    if (inflated.ok) return { status: "found", bytes: inflated.bytes };
    if (inflated.problem === "tooBig") return { status: "tooBig" };
  }
  if (!endsWhole(text)) return { status: "cutShort" };
  return { status: found ? "damaged" : "none" };
}
