import fc from "fast-check";
import { parseNumber } from "../../src/content/numbers";
import {
  calculate,
  chartDescription,
  chartScale,
  formatNumber,
  numberMessage,
  recommendScore,
  resultText,
  scorePoints,
  sumText,
} from "../../src/content/sums";
import type { CalculatedField, Field, ScorecardField } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { allFields } from "../../src/content/kinds";
import { englishWords } from "../fixtures/english";

const value = (text: string) => {
  const read = parseNumber(text);
  return read.status === "ok" ? read.value : read.status;
};

describe("reading a number as typed", () => {
  it("takes UK amounts with a pound sign, commas, spaces and pence", () => {
    expect(value("£1,200")).toBe(1200);
    expect(value("1200")).toBe(1200);
    expect(value("12.50")).toBe(12.5);
    expect(value("1 200")).toBe(1200);
    expect(value(" £ 150 ")).toBe(150);
    expect(value("£1,234,567.89")).toBe(1234567.89);
    expect(value("1\u00a0200")).toBe(1200);
    expect(value(".5")).toBe(0.5);
    expect(value("0")).toBe(0);
  });

  it("leaves an empty box empty, not zero", () => {
    expect(value("")).toBe("empty");
    expect(value("   ")).toBe("empty");
  });

  it("says clearly what is wrong with anything else, quoting what was typed", () => {
    for (const text of ["1,200,50", "12 50", "ten", "150 a week", "£", ".", "1.2.3", "12k"])
      expect(value(text), text).toBe("error");
    const read = parseNumber(" 1 200,50 a week ");
    expect(read.status === "error" && numberMessage(read, englishWords)).toBe(
      "“1 200,50 a week” is not a number. Write it like 1200, £1,200 or 12.50.",
    );
    const negative = parseNumber("-5");
    expect(negative.status === "error" && numberMessage(negative, englishWords)).toBe(
      "Type a number of 0 or more.",
    );
  });

  it("reads back any whole amount however it is written with commas or a pound sign", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), fc.boolean(), (n, pound) => {
        const written = `${pound ? "£" : ""}${n.toLocaleString("en-GB")}`;
        expect(value(written)).toBe(n);
        expect(value(String(n))).toBe(n);
      }),
    );
  });
});

describe("working out values", () => {
  const step = workbook.steps.find((s) => s.id === "customer-worth")!;
  const fields: readonly Field[] = step.fields;
  const calc = (id: string) => fields.find((f) => f.id === id) as CalculatedField;

  it("multiplies the numbers and shows the sum, with pounds where money is", () => {
    const answers = { averageSpend: "£150", timesAYear: "52", yearsStay: "10" };
    const worked = calculate(calc("lifetimeValue"), fields, answers);
    expect(worked).toMatchObject({ status: "ok", value: 78000 });
    expect(worked.status === "ok" && resultText(worked, englishWords)).toBe("£78,000");
    expect(worked.status === "ok" && sumText(worked, englishWords)).toBe(
      "£150 × 52 × 10 = £78,000",
    );
    const pence = calculate(calc("yearValue"), fields, { averageSpend: "12.5", timesAYear: "3" });
    expect(pence.status === "ok" && sumText(pence, englishWords)).toBe("£12.50 × 3 = £37.50");
  });

  it("names the numbers still missing, or the ones that cannot be read", () => {
    expect(calculate(calc("lifetimeValue"), fields, { averageSpend: "150" })).toEqual({
      status: "missing",
      missing: ["Times a customer buys in a year", "Years a customer stays with you"],
    });
    expect(
      calculate(calc("yearValue"), fields, { averageSpend: "lots", timesAYear: "52" }),
    ).toEqual({ status: "error", wrong: ["Average spend each time a customer buys (£)"] });
  });

  it("formats money without pence when there are none", () => {
    expect(formatNumber(1762500, true, englishWords)).toBe("£1,762,500");
    expect(formatNumber(0.1 + 0.2, true, englishWords)).toBe("£0.30");
    expect(formatNumber(1.5, false, englishWords)).toBe("1.5");
  });
});

describe("the recommend score", () => {
  const field = allFields(workbook).find((f) => f.kind === "scorecard") as ScorecardField;
  const row = (asked: string, top: string, bottom: string, month = "May") => ({
    id: month,
    month,
    asked,
    top,
    bottom,
    complaints: "",
    compliments: "",
  });

  it("is the % who answered 9–10 minus the % who answered 0–6, rounded", () => {
    expect(recommendScore(field, row("20", "11", "3"), englishWords)).toEqual({
      status: "ok",
      value: 40,
      text: "+40",
    });
    expect(recommendScore(field, row("24", "16", "2"), englishWords)).toMatchObject({ value: 58 });
    expect(recommendScore(field, row("20", "4", "9"), englishWords)).toMatchObject({ text: "−25" });
    expect(recommendScore(field, row("10", "3", "3"), englishWords)).toMatchObject({ text: "0" });
    expect(recommendScore(field, row("10", "10", "0"), englishWords)).toMatchObject({ value: 100 });
  });

  it("waits for all three numbers, and explains numbers that do not add up", () => {
    expect(recommendScore(field, row("20", "11", ""), englishWords)).toEqual({ status: "empty" });
    expect(recommendScore(field, row("0", "0", "0"), englishWords)).toEqual({ status: "empty" });
    expect(recommendScore(field, row("10", "8", "5"), englishWords)).toEqual({
      status: "error",
      message: "More 9–10 and 0–6 answers than customers asked.",
    });
    expect(recommendScore(field, row("10.5", "1", "1"), englishWords)).toMatchObject({
      status: "error",
    });
    expect(recommendScore(field, row("twenty", "1", "1"), englishWords)).toMatchObject({
      message: "“twenty” is not a number. Write it like 1200, £1,200 or 12.50.",
    });
  });

  it("stays between −100 and +100 whatever the counts", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (a, t, b) => {
        const score = recommendScore(
          field,
          row(String(a + t + b), String(t), String(b)),
          englishWords,
        );
        if (score.status === "ok") {
          expect(score.value).toBeGreaterThanOrEqual(-100);
          expect(score.value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("charts the months that have a score, and lists them as its text alternative", () => {
    const points = scorePoints(
      field,
      [row("20", "11", "3", "January"), row("", "", "", "February"), row("20", "4", "9", "March")],
      englishWords,
    );
    expect(points.map((p) => p.month)).toEqual(["January", "March"]);
    expect(chartDescription(field, points, englishWords)).toBe(
      "Recommend score by month: January +40, March −25.",
    );
    expect(chartScale(points)).toEqual({ low: -25, high: 50, ticks: [-25, 0, 25, 50] });
    expect(chartDescription(field, [], englishWords)).toBe(
      "Recommend score by month: no months with a score yet.",
    );
  });
});
