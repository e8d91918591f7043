import type { Answers } from "../content/types";
import { allFields, isAnswered, withDefaults } from "../content/kinds";
import { workbook } from "../content/workbook";
import { isRecord } from "./answer-shape";
import {
  BACKUP_APP,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  parseBackup,
  type BackupFile,
} from "./backup-file";

/**
 * How a link says what it carries after `#`: `#answers=…` a whole workbook, `#class=…` one
 * step's class answers (from the QR code). link-prefixes.ts spots either for the first load.
 */
export const ANSWERS_PREFIX = "#answers=";
export const CLASS_PREFIX = "#class=";

/**
 * Answers carried in a link. The link's `#` part holds a backup file (the same JSON, answered
 * questions only), deflated by the browser's own CompressionStream and written in base64url.
 * Browsers never send the `#` part to a server, so the answers go only where the user sends the
 * link. Reading one goes through parseBackup, the same checks as a backup file.
 */

/**
 * Browsers take links far longer, but some mail programs and chat apps cut or break links past
 * a few thousand characters, and a cut link loses everything in it.
 */
export const LINK_MAX_CHARS = 8000;

export const tooLongMessage =
  "Your answers are too long to fit in a link that every app will pass on safely. Download a backup file instead and send that: it holds everything.";
const damagedLink =
  "This link is damaged or incomplete, so nothing was added. It may have been cut short when it was copied. Ask for the link again, or for a backup file instead.";
const newerLink =
  "This link was made by a newer version of this workbook. Reload the page to get the newest version, then open the link again.";

export type LinkResult = { ok: true; url: string } | { ok: false; message: string };

/** Reads a stream to its end, giving up (null) once it passes `max` bytes. */
async function collect(stream: ReadableStream<Uint8Array>, max: number) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** JSON text as the text of a link's `#` part, after the prefix. */
export async function packText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const packed = await collect(
    streamOf(bytes).pipeThrough(new CompressionStream("deflate-raw")),
    Number.MAX_SAFE_INTEGER,
  );
  return toBase64Url(packed ?? new Uint8Array());
}

/** The bytes packed into a link, or null if they cannot be unpacked (or unpack too big). */
export async function unpack(text: string): Promise<Uint8Array | null> {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.byteLength === 0) return null;
  try {
    // A few bytes can inflate to gigabytes; reading stops past the backup file's own limit.
    return await collect(
      streamOf(bytes).pipeThrough(new DecompressionStream("deflate-raw")),
      BACKUP_MAX_BYTES,
    );
  } catch {
    return null;
  }
}

/** Only the answered questions: empty ones come back as empty when the link is read. */
function answeredOnly(answers: Answers, fieldIds?: readonly string[]): Answers {
  const wanted = fieldIds && new Set(fieldIds);
  const out: Answers = {};
  for (const field of allFields(workbook)) {
    const value = answers[field.id];
    if (value !== undefined && (!wanted || wanted.has(field.id)) && isAnswered(field, answers))
      out[field.id] = value;
  }
  return out;
}

type LinkPayload = Omit<BackupFile, "about"> & { step?: string };

async function makeLink(base: string, prefix: string, payload: LinkPayload): Promise<LinkResult> {
  const url = `${base}${prefix}${await packText(JSON.stringify(payload))}`;
  return url.length > LINK_MAX_CHARS ? { ok: false, message: tooLongMessage } : { ok: true, url };
}

/** A link holding every answered question, to open in this app anywhere. */
export function answersLink(
  base: string,
  answers: Answers,
  date = new Date(),
): Promise<LinkResult> {
  return makeLink(base, ANSWERS_PREFIX, {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: date.toISOString(),
    answers: answeredOnly(answers),
  });
}

/** A link holding one step's answers (the class workbook's, for the QR code). */
export function stepLink(
  base: string,
  stepId: string,
  answers: Answers,
  date = new Date(),
): Promise<LinkResult> {
  const step = workbook.steps.find((s) => s.id === stepId);
  return makeLink(base, CLASS_PREFIX, {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: date.toISOString(),
    step: stepId,
    answers: answeredOnly(answers, step?.fields.map((f) => f.id) ?? []),
  });
}

export type OpenedLink =
  | { ok: true; answers: Answers; madeAt: Date | null; leftOut: string[] }
  | { ok: false; message: string };

/** Checks unpacked answers the way a backup file is checked. */
function readUnpacked(bytes: Uint8Array | null, data: unknown): OpenedLink {
  if (!bytes) return { ok: false, message: damagedLink };
  if (isRecord(data) && data.app === BACKUP_APP && typeof data.version === "number")
    if (data.version > BACKUP_VERSION) return { ok: false, message: newerLink };
  const read = parseBackup(bytes);
  if (!read.ok) return { ok: false, message: damagedLink };
  const { madeAt, leftOut } = read;
  return { ok: true, answers: withDefaults(workbook, read.answers), madeAt, leftOut };
}

async function unpackJson(packed: string): Promise<{ bytes: Uint8Array | null; data: unknown }> {
  const bytes = await unpack(packed);
  try {
    return { bytes, data: bytes && (JSON.parse(new TextDecoder().decode(bytes)) as unknown) };
  } catch {
    return { bytes: null, data: null };
  }
}

/** Unpacks and checks a link's answers. Never throws, never changes anything. */
export async function readAnswersLink(packed: string): Promise<OpenedLink> {
  const { bytes, data } = await unpackJson(packed);
  return readUnpacked(bytes, data);
}

export type OpenedStepLink =
  | { ok: true; stepId: string; answers: Answers; madeAt: Date | null }
  | { ok: false; message: string };

/** Unpacks a step's answers: only that step's questions are taken, whatever else it holds. */
export async function readStepLink(packed: string): Promise<OpenedStepLink> {
  const { bytes, data } = await unpackJson(packed);
  const read = readUnpacked(bytes, data);
  if (!read.ok) return read;
  const stepId = isRecord(data) ? data.step : undefined;
  const step = workbook.steps.find((s) => s.id === stepId && s.fields.length > 0);
  if (!step) return { ok: false, message: damagedLink };
  const answers: Answers = {};
  for (const field of step.fields) answers[field.id] = read.answers[field.id]!;
  return { ok: true, stepId: step.id, answers, madeAt: read.madeAt };
}
