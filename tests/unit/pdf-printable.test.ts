import fc from "fast-check";
import { withDefaults } from "../../src/content/kinds";
import { exampleAnswers } from "../../src/content/examples";
import { workbook } from "../../src/content/workbook";
import { withCoachFeedback } from "../../src/pdf/coach-comments";
import { toPdfBlocks } from "../../src/pdf/pdf-blocks";
import {
  cleanText,
  coverageOf,
  findUnprintable,
  MISSING_MARK,
  toPrintable,
} from "../../src/pdf/printable-text";
import { fontCoverage } from "../../src/pdf/font-cmap";
import { inRanges } from "../../src/pdf/font-groups";
import { printableRanges } from "../../scripts/pdf-fonts";
import { scriptSamples } from "../fixtures/pdf-answers";
import { cutFonts, fullFonts } from "../fixtures/pdf-tools";
import { englishWords } from "../fixtures/english";

const fonts = fullFonts();
const covers = coverageOf((await cutFonts()).printable);

describe("font coverage", () => {
  test("DejaVu Sans covers every script the workbook promises, in both faces", () => {
    for (const face of [fonts.regular, fonts.bold]) {
      const set = fontCoverage(face.dejavu);
      for (const ch of "aé ąęłńśźż ğışİ ŵŷ Ωλ Жщ بت שא ✓•·…–—“”") {
        if (ch !== " ") expect(set.has(ch.codePointAt(0)!), ch).toBe(true);
      }
      expect(set.has(0x4e2d)).toBe(false); // 中
    }
  });

  test("every sample answer prints without a missing mark", () => {
    for (const sample of Object.values(scriptSamples)) {
      expect(toPrintable(sample, covers)).toEqual({ text: sample, missing: [] });
    }
  });

  test("characters beyond the BMP never count as printable, since jsPDF cannot draw them", () => {
    expect(fontCoverage(fonts.regular.dejavu).has(0x1f600)).toBe(true); // DejaVu has 😀 …
    expect(covers(0x1f600)).toBe(false); // … but jsPDF would drop it
  });

  test("an Arabic letter only counts when every form jsPDF shapes it into is in the font", () => {
    expect(covers(0x0628)).toBe(true); // ب
    expect(covers(0x06c1)).toBe(true); // ہ (Urdu heh goal), from Noto Naskh Arabic
    // A font with alef and beh in all their forms, and teh without its joining forms.
    const font = new Set([0x0627, 0xfe8d, 0xfe8e, 0x0628, 0xfe8f, 0xfe90, 0xfe91, 0xfe92, 0x062a]);
    const ranges = printableRanges(font, font);
    expect(inRanges(ranges, 0x0627)).toBe(true);
    expect(inRanges(ranges, 0x0628)).toBe(true);
    expect(inRanges(ranges, 0x062a)).toBe(false);
  });
});

describe("toPrintable", () => {
  test("each undrawable grapheme becomes one visible mark and is reported", () => {
    const family = "👨‍👩‍👧";
    const thumb = "👍🏽";
    expect(toPrintable(`Cakes ${family} and ${thumb} 中文 ok`, covers)).toEqual({
      text: `Cakes ${MISSING_MARK} and ${MISSING_MARK} ${MISSING_MARK}${MISSING_MARK} ok`,
      missing: [family, thumb, "中", "文"],
    });
  });

  test("invisible formatting characters go; accents are composed; tabs become spaces", () => {
    expect(cleanText("Cafe\u0301\tok\r\nnext")).toBe("Café    ok\nnext");
    expect(toPrintable("a\u200db\u200fc\ufe0f❤\ufe0f", covers)).toEqual({
      text: "abc❤",
      missing: [],
    });
  });

  test("ASCII is tidied the same whether or not it takes the quick way", () => {
    const tidied = (text: string) =>
      text
        .normalize("NFC")
        .replace(/\r\n?|[\u2028\u2029]/g, "\n")
        .replace(/\t/g, "    ")
        .replace(/\p{Zs}/gu, " ")
        .replace(/[^\P{Cc}\n]/gu, "");
    const character = fc.oneof(
      fc.constantFrom("\t", "\r", "\n", "\0", "\x7f", " ", "a"),
      fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
    );
    const ascii = fc.array(character, { maxLength: 40 }).map((chars) => chars.join(""));
    fc.assert(fc.property(ascii, (text) => cleanText(text) === tidied(text)));
    expect(cleanText("Plain words.\nNext line")).toBe("Plain words.\nNext line");
  });

  test("printable text is never lost: only the undrawable graphemes are swapped, in place", () => {
    const printable = fc.string({
      unit: fc.constantFrom(..."abcé ąłğİ Ωλ Жщ بت שא.,!?\n"),
      minLength: 1,
    });
    const undrawable = fc.constantFrom("😀", "中", "🎂", "👨‍👩‍👧", "👍🏽", "한");
    const part = fc.oneof(
      printable.map((text) => ({ text, drawable: true })),
      undrawable.map((text) => ({ text, drawable: false })),
    );
    fc.assert(
      fc.property(fc.array(part), (parts) => {
        const result = toPrintable(parts.map((p) => p.text).join(""), covers);
        expect(result.text).toBe(parts.map((p) => (p.drawable ? p.text : MISSING_MARK)).join(""));
        expect(result.missing).toEqual(parts.filter((p) => !p.drawable).map((p) => p.text));
      }),
    );
  });
});

describe("findUnprintable", () => {
  test("names the answers, in PDF order, that hold characters the font lacks", () => {
    const answers = withDefaults(workbook, {
      ...exampleAnswers(workbook),
      businessName: "Bloom 🌸 Crumb",
      contactPoints: [{ id: "row-1", point: "微信", service: "Reply fast" }],
      complaintRoutine: {
        items: { easy: { status: "yes", note: "Call me 📞" } },
        own: [{ id: "own-1", text: "Say thanks 🙏", status: "", note: "" }],
      },
      wordOfMouth: scriptSamples.arabic,
    });
    const found = findUnprintable(toPdfBlocks(englishWords, answers), covers, englishWords);
    expect(found).toEqual([
      { fieldId: "businessName", label: "Business name", characters: ["🌸"] },
      {
        fieldId: "contactPoints",
        label: "Contact points and good service",
        characters: ["微", "信"],
      },
      {
        fieldId: "complaintRoutine",
        label: "The ten-step complaint routine. Will you do each one?",
        characters: ["📞", "🙏"],
      },
    ]);
  });

  test("names the coach's comments and agreed actions in the user's words", () => {
    const blocks = withCoachFeedback(
      englishWords,
      toPdfBlocks(englishWords, exampleAnswers(workbook)),
      {
        coachName: "Sam Taylor",
        madeAt: new Date(2025, 10, 20),
        comments: { stoppedUsing: "Lovely 😊" },
        actions: [{ id: "a1", action: "Ask 5 customers 🙋", byWhen: "Friday", who: "client" }],
      },
    );
    expect(findUnprintable(blocks, covers, englishWords)).toEqual([
      {
        fieldId: "coachFeedback",
        label: "The actions agreed with your coach",
        characters: ["🙋"],
      },
      {
        fieldId: "stoppedUsing",
        label:
          "Your coach’s comment on “Think of a time you stopped using a business. What happened, and why did you stop?”",
        characters: ["😊"],
      },
    ]);
  });

  test("finds nothing in the worked example", () => {
    expect(
      findUnprintable(toPdfBlocks(englishWords, exampleAnswers(workbook)), covers, englishWords),
    ).toEqual([]);
  });
});
