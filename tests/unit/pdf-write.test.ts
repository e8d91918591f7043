/**
 * Writes real PDFs with jsPDF and reads them back with pdftotext, as a coach's PDF reader would.
 * Set PDF_PREVIEW_DIR to also get each page as a PNG to look at.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { allFields, withDefaults } from "../../src/content/kinds";
import { exampleAnswers } from "../../src/content/examples";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { coverFieldIds, pdfInfo, toPdfBlocks } from "../../src/pdf/pdf-blocks";
import { inRanges } from "../../src/pdf/font-groups";
import { coverageOf, findUnprintable, MISSING_MARK } from "../../src/pdf/printable-text";
import { writePdf, type WriteOptions } from "../../src/pdf/write-pdf";
import {
  edgeAnswers,
  hugeAnswers,
  longAnswer,
  multiScriptAnswers,
  scriptSamples,
  sixtyRows,
} from "../fixtures/pdf-answers";
import {
  answerTexts,
  asReadBack,
  expectInOrder,
  pdfInfoOf,
  pdfOutline,
  pdfText,
  pdfWords,
  renderPages,
  savePdf,
  cutFonts,
  squash,
  type PdfWord,
} from "../fixtures/pdf-tools";
import { englishWords } from "../fixtures/english";

const { fonts, printable } = await cutFonts();
const date = new Date(2025, 10, 22);

async function makePdf(answers: Answers, name: string, options?: WriteOptions) {
  const blocks = toPdfBlocks(englishWords, answers, date);
  const info = pdfInfo(englishWords, answers, date);
  const started = performance.now();
  const bytes = await writePdf(blocks, info, fonts, printable, options);
  const ms = performance.now() - started;
  const path = savePdf(bytes, `${name}.pdf`);
  const preview = process.env.PDF_PREVIEW_DIR;
  if (preview) renderPages(path, join(preview, name));
  return { path, blocks, info, bytes, ms, pages: Number(pdfInfoOf(path).Pages) };
}

/**
 * The PDF's text as one line, without what each page repeats (footer, "(continued)" labels and
 * table headers), so an answer that runs over a page break reads as one piece again.
 */
