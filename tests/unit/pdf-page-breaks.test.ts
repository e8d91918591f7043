/**
 * Page breaks a reader expects, read back page by page with `pdftotext -layout`: no heading
 * (step, question or table header row) is the last thing on a page, and a short list stays on
 * one page. And the cover's About-you answers carry their New/Changed marks.
 */
import { execFileSync } from "node:child_process";
import { withDefaults } from "../../src/content/kinds";
import { exampleAnswers } from "../../src/content/examples";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { pdfInfo, toPdfBlocks, type PdfBlock, type Since } from "../../src/pdf/pdf-blocks";
import { writePdf } from "../../src/pdf/write-pdf";
import { cutFonts, pdfInfoOf, pdfText, savePdf, squash } from "../fixtures/pdf-tools";

const { fonts, printable } = await cutFonts();
const date = new Date(2025, 10, 22);

async function makePdf(answers: Answers, name: string, since?: Since) {
  const blocks = toPdfBlocks(workbook, answers, date, { since });
  const info = pdfInfo(workbook, answers, date);
  const path = savePdf(await writePdf(blocks, info, fonts, printable), `${name}.pdf`);
  return { path, blocks, pages: Number(pdfInfoOf(path).Pages) };
}

/** A page's lines as `pdftotext -layout` sets them out, without blank lines or the footer. */
function bodyLines(path: string, page: number): string[] {
  const text = execFileSync(
    "pdftotext",
    ["-layout", "-enc", "UTF-8", "-f", String(page), "-l", String(page), path, "-"],
    { encoding: "utf8" },
  );
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.filter((line) => !/Page \d+ of \d+$/.test(line));
}

/** What a page must not end with: a question, a step's heading, a table's header row. */
function endsWithHeading(last: string, blocks: PdfBlock[]): string | null {
  const line = squash(last);
  for (const block of blocks) {
    if (block.type === "step" && (line === `Step ${block.number}` || block.title.endsWith(line)))
      return `the heading of step ${block.number}`;
    if (block.type !== "field") continue;
    if (line.length > 3 && squash(block.label).endsWith(line)) return `"${block.label}"`;
    const { answer } = block;
    if (answer.type !== "table" && answer.type !== "scorecard") continue;
    const headings = [
      ...answer.headings,
      ...(answer.type === "scorecard" ? [answer.chartTitle] : []),
    ];
    const cells = last.split(/\s{2,}/);
    if (cells.length > 1 && cells.every((cell) => headings.some((h) => h.includes(cell))))
      return `the header row of "${block.label}"`;
  }
  return null;
}

/** The full example, with an early answer 1 to 16 lines long: every page break moves. */
const shifted = Array.from({ length: 16 }, (_, i) => i + 1);

describe("page breaks", () => {
  test.each(shifted)(
    "%i lines early on: no page ends with a heading, and short lists stay whole",
    async (lines) => {
      const answers = withDefaults(workbook, {
        ...exampleAnswers(workbook),
        stoppedUsing: Array.from({ length: lines }, (_, i) => `Line ${i + 1}.`).join("\n"),
      });
      const pdf = await makePdf(answers, `breaks-${lines}`);
      const lastLines: string[] = [];
      for (let page = 1; page < pdf.pages; page++) {
        const last = bodyLines(pdf.path, page).at(-1) ?? "";
        lastLines.push(last);
        expect(endsWithHeading(last, pdf.blocks), `page ${page} ends "${last}"`).toBeNull();
      }
      const pageTexts = Array.from({ length: pdf.pages }, (_, i) =>
        squash(pdfText(pdf.path, { first: i + 1, last: i + 1 })),
      );
      for (const block of pdf.blocks) {
        if (block.type !== "field" || block.answer.type !== "list") continue;
        const { items } = block.answer;
        if (items.length > 5) continue;
        const whole = pageTexts.some((text) => items.every((item) => text.includes(squash(item))));
        expect(whole, `"${block.label}" on one page`).toBe(true);
      }
    },
  );

  test("a table's header row is never left at the foot of a page without its first row", async () => {
    // A text answer 30 to 52 lines long moves the table down a line at a time; its first row is
    // three lines, too few to split, so at some point only the header and two lines would fit.
    const table: PdfBlock = {
      type: "field",
      fieldId: "table",
      label: "A table",
      answered: true,
      answer: {
        type: "table",
        headings: ["Contact point", "What good service looks like"],
        rows: [
          ["Phone", "Answer by the third ring.\nTake a name and number.\nCall back the same day."],
        ],
        blankRows: 0,
      },
    };
    for (let lines = 30; lines <= 52; lines++) {
      const blocks: PdfBlock[] = [
        { type: "step", number: 1, title: "A step", prompt: "A prompt." },
        {
          type: "field",
          fieldId: "text",
          label: "A question",
          answered: true,
          answer: {
            type: "text",
            paragraphs: [Array.from({ length: lines }, (_, i) => `Line ${i + 1}.`).join("\n")],
          },
        },
        table,
      ];
      const info = pdfInfo(workbook, withDefaults(workbook), date);
      const path = savePdf(await writePdf(blocks, info, fonts, printable), `table-${lines}.pdf`);
      const last = bodyLines(path, 1).at(-1) ?? "";
      expect(endsWithHeading(last, blocks), `${lines} lines: page 1 ends "${last}"`).toBeNull();
    }
  });
});

describe("the cover", () => {
  test("About-you answers carry their New and Changed marks, as the summary counts them", async () => {
    const before = withDefaults(workbook, { yourName: "Amira", businessName: "Bloom & Crumb" });
    const since: Since = { takenAt: new Date(2025, 10, 12).getTime(), answers: before };
    const now = withDefaults(workbook, {
      yourName: "Amira Khan",
      businessName: "Bloom & Crumb",
      coachName: "Sam Taylor",
    });
    const pdf = await makePdf(now, "cover-marks", since);
    const cover = bodyLines(pdf.path, 1);
    // Each question's line, split where the layout leaves a gap, and the line after it.
    const detail = (label: string) => {
      const at = cover.findIndex((line) => line.startsWith(label));
      return [...cover[at]!.split(/\s{2,}/), cover[at + 1]];
    };
    expect(detail("Your name")).toEqual(["Your name", "Changed since 12 Nov", "Amira Khan"]);
    expect(detail("Business name")).toEqual(["Business name", "Bloom & Crumb"]);
    expect(detail("Your coach's name")).toEqual([
      "Your coach's name",
      "New since 12 Nov",
      "Sam Taylor",
    ]);
    expect(cover.join("\n")).toContain("Since your last PDF on 12 Nov: 1 new answer, 1 changed.");
  });
});
