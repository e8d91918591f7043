import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { BACKUP_MAX_BYTES, parseBackup, readBackupFile } from "../../src/formats/backup-file";
import { COMPACT_CLASS_PREFIX, readClassLink } from "../../src/formats/class-link";
import { readCoachSpace } from "../../src/formats/coach-space-file";
import { parseFeedback, readStoredFeedback } from "../../src/formats/feedback-file";
import { packText, readAnswersLink, readStepLink } from "../../src/formats/link";
import { BACKUP_APP, FEEDBACK_APP } from "../../src/formats/outer-layer";
import { backupInPdf } from "../../src/formats/pdf-attachment";
import { readSaved } from "../../src/formats/saved-data";
import { readStoredSnapshots } from "../../src/formats/snapshots";
import type { Problem } from "../../src/formats/problems";
import { BACKUP_ATTACHMENT } from "../../src/lib/backup-attachment";
import { said } from "../fixtures/english";

/**
 * Every reader of what comes from outside (files, links, the browser's storage), given random
 * bytes, random JSON, JSON shaped like the app's own with random values in it, or nesting of any
 * depth, gives a value or a plain refusal: it never throws, and never runs away. The time bound
 * is not a speed target (npm run bench measures those): it is there to catch work that grows
 * without bound, such as a scan that grows with the square of its input.
 */

const encode = (s: string) => new TextEncoder().encode(s);
/** Far above what any of these inputs takes; far below a runaway. */
const BOUND_MS = 2000;

function within<T>(read: () => T): T {
  const start = performance.now();
  const result = read();
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
  return result;
}

async function withinAsync<T>(read: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await read();
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
  return result;
}

/** A value or a refusal the app can put in words, as each reader gives them. */
const answered = (result: { ok: true } | { ok: false; problem: Problem }) =>
  result.ok || said(result).length > 0;
const stored = (result: { status: string }) => ["ok", "newer", "damaged"].includes(result.status);

/** Nesting of any depth, of arrays or objects, closed or not. */
const nesting = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.boolean(), fc.boolean())
  .map(([depth, objects, closed]) => {
    const open = objects ? '{"a":' : "[";
    const close = objects ? "}" : "]";
    return open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "");
  });

/** JSON shaped like the app's own files, with anything in the places that matter. */
const appShaped = fc.record(
  {
    app: fc.constantFrom(BACKUP_APP, FEEDBACK_APP, "other", 1),
    version: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double(), fc.constant("2")),
    exportedAt: fc.oneof(fc.string(), fc.constant(1e20), fc.constant("+275760-09-13T00:00:00Z")),
    madeAt: fc.oneof(fc.string(), fc.date({ noInvalidDate: false }).map(String)),
    answers: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
    snapshots: fc.array(
      fc.record({
        id: fc.string(),
        takenAt: fc.oneof(fc.double(), fc.constant(1e20), fc.constant(-1)),
        answers: fc.jsonValue(),
      }),
      { maxLength: 4 },
    ),
    comments: fc.dictionary(fc.string(), fc.jsonValue()),
    actions: fc.jsonValue(),
    reviews: fc.array(fc.jsonValue(), { maxLength: 3 }),
    state: fc.jsonValue(),
    step: fc.string(),
  },
  { requiredKeys: [] },
);

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  appShaped.map((v) => JSON.stringify(v)),
  nesting,
);
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), anyText.map(encode));

