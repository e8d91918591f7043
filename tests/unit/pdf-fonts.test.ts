/**
 * The fonts cut at build time (scripts/pdf-fonts.ts) lose nothing: every character the whole
 * faces can draw (DejaVu Sans, and Noto Naskh Arabic for Arabic script) is in exactly one
 * group's files, the one the app fetches for it; and every letter of every offered language's
 * words prints.
 */
/// <reference types="node" />
import { jsPDF } from "jspdf";
import { buildPdfFonts, coverageOf, partition } from "../../scripts/pdf-fonts";
import { OFFERED } from "../../src/content/languages";
import {
  FONT_GROUPS,
  groupOf,
  groupsFor,
  inRanges,
  type FontGroup,
} from "../../src/pdf/font-groups";
import { fontCoverage } from "../../src/pdf/font-cmap";
import { builtFontFile, fullFonts } from "../fixtures/pdf-tools";

const built = await buildPdfFonts();
const full = fullFonts();
const faces = ["regular", "bold"] as const;
const cmapOf = (group: FontGroup, face: (typeof faces)[number]) =>
  fontCoverage(builtFontFile(group, built.files[group][face]));
const cut = Object.fromEntries(
  faces.map((face) => [face, Object.fromEntries(FONT_GROUPS.map((g) => [g, cmapOf(g, face)]))]),
) as Record<(typeof faces)[number], Record<FontGroup, Set<number>>>;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
const printableCodePoints = () => {
  const out: number[] = [];
  for (let i = 0; i < built.printable.length; i += 2)
    for (let cp = built.printable[i]!; cp <= built.printable[i + 1]!; cp++) out.push(cp);
  return out;
};

describe.each(faces)("the %s face, cut into groups", (face) => {
  const whole = coverageOf(full[face]);

  test("every code point of the full face is in exactly the group the app loads for it", () => {
    const wrong: string[] = [];
    for (const cp of whole) {
      const holders = FONT_GROUPS.filter((g) => cut[face][g].has(cp));
      if (holders.length !== 1 || holders[0] !== groupOf(cp))
        wrong.push(`${hex(cp)} in [${holders.join(", ")}], expected ${groupOf(cp)}`);
    }
    expect(wrong).toEqual([]);
    expect(whole.size).toBeGreaterThan(5000);
  });

  test("the groups add nothing the full face does not have, and together are the whole", () => {
    const sizes = FONT_GROUPS.map((g) => cut[face][g].size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(whole.size);
    for (const group of FONT_GROUPS)
      for (const cp of cut[face][group]) expect(whole.has(cp), hex(cp)).toBe(true);
    expect(Object.values(partition(full[face])).flat().length).toBe(whole.size);
  });
});

describe("what the PDF can print", () => {
  const regular = coverageOf(full.regular);
  const bold = coverageOf(full.bold);
  const both = (cp: number) => regular.has(cp) && bold.has(cp);

  test("nothing the full fonts draw becomes unprintable: only what jsPDF cannot reach is left out", () => {
    const lost: string[] = [];
    for (const cp of regular) {
      const reachable =
        cp <= 0xffff && bold.has(cp) && !/\p{Script=Arabic}/u.test(String.fromCodePoint(cp));
      if (reachable && !inRanges(built.printable, cp)) lost.push(hex(cp));
    }
    expect(lost).toEqual([]);
  });

  test("each printable character's group, which the app fetches for it, has it in both faces", () => {
    const missing: string[] = [];
    for (const cp of printableCodePoints()) {
      const groups = groupsFor([String.fromCodePoint(cp)], built.printable);
      const group = groupOf(cp);
      if (!groups.includes(group)) missing.push(`${hex(cp)}: ${group} not loaded`);
      else if (!cut.regular[group].has(cp) || !cut.bold[group].has(cp))
        missing.push(`${hex(cp)}: not in ${group}`);
    }
    expect(missing).toEqual([]);
    expect(printableCodePoints().every(both)).toBe(true);
  });

  test("every form jsPDF shapes a printable Arabic letter into is in the Arabic group", () => {
    const shaper = new jsPDF();
    const beh = "\u0628";
    const missing: string[] = [];
    for (const cp of printableCodePoints()) {
      const ch = String.fromCodePoint(cp);
      if (!/\p{Script=Arabic}/u.test(ch)) continue;
      for (const shaped of [ch, beh + ch, ch + beh, beh + ch + beh].map((s) =>
        shaper.processArabic(s),
      ))
        for (const form of shaped) {
          const code = form.codePointAt(0)!;
          if (!cut.regular[groupOf(code)].has(code) || groupOf(code) !== "arabic")
            missing.push(`${hex(cp)} → ${hex(code)}`);
        }
    }
    expect(missing).toEqual([]);
  });

  test("the app fetches only what the text needs: Latin always, nothing for unprintable text", () => {
    // Polish, Turkish, Welsh and Romanian need nothing beyond the Latin core.
    expect(groupsFor(["Zażółć gęślą jaźń, Ağaç, ŵŷ, Știință"], built.printable)).toEqual(["latin"]);
    const { printable } = built;
    expect(groupsFor(["Hello, café – £5"], printable)).toEqual(["latin"]);
    expect(groupsFor(["Zażółć", "Ψωμί", "хлеб"], printable)).toEqual(["latin", "greekCyrillic"]);
    expect(groupsFor(["שלום", "مرحبا"], printable)).toEqual(["latin", "hebrew", "arabic"]);
    expect(groupsFor(["ہے۔"], printable)).toEqual(["latin", "arabic"]);
    expect(groupsFor(["Box ┌─┐ and ✓"], printable)).toEqual(["latin", "symbols"]);
    expect(groupsFor(["Tiếng Việt → IPA ʃ"], printable)).toEqual(["latin", "latinMore"]);
    // Cake emoji and Chinese: no font has them, so none is fetched; they print as a mark.
    expect(groupsFor(["🎂 抹茶 😀"], printable)).toEqual(["latin"]);
  });
});

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

describe("every offered language's own words", () => {
  // Urdu's ہ ے ۓ and ۔ are not in DejaVu Sans: the Arabic group is cut from Noto Naskh Arabic.
  it.each(OFFERED)(
    "%s: every letter of its words prints, in every form jsPDF shapes it to",
    async (code) => {
      const files = ["workbook", "example", "screen", "more"] as const;
      const texts = await Promise.all(
        files.map(async (file) =>
          JSON.stringify(
            (
              (await import(`../../src/content/words/${code}/${file}.ts`)) as Record<
                string,
                unknown
              >
            )[file],
          ),
        ),
      );
      const shaper = new jsPDF();
      const unprintable = new Set<string>();
      for (const text of texts)
        for (const word of text.split(/[\s"]+/))
          for (const ch of [...word, ...shaper.processArabic(word)])
            // Invisible marks that set a direction (Arabic's and Urdu's isolates) have nothing
            // to print; the PDF leaves them out (printable-text.ts).
            if (!IGNORABLE.test(ch) && !inRanges(built.printable, ch.codePointAt(0)!))
              unprintable.add(`${ch} ${hex(ch.codePointAt(0)!)}`);
      expect([...unprintable]).toEqual([]);
    },
  );
});
