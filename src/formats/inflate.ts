/**
 * The one inflate for compressed data from outside (a link's answers, the backup inside a PDF):
 * the browser's own DecompressionStream, streamed, stopping as soon as the output passes a limit.
 *
 * A browser inflates each chunk it is given whole before anyone can read a byte of it, so a
 * megabyte of crafted input given in one piece would be a gigabyte in memory first. The input
 * is therefore fed a few kilobytes at a time, each only when the output before it has been
 * read: deflate expands at most about 1,000 times, so no step makes more than a few megabytes,
 * and the work stops within one step of the limit.
 */

export type Inflated =
  | { ok: true; bytes: Uint8Array }
  /** Past the limit, or not compressed data (damaged, or cut short). */
  | { ok: false; problem: "tooBig" | "damaged" };

/** Input fed per step: at most about 4 MB out of each. */
const STEP_BYTES = 4096;

function stepwise(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  let at = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (at >= bytes.byteLength) return controller.close();
        controller.enqueue(bytes.slice(at, at + STEP_BYTES));
        at += STEP_BYTES;
      },
    },
    { highWaterMark: 0 },
  );
}

/** Reads a stream to its end, giving up once it passes `max` bytes. */
async function collect(stream: ReadableStream<Uint8Array>, max: number): Promise<Inflated> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => {});
        return { ok: false, problem: "tooBig" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, problem: "damaged" };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}

/** Inflates zlib ("deflate") or raw deflate data, refusing it once it passes `maxBytes`. */
export function inflateCapped(
  bytes: Uint8Array,
  format: "deflate" | "deflate-raw",
  maxBytes: number,
): Promise<Inflated> {
  if (bytes.byteLength === 0) return Promise.resolve({ ok: false, problem: "damaged" });
  try {
    return collect(stepwise(bytes).pipeThrough(new DecompressionStream(format)), maxBytes);
  } catch {
    return Promise.resolve({ ok: false, problem: "damaged" });
  }
}

/** Compresses bytes with the browser's CompressionStream (raw deflate, as links carry it). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const packed = await collect(
    stepwise(bytes).pipeThrough(new CompressionStream("deflate-raw")),
    Number.MAX_SAFE_INTEGER,
  );
  return packed.ok ? packed.bytes : new Uint8Array();
}