describe("every reader, given anything", () => {
  it("of a backup or feedback file gives answers or a refusal (property)", () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        expect(answered(within(() => parseBackup(bytes)))).toBe(true);
        expect(answered(within(() => parseFeedback(bytes)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("of what the browser keeps gives a value, or says it is newer or damaged (property)", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(["ok", "empty", "unreadable"]).toContain(within(() => readSaved(raw)).status);
        expect(stored(within(() => readCoachSpace(raw)))).toBe(true);
        expect(stored(within(() => readStoredSnapshots(raw)))).toBe(true);
        expect(stored(within(() => readStoredFeedback(raw)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("of a link gives answers or a refusal, packed or not (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), anyText.map(packText)), async (packed) => {
        const text = await packed;
        expect(answered(await withinAsync(() => readAnswersLink(text)))).toBe(true);
        expect(answered(await withinAsync(() => readStepLink(text)))).toBe(true);
        for (const form of ["t", "z", ""])
          expect(
            answered(
              await withinAsync(() => readClassLink(`${COMPACT_CLASS_PREFIX}${form}${text}`)),
            ),
          ).toBe(true);
        expect(answered(await withinAsync(() => readClassLink(`#class=${text}`)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("of a PDF gives answers or a refusal, whatever the file holds (property)", async () => {
    const marker = `/${BACKUP_ATTACHMENT.marker}`;
    const pieces = fc.constantFrom(
      marker,
      "<<",
      ">>",
      "stream\n",
      "endstream",
      "/Type /EmbeddedFile",
      "/Filter /FlateDecode",
      "/Length 12",
      "%%EOF",
    );
    const pdfLike = fc
      .array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 60 })
      .map((parts) => new Blob(["%PDF-1.7\n", ...parts]));
    await fc.assert(
      fc.asyncProperty(pdfLike, async (file) => {
        expect(answered(await withinAsync(() => readBackupFile(file)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** A PDF with the app's attachment holding `stream`, deflated. */
function pdfWith(stream: Uint8Array, end = "%%EOF\n"): Uint8Array<ArrayBuffer> {
  const head = encode(
    `%PDF-1.7\n5 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fjson /${BACKUP_ATTACHMENT.marker} true /Filter /FlateDecode /Length ${stream.byteLength} >>\nstream\n`,
  );
  const tail = encode(`\nendstream\nendobj\n${end}`);
  const out = new Uint8Array(head.byteLength + stream.byteLength + tail.byteLength);
  out.set(head);
  out.set(stream, head.byteLength);
  out.set(tail, head.byteLength + stream.byteLength);
  return out;
}

describe("files crafted to take the page down, at the size limit", () => {
  it("a PDF whose backup would inflate to 200 MB is refused once past the limit", async () => {
    const bomb = deflateSync(new Uint8Array(200 * 1024 * 1024), { level: 9 });
    expect(bomb.byteLength).toBeLessThan(BACKUP_MAX_BYTES);
    expect(await withinAsync(() => backupInPdf(pdfWith(bomb), BACKUP_MAX_BYTES))).toEqual({
      status: "tooBig",
    });
    const read = await withinAsync(() => readBackupFile(new Blob([pdfWith(bomb)])));
    expect(read).toEqual({ ok: false, problem: { key: "pdfTooBig" } });
    if (!read.ok) expect(said(read)).toMatch(/bigger than any backup/);
  });

  it("a PDF of nothing but markers is scanned once, and refused", async () => {
    const marker = `<< /${BACKUP_ATTACHMENT.marker} `;
    const body = marker.repeat(Math.floor((BACKUP_MAX_BYTES - 100) / marker.length));
    const read = await withinAsync(() => readBackupFile(new Blob([`%PDF-1.7\n${body}%%EOF`])));
    expect(read).toEqual({ ok: false, problem: { key: "pdfDamaged" } });
    if (!read.ok) expect(said(read)).toMatch(/damaged/);
  });

  it("a PDF cut short says so", async () => {
    const backup = deflateSync(encode('{"app":"keeping-customers"'));
    const cut = pdfWith(backup, "");
    const read = await readBackupFile(new Blob([cut.subarray(0, cut.byteLength - 30)]));
    expect(read).toEqual({ ok: false, problem: { key: "pdfCutShort" } });
    if (!read.ok) expect(said(read)).toMatch(/incomplete/);
  });

  it("a backup nested as deep as the file allows is refused, not read", () => {
    const depth = Math.floor(BACKUP_MAX_BYTES / 2) - 10;
    const deep = encode("[".repeat(depth) + "]".repeat(depth));
    const read = within(() => parseBackup(deep));
    expect(read).toEqual({ ok: false, problem: { key: "notABackup" } });
    if (!read.ok) expect(said(read)).toMatch(/not a backup/);
  });

  it("a link that inflates past the limit says so, not that it was cut short", async () => {
    const packed = await packText(" ".repeat(BACKUP_MAX_BYTES + 10));
    const read = await withinAsync(() => readAnswersLink(packed));
    expect(read).toEqual({ ok: false, problem: { key: "linkTooBig" } });
    if (!read.ok) expect(said(read)).toMatch(/more than a workbook/);
  });
});
