/**
 * The PDF in every language. The cover, with the worked example and a "since your last PDF"
 * summary, keeps to one page, on A4 and on Letter; when its answers are too long for one page,
 * the rest flows on to the next, nothing cut off, and the steps start on a page of their own
 * after it. And no English word is left among a right-to-left PDF's own words.
 */
import { speakerFor, type LanguageCode } from "../../src/content/catalogue";
import { exampleAnswers } from "../../src/content/examples";
import type { MoreWords, ScreenWords, Words } from "../../src/content/language";
import { LANGUAGES, OFFERED } from "../../src/content/languages";
import type { Answers } from "../../src/content/types";
import { workbookIn, type WorkbookWords } from "../../src/content/workbook-in";
import type { PaperSize } from "../../src/pdf/page-style";
import { withCoachFeedback, type CoachFeedback } from "../../src/pdf/coach-comments";
import { pdfInfo, toPdfBlocks, type PdfBlock, type Since } from "../../src/pdf/pdf-blocks";
import { writePdf } from "../../src/pdf/write-pdf";
import {
  asReadBack,
  cutFonts,
  pdfOutline,
  pdfText,
  pdfWords,
  savePdf,
} from "../fixtures/pdf-tools";

const { fonts, printable } = await cutFonts();
const date = new Date(2025, 10, 22);

/** A language's words and worked example, from its files, as the app loads them. */
async function languageOf(code: LanguageCode): Promise<{ w: Words; example: Answers }> {
  const file = async <T>(name: string) =>
    ((await import(`../../src/content/words/${code}/${name}.ts`)) as Record<string, T>)[name]!;
  const [workbook, screen, more, example] = await Promise.all([
    file<WorkbookWords>("workbook"),
    file<ScreenWords>("screen"),
    file<MoreWords>("more"),
    file<Answers>("example"),
  ]);
  const info = LANGUAGES[code];
  const w: Words = {
    ...speakerFor(info.tag),
    info,
    screen,
    workbook: workbookIn(workbook, info.tag),
    complete: true,
    more,
  };
  return { w, example };
}

/**
 * The last PDF was made before the worked example was filled in: the name then was shorter and
 * the other About-you answers and a few more were not there, so the cover marks each of its
 * answers and sums up the changes.
 */
function lastPdf(w: Words, example: Answers): Since {
  const before: Answers = { ...example, yourName: "Amira" };
  for (const id of ["businessName", "businessWhat", "coachName", "stoppedUsing", "serviceList"])
    delete before[id];
  return { takenAt: new Date(2025, 10, 12).getTime(), answers: exampleAnswers(w.workbook, before) };
}

type Cover = Extract<PdfBlock, { type: "cover" }>;

async function makePdf(
  w: Words,
  answers: Answers,
  since: Since,
  paper: PaperSize,
  name: string,
  feedback?: CoachFeedback,
) {
  const blocks = withCoachFeedback(w, toPdfBlocks(w, answers, date, { since }), feedback);
  const info = pdfInfo(w, answers, date);
  const path = savePdf(await writePdf(blocks, info, fonts, printable, { paper }), name);
  const cover = blocks.find((b): b is Cover => b.type === "cover")!;
  return { path, cover };
}

/** The page each step starts on, from the PDF's bookmarks (the cover's own come first). */
function stepPages(path: string, cover: Cover): number[] {
  return pdfOutline(path)
    .slice(1 + cover.steps.length)
    .map((b) => b.page);
}

/**
 * Only the letters, in order: pdftotext sets the spaces and stops around numbers and Latin
 * words in a right-to-left line out of place, but reads the words themselves in order.
 */
const letters = (text: string) => text.replace(/[^\p{L}\p{M}]/gu, "");

const pageText = (path: string, page: number) =>
  letters(pdfText(path, { first: page, last: page }));

const said = (text: string) => letters(asReadBack(text));

describe("the cover with the worked example and a summary of changes", () => {
  for (const code of OFFERED)
    for (const paper of ["a4", "letter"] as const)
      test(`in ${LANGUAGES[code].name}, on ${paper}: one page`, async () => {
        const { w, example } = await languageOf(code);
        const answers = exampleAnswers(w.workbook, example);
        const pdf = await makePdf(w, answers, lastPdf(w, example), paper, `${code}-${paper}.pdf`);
        const cover = pageText(pdf.path, 1);
        expect(pdf.cover.changes).toBeTruthy();
        expect(cover).toContain(said(pdf.cover.changes!));
        for (const step of pdf.cover.progress) expect(cover).toContain(said(step.title));
        // The first step after the cover starts on page 2: the cover took one page.
        expect(stepPages(pdf.path, pdf.cover)[0]).toBe(2);
      });
});

