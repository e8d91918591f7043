/**
 * Cuts DejaVu Sans (regular and bold) into the script groups of src/pdf/font-groups.ts with
 * subset-font (harfbuzz, run from npm as WebAssembly), and works out which characters the PDF
 * can print. Run by the Vite plugin below on every build and dev start; the files are kept in
 * node_modules/.cache and made again only when the fonts, the groups or this script change.
 *
 * Why: jsPDF reads, and copies into every PDF, large parts of whatever font it is given, so a
 * PDF made with the whole 0.7 MB font is slower to make and twice the size of one made with the
 * few scripts its answers use.
 */
// subset-font ships no types. The tests import this file under the app's tsconfig too, which
// does not include scripts/, so the declaration is referenced from here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./subset-font.d.ts" />
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { deflateSync } from "node:zlib";
import { jsPDF } from "jspdf";
import subsetFont from "subset-font";
import type { Plugin } from "vite";
import {
  FONT_GROUPS,
  fontOf,
  groupOf,
  WHOLE_GROUPS,
  type FontGroup,
} from "../src/pdf/font-groups.ts";
import { fontCoverage } from "../src/pdf/font-cmap.ts";

const require = createRequire(import.meta.url);
// node_modules/.cache/pdf-fonts, found from the font package wherever this file is bundled to.
const CACHE = join(
  dirname(require.resolve("dejavu-fonts-ttf/package.json")),
  "../.cache/pdf-fonts",
);

export const FACES = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const;
export type Face = keyof typeof FACES;
/** Noto Naskh Arabic's faces, which the Arabic group is cut from (font-groups.ts). */
const NOTO_FACES = { regular: "NotoNaskhArabic-Regular", bold: "NotoNaskhArabic-Bold" } as const;

/** Bump when the way the files are made changes, so cached files are made again. */
const RECIPE = 3;

// jsPDF shapes Arabic itself and never reads layout tables or hinting, so they are dead weight.
const SUBSET_OPTIONS = {
  targetFormat: "truetype",
  keepFeatures: [],
  noLayoutClosure: true,
  noHinting: true,
  dropTables: ["GSUB", "GPOS", "GDEF", "kern", "hdmx", "LTSH", "VDMX", "gasp", "FFTM", "MATH"],
} as const;

export type BuiltFonts = {
  /**
   * Each group's file for each face, as absolute paths. A group put into PDFs whole
   * (WHOLE_GROUPS) is zlib-compressed here, as a PDF holds it, so no PDF compresses it again.
   */
  files: Record<FontGroup, Record<Face, string>>;
  /** Sorted inclusive [from, to, …] code point ranges the PDF can print. */
  printable: number[];
};

