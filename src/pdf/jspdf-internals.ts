/**
 * The few places the PDF reaches past jsPDF's public API, kept together here because each
 * depends on how jsPDF 4 works inside (the PDF tests would fail if that changed):
 *
 * - a font is parsed once per worker, not once per PDF (parsing the Latin faces was an eighth
 *   of the time a PDF took);
 * - page contents (and an attached file) are compressed before jsPDF writes the file, by the
 *   browser's own zlib (CompressionStream): jsPDF compresses as it writes, in JavaScript that
 *   runs cold on a first PDF (a sixth of its time). Any other stream over 4 KB (a cut font)
 *   is made at one pass of fflate (the deflate jsPDF itself bundles); smaller ones are left
 *   as they are;
 * - the fields of a parsed font that the typesetter reads and fills in (typeset.ts).
 */
import { zlibSync } from "fflate";
import { jsPDF } from "jspdf";
import { asBytes, binaryString, type FontFile } from "./font-file";
import { deflate, finishFile, latin1, type PackedObjects } from "./pdf-file";

/** The parts of jsPDF's parsed font (its TTFFont) the PDF reads and fills in. */
export type FontMetrics = {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  /** Glyph → the character copied text gives for it (the PDF's ToUnicode map). */
  toUnicode: Record<string, number>;
  /** The glyphs to embed. */
  glyIdsUsed: number[];
  /** The glyph widths to write in the PDF, as [glyph, [width], glyph, [width], …]. */
  Unicode: { widths: (number | number[])[] };
};

/** jsPDF internals its types leave out. */
export type Internals = {
  write(...text: string[]): void;
  /** Each page's content as lines; page 1 at index 1. */
  pages: (string[] | undefined)[];
  getFont(name: string, style: string): { id: string; metadata: FontMetrics };
  /** Runs a handler at a point of writing the file ("postPutResources", "putCatalog"…). */
  events: { subscribe<T = void>(event: string, handler: (data: T) => void): void };
  /** Starts the next object ("N 0 obj") and returns its number. */
  newObject(): number;
  /** Gives out the next object number, for an object written later or elsewhere. */
  newObjectDeferred(): number;
  /** A page's object number, once the pages are written. */
  getPageInfo(page: number): { objId: number };
  putStream(options: {
    data: string;
    objectId: number;
    filters: string[];
    additionalKeyValues: { key: string; value: string }[];
  }): void;
};

export const internalsOf = (doc: jsPDF) => doc.internal as unknown as Internals;

/** The version the file's header declares (jsPDF writes 1.3 unless told). */
export function setPdfVersion(doc: jsPDF, version: string) {
  (doc as unknown as { __private__: { setPdfVersion(v: string): void } }).__private__.setPdfVersion(
    version,
  );
}

/** Where drawing writes: the current page's contents, or the end of any page's. */
export function pageContents(doc: jsPDF) {
  const internal = internalsOf(doc);
  return {
    current: () => doc.getCurrentPageInfo().pageNumber,
    write: (operator: string) => internal.write(operator),
    append: (page: number, operator: string) => internal.pages[page]!.push(operator),
  };
}

/** A TTFFont: its tables, and a Subset (the glyphs one document embeds) made for each view. */
type ParsedFont = { subset: object };
type SubsetClass = new (font: object) => object;
type Api = {
  TTFFont: { open(this: void, file: Uint8Array): ParsedFont };
  processDataByFilters(
    data: string,
    filters?: string | string[],
  ): { data: string; reverseChain: string };
};
const api = jsPDF.API as unknown as Api;

const parsed = new Map<FontFile, ParsedFont>();
/** Font files put into PDFs whole, as binary strings, and the same compressed at build time. */
const packedFonts = new Map<string, string>();
const wholeFonts = new Map<FontFile, object>();

/** jsPDF reads a font from its virtual files only to hand the bytes to TTFFont.open. */
const TRUE_TYPE_SIGNATURE = "\x00\x01\x00\x00";

