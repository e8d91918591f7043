/**
 * DejaVu Sans is cut at build time (scripts/pdf-fonts.ts) into a few script groups, so a PDF
 * loads and embeds only what its answers need; the Arabic group is cut from Noto Naskh Arabic,
 * which has every letter of Urdu too (DejaVu Sans lacks ہ, ے, ۓ and ۔). Every code point belongs
 * to exactly one group; a unit test checks that each one a full font draws is in the group named
 * here for it.
 *
 * Pure and tiny: the build, the page (to choose which fonts to fetch) and the PDF worker all
 * use it.
 */

export const FONT_GROUPS = [
  "latin",
  "latinMore",
  "greekCyrillic",
  "hebrew",
  "arabic",
  "symbols",
] as const;
export type FontGroup = (typeof FONT_GROUPS)[number];

/** The font each group is cut from: Noto Naskh Arabic for Arabic script, DejaVu Sans else. */
export const fontOf = (group: FontGroup): "dejavu" | "noto" =>
  group === "arabic" ? "noto" : "dejavu";

/**
 * Groups put into every PDF whole, as the build packed them, rather than cut down to the
 * characters used: only the small core of Latin that nearly every PDF prints. Cutting a font
 * and compressing the cut is most of the work jsPDF does on a first PDF.
 */
export const WHOLE_GROUPS: ReadonlySet<FontGroup> = new Set(["latin"]);

/** Inclusive code point ranges; whatever none of them holds is in "symbols". */
const GROUP_RANGES: Record<
  Exclude<FontGroup, "symbols">,
  readonly (readonly [number, number])[]
> = {
  // What nearly every answer is written in: Latin with the accents of Polish, Czech, Turkish,
  // Welsh, Romanian…, punctuation, currency and the replacement mark the PDF prints for what no
  // font can draw.
  latin: [
    [0x0000, 0x017f], // Basic Latin, Latin-1, Latin Extended-A
    [0x0218, 0x021b], // Romanian S and T with comma below
    [0x2000, 0x206f], // General Punctuation
    [0x20a0, 0x20cf], // Currency Symbols
    [0xfff0, 0xffff], // Specials (U+FFFD)
  ],
  // The rest of Latin (Vietnamese, African languages, phonetics, combining marks…), letterlike
  // signs, number forms and arrows.
  latinMore: [
    [0x0180, 0x0217], // Latin Extended-B
    [0x021c, 0x036f], // … IPA, Spacing Modifier Letters, Combining Diacritical Marks
    [0x1d00, 0x1dff], // Phonetic Extensions, Combining Diacritical Marks Supplement
    [0x1e00, 0x1eff], // Latin Extended Additional
    [0x2070, 0x209f], // Superscripts and Subscripts
    [0x20d0, 0x20ff], // Combining Marks for Symbols
    [0x2100, 0x21ff], // Letterlike Symbols, Number Forms, Arrows
    [0x2c60, 0x2c7f], // Latin Extended-C
    [0xa720, 0xa7ff], // Latin Extended-D
    [0xfb00, 0xfb06], // Latin ligatures
    [0xfe20, 0xfe2f], // Combining Half Marks
  ],
  greekCyrillic: [
    [0x0370, 0x03ff], // Greek and Coptic
    [0x1f00, 0x1fff], // Greek Extended
    [0x0400, 0x052f], // Cyrillic, Cyrillic Supplement
    [0x1c80, 0x1c8f], // Cyrillic Extended-C
    [0x2de0, 0x2dff], // Cyrillic Extended-A
    [0xa640, 0xa69f], // Cyrillic Extended-B
  ],
  hebrew: [
    [0x0590, 0x05ff], // Hebrew
    [0xfb1d, 0xfb4f], // Hebrew presentation forms
  ],
  // The presentation forms are what jsPDF's Arabic shaping draws, so they live with Arabic.
  arabic: [
    [0x0600, 0x06ff], // Arabic
    [0x0750, 0x077f], // Arabic Supplement
    [0x0870, 0x08ff], // Arabic Extended-B and -A
    [0xfb50, 0xfdff], // Arabic Presentation Forms-A
    [0xfe70, 0xfeff], // Arabic Presentation Forms-B
  ],
};

const RANGED = ["latin", "latinMore", "greekCyrillic", "hebrew", "arabic"] as const;

function lookUp(codePoint: number): FontGroup {
  for (const group of RANGED) {
    for (const [from, to] of GROUP_RANGES[group])
      if (codePoint >= from && codePoint <= to) return group;
  }
  return "symbols";
}

/** The group whose font file holds this code point (if its font has it at all). */
export function groupOf(codePoint: number): FontGroup {
  // Asked for every character drawn, and nearly all of them are Latin.
  return codePoint < 0x0180 ? "latin" : lookUp(codePoint);
}

/**
 * What the PDF can print, as sorted, inclusive [from, to, from, to, …] code point ranges: what
 * both faces have, within the reach of jsPDF (the BMP), with every form an Arabic letter can
 * take. Worked out at build time from the full fonts.
 */
export type PrintableRanges = readonly number[];

/** True when the code point falls in one of the ranges (binary search). */
export function inRanges(ranges: PrintableRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < ranges[2 * mid]!) high = mid - 1;
    else if (codePoint > ranges[2 * mid + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The groups whose fonts a PDF of these texts needs: Latin always (headings, footer), and the
 * group of each printable character. A character nothing can print needs no font: it prints as
 * the replacement mark, which is in Latin.
 */
export function groupsFor(texts: Iterable<string>, printable: PrintableRanges): FontGroup[] {
  const needed = new Set<FontGroup>(["latin"]);
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x0180) continue;
      const group = groupOf(cp);
      if (!needed.has(group) && inRanges(printable, cp)) needed.add(group);
    }
  }
  return FONT_GROUPS.filter((group) => needed.has(group));
}