export const fullFontPath = (face: Face) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${FACES[face]}.ttf`);

/** Noto Naskh Arabic's file for a face (SIL Open Font License, as DejaVu's is free). */
export const notoFontPath = (face: Face) =>
  // The package's entry is dist/index.cjs; its fonts are beside dist/ (it exports no package.json).
  join(dirname(require.resolve("@embedpdf/fonts-arabic")), `../fonts/${NOTO_FACES[face]}.ttf`);

/** A face's two source fonts: DejaVu Sans, and Noto Naskh Arabic for Arabic script. */
export type Sources = Record<"dejavu" | "noto", Uint8Array>;

export function readSources(face: Face): Sources {
  return { dejavu: readFileSync(fullFontPath(face)), noto: readFileSync(notoFontPath(face)) };
}

/** The code points a face draws: each from the font its group is cut from. */
export function coverageOf(sources: Sources): Set<number> {
  const covered = new Set<number>();
  for (const font of ["dejavu", "noto"] as const)
    for (const cp of fontCoverage(sources[font])) if (fontOf(groupOf(cp)) === font) covered.add(cp);
  return covered;
}

/** The code points of a face, each in the group named for it. */
export function partition(sources: Sources): Record<FontGroup, number[]> {
  const parts = Object.fromEntries(FONT_GROUPS.map((g) => [g, [] as number[]])) as Record<
    FontGroup,
    number[]
  >;
  for (const cp of [...coverageOf(sources)].sort((a, b) => a - b)) parts[groupOf(cp)].push(cp);
  return parts;
}

/**
 * What the PDF can print: both faces have it, jsPDF can reach it (it looks glyphs up one UTF-16
 * unit at a time, so nothing beyond the BMP), and for an Arabic letter, every contextual form
 * jsPDF's shaping may draw it as.
 */
export function printableRanges(regular: Set<number>, bold: Set<number>): number[] {
  const shaper = new jsPDF();
  const inBoth = (cp: number) => regular.has(cp) && bold.has(cp);
  const arabic = /\p{Script=Arabic}/u;
  const beh = "\u0628";
  const printable = (cp: number) => {
    if (cp > 0xffff || !inBoth(cp)) return false;
    const ch = String.fromCodePoint(cp);
    if (!arabic.test(ch)) return true;
    return [ch, beh + ch, ch + beh, beh + ch + beh]
      .map((s) => shaper.processArabic(s))
      .every((shaped) => [...shaped].every((f) => inBoth(f.codePointAt(0)!)));
  };
  const ranges: number[] = [];
  for (const cp of [...regular].sort((a, b) => a - b)) {
    if (!printable(cp)) continue;
    if (ranges.length && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
    else ranges.push(cp, cp);
  }
  return ranges;
}

function cacheKey(fonts: Record<Face, Sources>): string {
  const hash = createHash("sha256");
  hash.update(`${RECIPE} ${JSON.stringify(SUBSET_OPTIONS)} `);
  // The groups as they are, whatever font-groups.ts looks like.
  for (let cp = 0; cp <= 0x1ffff; cp++) hash.update(groupOf(cp));
  hash.update([...WHOLE_GROUPS].join(" "));
  for (const face of Object.keys(FACES) as Face[])
    for (const font of ["dejavu", "noto"] as const) hash.update(fonts[face][font]);
  return hash.digest("hex").slice(0, 16);
}

/** Makes (or finds in the cache) every group's font files and the printable ranges. */
export async function buildPdfFonts(cacheDir = CACHE): Promise<BuiltFonts> {
  const fonts = { regular: readSources("regular"), bold: readSources("bold") };
  const dir = join(cacheDir, cacheKey(fonts));
  const manifest = join(dir, "fonts.json");
  // The manifest names files within its own folder, so a moved cache still works.
  const located = (built: BuiltFonts): BuiltFonts => {
    const inDir = (faces: Record<Face, string>) =>
      Object.fromEntries(
        Object.entries(faces).map(([face, name]) => [face, join(dir, basename(name))]),
      );
    const files = Object.fromEntries(
      Object.entries(built.files).map(([group, faces]) => [group, inDir(faces)]),
    ) as BuiltFonts["files"];
    return { ...built, files };
  };
  if (existsSync(manifest))
    return located(JSON.parse(readFileSync(manifest, "utf8")) as BuiltFonts);

  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(FONT_GROUPS.map((g) => [g, {}])) as BuiltFonts["files"];
  for (const face of Object.keys(FACES) as Face[]) {
    const parts = partition(fonts[face]);
    for (const group of FONT_GROUPS) {
      const cut = await subsetFont(
        fonts[face][fontOf(group)],
        String.fromCodePoint(...parts[group]),
        SUBSET_OPTIONS,
      );
      const whole = WHOLE_GROUPS.has(group);
      const name = fontOf(group) === "noto" ? NOTO_FACES[face] : FACES[face];
      const file = join(dir, `${name}-${group}.${whole ? "zlib" : "ttf"}`);
      writeFileSync(file, whole ? deflateSync(cut, { level: 9 }) : cut);
      files[group][face] = basename(file);
    }
  }
  const built: BuiltFonts = {
    files,
    printable: printableRanges(coverageOf(fonts.regular), coverageOf(fonts.bold)),
  };
  writeFileSync(manifest, JSON.stringify(built));
  return located(built);
}

const VIRTUAL = "virtual:pdf-fonts";
/** The Latin group's two URLs alone, for the page to fetch the moment a PDF is asked for. */
const VIRTUAL_LATIN = "virtual:pdf-fonts/latin";

/**
 * Serves `virtual:pdf-fonts`: each group's font files as asset URLs (hashed files in the build,
 * so the offline app precaches them) and the printable ranges; and `virtual:pdf-fonts/latin`.
 */
export function pdfFonts(): Plugin {
  let built: Promise<BuiltFonts> | undefined;
  return {
    name: "keeping-customers:pdf-fonts",
    buildStart() {
      built ??= buildPdfFonts();
      return built.then(() => undefined);
    },
    resolveId: (id) => (id === VIRTUAL || id === VIRTUAL_LATIN ? `\0${id}` : null),
    async load(id) {
      if (id !== `\0${VIRTUAL}` && id !== `\0${VIRTUAL_LATIN}`) return null;
      const { files, printable } = await (built ??= buildPdfFonts());
      const imports: string[] = [];
      /** A group's faces as an object of URLs, each imported as an asset. */
      const urls = (group: FontGroup) => {
        const faces = (Object.keys(FACES) as Face[]).map((face) => {
          const name = `${group}_${face}`;
          imports.push(`import ${name} from ${JSON.stringify(`${files[group][face]}?url`)};`);
          return `${face}: ${name}`;
        });
        return `{ ${faces.join(", ")} }`;
      };
      if (id === `\0${VIRTUAL_LATIN}`) {
        const latin = urls("latin");
        return [...imports, `export const latinFiles = ${latin};`].join("\n");
      }
      const entries = FONT_GROUPS.map((group) => `${group}: ${urls(group)}`);
      return [
        ...imports,
        `export const fontFiles = { ${entries.join(", ")} };`,
        `export const printable = ${JSON.stringify(printable)};`,
      ].join("\n");
    },
  };
}
