import { join } from "node:path";
import { exampleAnswers } from "../../src/content/examples";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { pdfInfo, toPdfBlocks } from "../../src/pdf/pdf-blocks";
import { writePdf } from "../../src/pdf/write-pdf";
import {
  cutFonts,
  pagePixels,
  pdfText,
  pdfWords,
  renderPages,
  savePdf,
  type Rgb,
} from "../fixtures/pdf-tools";

const { fonts, printable } = await cutFonts();
const date = new Date(2025, 10, 22);

async function makePdf(answers: Answers, name: string) {
  const bytes = await writePdf(
    toPdfBlocks(workbook, answers, date),
    pdfInfo(workbook, answers, date),
    fonts,
    printable,
  );
  const path = savePdf(bytes, `${name}.pdf`);
  const preview = process.env.PDF_PREVIEW_DIR;
  if (preview) renderPages(path, join(preview, name));
  return path;
}

const squash = (text: string) => text.replace(/\s+/g, " ");

/** Finds a word of the scorecard: on the page of its "Compliments" heading, at or below it. */
function scorecardWords(path: string) {
  const { words } = pdfWords(path);
  const heading = words.find((w) => w.text === "Compliments")!;
  return (text: string) =>
    words.find((w) => w.text === text && w.page === heading.page && w.yMin >= heading.yMin - 1)!;
}

const answers: Answers = {
  ...exampleAnswers(workbook),
  averageSpend: "£150",
  timesAYear: "52",
  yearsStay: "10",
  customersAWeek: "1 200",
  scorecard: [
    {
      id: "a",
      month: "May 2025",
      asked: "20",
      top: "4",
      bottom: "9",
      complaints: "3",
      compliments: "1",
    },
    {
      id: "b",
      month: "June 2025",
      asked: "10",
      top: "5",
      bottom: "1",
      complaints: "0",
      compliments: "2",
    },
    {
      id: "c",
      month: "July 2025",
      asked: "",
      top: "",
      bottom: "",
      complaints: "1",
      compliments: "",
    },
  ],
};

