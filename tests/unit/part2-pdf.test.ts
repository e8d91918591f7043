import { join } from "node:path";
import { exampleAnswers } from "../../src/content/examples";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { pdfInfo, toPdfBlocks } from "../../src/pdf/pdf-blocks";
import { writePdf } from "../../src/pdf/write-pdf";
import { pdfText, renderPages, savePdf, testFonts } from "../fixtures/pdf-tools";

const date = new Date(2025, 10, 22);

function makePdf(answers: Answers, name: string) {
  const bytes = writePdf(
    toPdfBlocks(workbook, answers, date),
    pdfInfo(workbook, answers, date),
    testFonts(),
  );
  const path = savePdf(bytes, `${name}.pdf`);
  const preview = process.env.PDF_PREVIEW_DIR;
  if (preview) renderPages(path, join(preview, name));
  return path;
}

const squash = (text: string) => text.replace(/\s+/g, " ");

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
  it("prints each worked-out value with the sum that made it", () => {
    const text = squash(pdfText(makePdf(answers, "part2-sums")));
    expect(text).toContain("Lifetime value of one customer £150 × 52 × 10 = £78,000");
    expect(text).toContain("Value of one customer in a year £150 × 52 = £7,800");
    expect(text).toContain("£150 × 52 × 10 × 1,200 = £93,600,000");
    // The numbers as typed.
    expect(text).toContain("£150");
    expect(text).toContain("1 200");
  });

  it("prints the scorecard with each month's score, then the chart's title and values", () => {
    const text = squash(pdfText(makePdf(answers, "part2-scorecard")));
    const table = text.indexOf("Recommend score May 2025");
    expect(table).toBeGreaterThan(0);
    expect(text.slice(table)).toMatch(
      /May 2025 20 4 9 3 1 −25 June 2025 10 5 1 0 2 \+40 July 2025 1/,
    );
    const chart = text.indexOf("Recommend score by month", table);
    expect(chart).toBeGreaterThan(table);
    expect(text.slice(chart)).toMatch(/−25.*\+40|\+40.*−25/);
  });

  it("prints “Not answered yet” for a value whose numbers are not all there", () => {
    const text = squash(pdfText(makePdf({ ...answers, yearsStay: "ten" }, "part2-unanswered")));
    expect(text).toContain("Lifetime value of one customer Not answered yet");
    expect(text).toContain("Value of one customer in a year £150 × 52 = £7,800");
  });
});