describe("a cover too long for one page", () => {
  test("flows on: every step's progress under its header row, then the steps on a new page", async () => {
    const { w, example } = await languageOf("ur");
    // A business description of many lines pushes the progress table over the page's foot.
    const what = Array.from({ length: 9 }, () => example.businessWhat as string).join(" ");
    const answers = exampleAnswers(w.workbook, { ...example, businessWhat: what });
    const pdf = await makePdf(w, answers, lastPdf(w, example), "a4", "ur-long-cover.pdf");
    const first = stepPages(pdf.path, pdf.cover)[0]!;
    expect(first).toBe(3);
    const [page1, page2] = [pageText(pdf.path, 1), pageText(pdf.path, 2)];
    expect(page1).toContain(said(pdf.cover.changes!));
    // Each step's row is on one page or the other, whole; the table's header row heads both.
    for (const step of pdf.cover.progress)
      expect(page1.includes(said(step.title)) || page2.includes(said(step.title))).toBe(true);
    const { step, answered } = w.more.pdf;
    for (const text of [page1, page2]) {
      expect(text).toContain(said(step));
      expect(text).toContain(said(answered));
    }
  });
});

describe("a right-to-left PDF's own words", () => {
  const feedback: CoachFeedback = {
    coachName: "Sam Taylor",
    madeAt: date,
    comments: { yourName: "Good start!", stoppedUsing: "Call back the same day: £25 off." },
    actions: [{ id: "a1", action: "Ring 5 customers", byWhen: "12/12/2025", who: "both" }],
  };

  for (const code of OFFERED.filter((c) => LANGUAGES[c].dir === "rtl"))
    test(`in ${LANGUAGES[code].name}: every Latin word is one typed or the language's own`, async () => {
      const { w, example } = await languageOf(code);
      const answers = exampleAnswers(w.workbook, example);
      const since = lastPdf(w, example);
      const pdf = await makePdf(w, answers, since, "a4", `${code}-own.pdf`, feedback);
      const latin = (text: string) => new Set(text.match(/[A-Za-z]+/g));
      const known = latin(JSON.stringify([answers, feedback, w.more, w.workbook]));
      const stray = [...latin(pdfText(pdf.path))].filter((word) => !known.has(word));
      expect(stray).toEqual([]);
    });
});

describe("a right-to-left page", () => {
  for (const code of OFFERED.filter((c) => LANGUAGES[c].dir === "rtl"))
    test(`in ${LANGUAGES[code].name}: a sum of money starts at the right, under its question`, async () => {
      const { w, example } = await languageOf(code);
      const answers = exampleAnswers(w.workbook, example);
      const pdf = await makePdf(w, answers, lastPdf(w, example), "a4", `${code}-sums.pdf`);
      const { width, words } = pdfWords(pdf.path);
      // "£30 × 4 = £120", a year's worth of a customer, read left to right.
      const sum = words.filter((word) => word.text === "£120");
      expect(sum.length).toBeGreaterThan(0);
      for (const word of sum) expect(word.xMax).toBeGreaterThan(width - 56 - 2);
    });
});

describe("a sum in the PDF", () => {
  // "1.200" is twelve hundred to a Polish or Romanian reader, as the number box reads it.
  for (const [code, expected] of [
    ["pl", "1200"],
    ["ro", "1.200"],
    ["en", "1.20"],
  ] as const)
    test(`in ${LANGUAGES[code].name}: reads the numbers as the workbook's language writes them`, async () => {
      const { w } = await languageOf(code);
      const answers = exampleAnswers(w.workbook, { averageSpend: "1.200", timesAYear: "2" });
      const sum = toPdfBlocks(w, answers).find(
        (block) => block.type === "field" && block.fieldId === "yearValue",
      );
      expect(sum?.type === "field" && sum.answer).toMatchObject({
        type: "text",
        paragraphs: [expect.stringContaining(`× 2 =`)],
      });
      const text =
        sum?.type === "field" && sum.answer.type === "text" ? (sum.answer.paragraphs[0] ?? "") : "";
      expect(text.replace(/\s/g, " ")).toContain(expected);
    });
});