describe("the PDF of Part 2", () => {
  it("prints each worked-out value with the sum that made it", async () => {
    const text = squash(pdfText(await makePdf(answers, "part2-sums")));
    expect(text).toContain("Lifetime value of one customer £150 × 52 × 10 = £78,000");
    expect(text).toContain("Value of one customer in a year £150 × 52 = £7,800");
    expect(text).toContain("£150 × 52 × 10 × 1,200 = £93,600,000");
    // The numbers as typed.
    expect(text).toContain("£150");
    expect(text).toContain("1 200");
  });

  it("prints the scorecard with each month's score, and the chart's title and scale beside it", async () => {
    const path = await makePdf(answers, "part2-scorecard");
    const text = squash(pdfText(path));
    const table = text.indexOf("Compliments Recommend score by month");
    expect(table).toBeGreaterThan(0);
    expect(text.slice(table)).toMatch(
      /May 2025 20 4 9 3 1 −25 June 2025 10 5 1 0 2 \+40 July 2025/,
    );
    const word = scorecardWords(path);
    const [compliments, title, scale] = [word("Compliments"), word("month"), word("+25")];
    // The chart's column is to the right of the last number column, on the same rows.
    expect(title.xMin).toBeGreaterThan(compliments.xMax);
    expect(title.page).toBe(compliments.page);
    expect(scale.xMin).toBeGreaterThan(compliments.xMax);
    expect(scale.yMin).toBeLessThan(word("May").yMin);
  });

  it("draws each month's bar beside its row: below zero in orange, above in green", async () => {
    const path = await makePdf(answers, "part2-chart");
    const { words } = pdfWords(path);
    const word = (w: string) => words.find((x) => x.text === w)!;
    const page = pagePixels(path, word("June").page);
    const rowOf = (month: string, score: string) => {
      const [m, s] = [
        word(month),
        words.find((x) => x.text === score && x.yMin >= word(month).yMin - 1)!,
      ];
      return { x0: s.xMax + 2, x1: page.width - 56, y0: m.yMin, y1: m.yMax };
    };
    const orange: Rgb = [160, 68, 30];
    const green: Rgb = [31, 95, 91];
    const may = rowOf("May", "−25");
    const june = rowOf("June", "+40");
    expect(page.count(may, orange)).toBeGreaterThan(20);
    expect(page.count(may, green)).toBe(0);
    expect(page.count(june, green)).toBeGreaterThan(20);
    expect(page.count(june, orange)).toBe(0);
    // June's bar (+40) is longer than May's (−25).
    expect(page.count(june, green)).toBeGreaterThan(page.count(may, orange));
    const july = word("July");
    const julyRow = { ...june, y0: july.yMin, y1: july.yMax };
    expect(page.count(julyRow, green) + page.count(julyRow, orange)).toBe(0);
  });

  it("keeps every bar inside the chart's column, from −100 to +100, over a page break", async () => {
    const months = Array.from({ length: 30 }, (_, i) => ({
      id: `m${i}`,
      month: i === 3 ? "The long weekend of the summer fair" : `Month ${i + 1}`,
      asked: "10",
      top: String(i % 11),
      bottom: String(10 - (i % 11)),
      complaints: "",
      compliments: "",
    }));
    const path = await makePdf({ ...answers, scorecard: months }, "part2-chart-year");
    const text = squash(pdfText(path));
    expect(text).toContain("Month 1 10 0 10 −100");
    expect(text).toContain("Month 11 10 10 0 +100");
    const { words } = pdfWords(path);
    const headings = words.filter((w) => w.text === "Compliments" && w.yMin > 0);
    // The header, with the chart's scale, is drawn again on the next page.
    const pages = [...new Set(headings.map((w) => w.page))];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const heading = headings.find((w) => w.page === page)!;
      const pixels = pagePixels(path, page);
      const scale = words.find((w) => w.page === page && w.text === "+100")!;
      expect(scale.xMin).toBeGreaterThan(heading.xMax);
      const left = { x0: 0, x1: heading.xMax + 4, y0: heading.yMax, y1: pixels.height };
      const right = { x0: pixels.width - 55, x1: pixels.width, y0: 0, y1: pixels.height };
      for (const colour of [[160, 68, 30] as const, [31, 95, 91] as const]) {
        expect(pixels.count(left, colour, 20)).toBe(0);
        expect(pixels.count(right, colour, 20)).toBe(0);
      }
    }
  });

  it("says why a month has no score when its numbers cannot go together", async () => {
    const impossible = {
      ...answers,
      scorecard: [
        {
          id: "x",
          month: "August 2025",
          asked: "10",
          top: "8",
          bottom: "5",
          complaints: "",
          compliments: "",
        },
      ],
    };
    const text = squash(pdfText(await makePdf(impossible, "part2-impossible")));
    expect(text).toContain("August 2025 10 8 5");
    expect(text).toContain("No score. More 9–10 and 0–6 answers than customers asked.");
  });

  it("numbers each step as the app does: Part 2 from step 9, after Part 1's eight", async () => {
    const text = squash(pdfText(await makePdf(answers, "part2-numbers")));
    expect(text).toContain("Step 8 Talk it through");
    expect(text).toContain("Step 9 What is a customer worth?");
    expect(text).toContain("Step 14 Measure and manage");
    expect(text).not.toContain("Step 15");
  });

  it("prints “Not answered yet” for a value whose numbers are not all there", async () => {
    const text = squash(
      pdfText(await makePdf({ ...answers, yearsStay: "ten" }, "part2-unanswered")),
    );
    expect(text).toContain("Lifetime value of one customer Not answered yet");
    expect(text).toContain("Value of one customer in a year £150 × 52 = £7,800");
  });
});