/**
 * Adds a font to the document under `name`, parsing its file only the first time. Each
 * document gets its own view of the parsed font: the tables are shared (jsPDF only reads
 * them), while what a document records (glyphs used, widths, ToUnicode) is its own.
 */
export function addParsedFont(doc: jsPDF, name: string, file: FontFile, packed?: FontFile) {
  const font = parseFont(file);
  const view = Object.create(font) as ParsedFont & { toUnicode: object };
  view.toUnicode = {};
  view.subset = packed
    ? wholeFont(file, packed)
    : new (font.subset.constructor as SubsetClass)(view);

  const open = api.TTFFont.open;
  api.TTFFont.open = () => view;
  try {
    doc.addFileToVFS(`${name}.ttf`, TRUE_TYPE_SIGNATURE);
    doc.addFont(`${name}.ttf`, name, "normal", "Identity-H");
  } finally {
    api.TTFFont.open = open;
  }
}

/** Parses a font file, once: ahead of time, or when a document first uses it. */
export function parseFont(file: FontFile, packed?: FontFile): ParsedFont {
  let font = parsed.get(file);
  if (!font) {
    font = api.TTFFont.open(asBytes(file));
    parsed.set(file, font);
    if (packed) wholeFont(file, packed);
  }
  return font;
}

/**
 * In place of jsPDF's subset: the whole file, whatever glyphs were used (each keeps its number,
 * as the text drawn refers to it). Its compressed bytes are waiting for when jsPDF writes it.
 */
function wholeFont(file: FontFile, packed: FontFile): object {
  let whole = wholeFonts.get(file);
  if (!whole) {
    const bytes = asBytes(file);
    packedFonts.set(binaryString(bytes), binaryString(packed));
    whole = { encode: () => bytes };
    wholeFonts.set(file, whole);
  }
  return whole;
}

/** Streams compressed ahead of writing, by their text, each handed over once as jsPDF writes it. */
const compressedAhead = new Map<string, string>();

/** A stream the document will write, compressed ahead with its pages. */
export type StreamAhead = { text: string; bytes?: Uint8Array<ArrayBuffer> };

/**
 * The document as bytes, its pages' contents and `streams` compressed first, all at once, by
 * the browser. What jsPDF writes is what it would have written: a stream it asks for that was
 * not compressed ahead is compressed then, as before. `packed` objects go into an object stream
 * (pdf-file.ts).
 */
export async function outputCompressed(
  doc: jsPDF,
  packed: PackedObjects,
  streams: StreamAhead[] = [],
): Promise<ArrayBuffer> {
  tuneCompression();
  const pages = internalsOf(doc).pages.flatMap((lines) =>
    lines ? [{ text: lines.join("\n") }] : [],
  );
  try {
    await Promise.all(
      [...pages, ...streams].map(async ({ text, bytes }: StreamAhead) => {
        compressedAhead.set(text, await deflate(bytes ?? latin1(text)));
      }),
    );
    const file = await finishFile(doc.output(), packed);
    return file.buffer;
  } finally {
    compressedAhead.clear();
  }
}

/** Below this many bytes, a stream not compressed ahead is written uncompressed. */
const SMALL_STREAM = 4096;

let tuned = false;

/** Swaps in the faster compression once; every other filter is left to jsPDF. */
export function tuneCompression() {
  if (tuned) return;
  tuned = true;
  const original = api.processDataByFilters.bind(api);
  api.processDataByFilters = (data, filters) => {
    const chain = typeof filters === "string" ? [filters] : (filters ?? []);
    if (chain.length !== 1 || !/^\/?FlateEncode$/.test(chain[0]!)) return original(data, filters);
    const packed = packedFonts.get(data) ?? compressedAhead.get(data);
    if (packed !== undefined) return { data: packed, reverseChain: "/FlateDecode" };
    // Small streams (a font's map back to text) are kept as they are: compressing them would
    // save a few hundred bytes, and running fflate for the first time takes longer than that.
    if (data.length < SMALL_STREAM) return { data, reverseChain: "" };
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
    return { data: binaryString(zlibSync(bytes)), reverseChain: "/FlateDecode" };
  };
}