function readingText(path: string, footer: string): string {
  let text = squash(pdfText(path));
  const furniture = [
    new RegExp(`${escape(squash(footer))} · Page \\d+ of \\d+`, "g"),
    ...allFields(workbook).map(
      (f) => new RegExp(`${escape(squash(f.label))} \\(continued\\) `, "g"),
    ),
    ...allFields(workbook).flatMap((f) =>
      f.kind === "table"
        ? [new RegExp(`${escape(f.columns.map((c) => c.heading).join(" "))} `, "g")]
        : [],
    ),
    /\(continued\) /g,
  ];
  for (const pattern of furniture) text = text.replace(pattern, "");
  return squash(text);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("the coaching PDF, read back", () => {
  test("the full worked example: every answer in order, cover, footer and notes page", async () => {
    const pdf = await makePdf(exampleAnswers(workbook), "example");
    console.info(
      `Example workbook PDF: ${pdf.pages} pages, ${(pdf.bytes.byteLength / 1024).toFixed(0)} KB, written in ${pdf.ms.toFixed(0)} ms`,
    );
    const text = readingText(pdf.path, pdf.info.footer);
    expectInOrder(text, answerTexts(pdf.blocks));

    const first = pdfText(pdf.path, { first: 1, last: 1 });
    expect(first).toContain("Keeping customers");
    expect(first).toContain("22 November 2025");
    expect(first).toContain(`Amira Khan · Bloom & Crumb · Page 1 of ${pdf.pages}`);
    for (let page = 1; page <= pdf.pages; page++) {
      expect(pdfText(pdf.path, { first: page, last: page })).toContain(
        `Page ${page} of ${pdf.pages}`,
      );
    }
    const last = pdfText(pdf.path, { first: pdf.pages, last: pdf.pages });
    expect(last).toContain("Notes from the coaching session");

    expect(pdf.bytes.byteLength).toBeLessThan(400_000); // the fonts are subset, not embedded whole
  });

  test("title, author, language and A4 pages are set", async () => {
    const pdf = await makePdf(exampleAnswers(workbook), "details");
    const info = pdfInfoOf(pdf.path);
    expect(info.Title).toBe("Keeping customers: Bloom & Crumb");
    expect(info.Author).toBe("Amira Khan");
    expect(info["Page size"]).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(readFileSync(pdf.path, "latin1")).toContain("/Lang (en-GB)");
  });

  test("bookmarks open every step and the notes page; the viewer shows the title", async () => {
    const pdf = await makePdf(exampleAnswers(workbook), "outline");
    const outline = pdfOutline(pdf.path);
    const steps = workbook.steps
      .map((step, i) => ({ step, title: `Step ${i + 1}: ${step.title}` }))
      .filter(({ step }) => step.fields.length > 0);
    expect(outline.map((b) => b.title)).toEqual([
      "Cover and progress",
      ...steps.map((s) => s.title),
      englishWords.more.pdf.notesTitle,
    ]);
    // Each bookmark opens the page its step starts on (About you is printed on the cover).
    for (const { title, page } of outline.slice(2)) {
      const heading = title.replace(/^Step \d+: /, "");
      expect(squash(pdfText(pdf.path, { first: page, last: page })), title).toContain(heading);
    }
    expect(outline[1]).toEqual({ title: steps[0]!.title, page: 1 });
    const raw = readFileSync(pdf.path, "latin1");
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/PageMode \/UseOutlines/);
  });

  test("US Letter is available too", async () => {
    const pdf = await makePdf(exampleAnswers(workbook), "letter", { paper: "letter" });
    expect(pdfInfoOf(pdf.path)["Page size"]).toMatch(/^612 x 792 pts \(letter\)/);
  });

  test("answers in accented Latin, Polish, Turkish, Welsh, Greek, Cyrillic, Arabic and Hebrew", async () => {
    const answers = multiScriptAnswers();
    const pdf = await makePdf(answers, "scripts");
    const text = readingText(pdf.path, pdf.info.footer);
    expectInOrder(text, answerTexts(pdf.blocks));
    for (const sample of Object.values(scriptSamples)) expect(text).toContain(asReadBack(sample));
    expect(pdfText(pdf.path, { first: 1, last: 1 })).toContain(
      "Zoë Łukasiewicz-Öztürk · Café Ürün & Ψωμί · Page 1 of",
    );
    expect(text).not.toContain(MISSING_MARK);
  });

  test("page contents are ASCII, for the browser to compress them before jsPDF writes", async () => {
    const pdf = await makePdf(multiScriptAnswers(), "ascii-pages");
    const file = Buffer.from(pdf.bytes);
    const contents: string[] = [];
    for (let at = file.indexOf("stream\n"); at >= 0; at = file.indexOf("stream\n", at + 1)) {
      if (file.subarray(at - 3, at).toString() === "end") continue;
      const end = file.indexOf("\nendstream", at);
      const raw = file.subarray(at + "stream\n".length, end);
      const flate = file.subarray(file.lastIndexOf(" obj", at), at).includes("/FlateDecode");
      const text = (flate ? inflateSync(raw) : raw).toString("latin1");
      if (text.includes(" Tj")) contents.push(text);
    }
    expect(contents.length).toBe(pdf.pages);
    for (const text of contents) expect(text).toMatch(/^[\0-\x7f]*$/);
    // Some glyph numbers hold bytes above 127, written in octal.
    expect(contents.join("")).toMatch(/\\[23][0-7]{2}/);
  });

  test("every character of Latin, Greek, Cyrillic and Hebrew reads back as typed", async () => {
    // Glyph numbers are written as bytes; some fall on a bracket, a backslash or a carriage
    // return, which a PDF string must escape.
    const run = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))
        .filter(
          (ch) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) && inRanges(printable, ch.codePointAt(0)!),
        )
        .join("");
    const samples = [
      run(0x21, 0x17f),
      run(0x180, 0x24f),
      run(0x391, 0x3c9),
      run(0x410, 0x44f),
      run(0x5d0, 0x5ea),
    ];
    const answers = withDefaults(workbook, {
      stoppedUsing: samples.map((s) => s.match(/.{1,40}/gu)!.join(" ")).join("\n\n"),
    });
    const pdf = await makePdf(answers, "every-character");
    const text = squash(pdfText(pdf.path).normalize("NFC"));
    for (const sample of samples)
      for (const word of sample.match(/.{1,40}/gu)!) expect(text).toContain(word.normalize("NFKC"));
  });

  test("a 5,000-character answer and a 60-row table come out whole, over several pages", async () => {
    const pdf = await makePdf(hugeAnswers(), "huge");
    const text = readingText(pdf.path, pdf.info.footer);
    expect(text).toContain(squash(longAnswer()));
    expect(text).toContain(
      squash(
        sixtyRows()
          .map((r) => `${r.point} ${r.service}`)
          .join(" "),
      ),
    );
    expectInOrder(text, answerTexts(pdf.blocks));

    // The table's header row is printed again on each page the table runs on to.
    const raw = pdfText(pdf.path);
    const headers = raw.match(/What good customer service looks like there/g) ?? [];
    const continued = raw.match(/Contact points and good service \(continued\)/g) ?? [];
    expect(continued.length).toBeGreaterThanOrEqual(2);
    expect(headers.length).toBe(continued.length + 1);
  });

  test("an empty workbook marks every prompt 'Not answered yet'", async () => {
    const pdf = await makePdf(withDefaults(workbook), "empty");
    const raw = pdfText(pdf.path);
    const printedFields = pdf.blocks.filter((b) => b.type === "field").length;
    const onCover = Object.keys(coverFieldIds).length;
    expect(raw.split(englishWords.more.pdf.notAnswered).length - 1).toBe(printedFields + onCover);
    expect(raw).toContain(`Keeping customers · Page 1 of ${pdf.pages}`);
  });

  test("a step heading keeps its first question, and the pen's lines and rows never break over a page", async () => {
    // An answer of 1 to 16 lines early on moves every later page break down a line at a time.
    for (let lines = 1; lines <= 16; lines++) {
      const answers = withDefaults(workbook, {
        stoppedUsing: Array.from({ length: lines }, (_, i) => `Line ${i + 1}.`).join("\n"),
      });
      const pdf = await makePdf(answers, `pen-${lines}`);
      const raw = squash(pdfText(pdf.path));
      const forThePen = pdf.blocks.flatMap((b) =>
        b.type === "field" && (b.answer.type === "empty" || b.answer.type === "table")
          ? [b.label]
          : [],
      );
      expect(forThePen.length).toBeGreaterThan(10);
      for (const label of forThePen)
        expect(raw, `${lines} lines`).not.toContain(`${squash(label)} (continued)`);
      // Nor is a step's heading left at the foot of a page without its first question.
      for (const { title, page } of pdfOutline(pdf.path).slice(2, -1)) {
        const step = workbook.steps.find((s) => title.endsWith(`: ${s.title}`))!;
        const first = step.fields[0]!.label;
        expect(squash(pdfText(pdf.path, { first: page, last: page })), title).toContain(
          squash(first),
        );
      }
    }
  });

  test("characters the font lacks are reported first, then printed as a mark, the rest intact", async () => {
    const answers = withDefaults(workbook, {
      ...exampleAnswers(workbook),
      customersLike: "They love the 🎂 and the 抹茶 flavour, and say so.",
    });
    const blocks = toPdfBlocks(englishWords, answers, date);
    expect(findUnprintable(blocks, coverageOf(printable), englishWords)).toEqual([
      {
        fieldId: "customersLike",
        label: "What do customers like about you and your business?",
        characters: ["🎂", "抹", "茶"],
      },
    ]);
    const pdf = await makePdf(answers, "unprintable");
    expect(readingText(pdf.path, pdf.info.footer)).toContain(
      `They love the ${MISSING_MARK} and the ${MISSING_MARK}${MISSING_MARK} flavour, and say so.`,
    );
  });

  test.each([
    ["example", () => exampleAnswers(workbook)],
    ["huge", hugeAnswers],
    ["edge", edgeAnswers],
    // 40 characters each, but wide ones: the footer is cut short to fit.
    [
      "wide-names",
      () => withDefaults(workbook, { yourName: "M".repeat(40), businessName: "W".repeat(40) }),
    ],
  ])("%s: no text runs off the page, into the footer or over other text", async (name, answers) => {
    const pdf = await makePdf(answers(), `layout-${name}`);
    const { width, height, words } = pdfWords(pdf.path);
    const margin = 56;
    const footerTop = height - 46;
    const bodyBottom = height - 64;
    for (const word of words) {
      const where = `"${word.text}" on page ${word.page}`;
      expect(word.xMin, where).toBeGreaterThanOrEqual(margin - 0.5);
      expect(word.xMax, where).toBeLessThanOrEqual(width - margin + 0.5);
      if (word.yMin >= footerTop) continue; // the footer itself
      expect(word.yMax, where).toBeLessThanOrEqual(bodyBottom + 0.5);
    }
    const overlaps = (a: PdfWord, b: PdfWord) =>
      a.page === b.page &&
      Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.5 &&
      Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5;
    const clashes: string[] = [];
    words.forEach((a, i) => {
      for (const b of words.slice(i + 1)) {
        if (b.page !== a.page) break;
        if (overlaps(a, b)) clashes.push(`page ${a.page}: "${a.text}" and "${b.text}"`);
      }
    });
    expect(clashes).toEqual([]);
  });
});
