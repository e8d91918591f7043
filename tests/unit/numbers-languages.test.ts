/**
 * Numbers as people type them in each language the workbook speaks: decimal commas in Polish
 * and Romanian, Arabic-Indic digits and the Arabic decimal mark, and "1,200" / "1.200", which
 * only the language can settle. Messages show good numbers the language's way.
 */
import fc from "fast-check";
import { speakerFor, type LanguageCode } from "../../src/content/catalogue";
import { LANGUAGES } from "../../src/content/languages";
import { parseNumber } from "../../src/content/numbers";
import {
  calculate,
  chartDescription,
  formatNumber,
  numberMessage,
  recommendScore,
  sumText,
  type SumWords,
} from "../../src/content/sums";
import type { CalculatedField, ScorecardField } from "../../src/content/types";
import { allFields } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { more as ar } from "../../src/content/words/ar/more";
import { more as en } from "../../src/content/words/en/more";
import { more as pl } from "../../src/content/words/pl/more";
import { more as ro } from "../../src/content/words/ro/more";
import { more as ur } from "../../src/content/words/ur/more";

const CODES = ["en", "pl", "ro", "ar", "ur"] as const satisfies readonly LanguageCode[];
const MORE = { en, pl, ro, ar, ur };
const tag = (code: LanguageCode) => LANGUAGES[code].tag;
const wordsIn = (code: LanguageCode): SumWords => ({ ...speakerFor(tag(code)), more: MORE[code] });

const read = (text: string, code: LanguageCode) => {
  const number = parseNumber(text, tag(code));
  return number.status === "ok" ? number.value : number.status;
};

// What each language reads, in the order of CODES: English, Polish, Romanian, Arabic, Urdu.
type Row = [
  text: string,
  en: number | string,
  pl: number | string,
  ro: number | string,
  ar: number | string,
  ur: number | string,
];
const same = (text: string, value: number | string): Row => [
  text,
  value,
  value,
  value,
  value,
  value,
];

const TABLE: Row[] = [
  // Written the same in every language.
  same("1,200.50", 1200.5),
  same("1.200,50", 1200.5),
  same("1 200,50", 1200.5),
  same("1\u00a0200,50", 1200.5),
  same("1\u202f200,50", 1200.5),
  same("1\u2009200,50", 1200.5),
  same("1 200.50", 1200.5),
  same("12,50", 12.5),
  same("12,5", 12.5),
  same("0,5", 0.5),
  same(",5", 0.5),
  same("£12,50", 12.5),
  same("12,50 £", 12.5),
  same("12,50£", 12.5),
  same("£ 1.200,50", 1200.5),
  same("1.234.567,89", 1234567.89),
  same("1,234,567.89", 1234567.89),
  same("1.200.000", 1200000),
  same("1,200,000", 1200000),
  same("1 200", 1200),
  same("1234,567", 1234.567),
  // Arabic-Indic digits, the Extended ones Urdu uses, and the Arabic marks ٫ and ٬.
  same("١٢٫٥", 12.5),
  same("۱۲٫۵", 12.5),
  same("١٢٠٠", 1200),
  same("١٬٢٠٠", 1200),
  same("١٬٢٠٠٫٥٠", 1200.5),
  same("£١٬٢٠٠", 1200),
  same("۱٬۲۰۰٫۵۰ £", 1200.5),
  same("\u200f١٢٫٥\u200f", 12.5),
  same("12٫5", 12.5),
  same("1٫200", 1.2),
  same("١٢،٥", 12.5),
  // One mark before exactly three digits: the language decides.
  ["1,200", 1200, 1.2, 1.2, 1200, 1200],
  ["1.200", 1.2, 1200, 1200, 1.2, 1.2],
  ["£1.200", 1.2, 1200, 1200, 1.2, 1.2],
  ["12.500", 12.5, 12500, 12500, 12.5, 12.5],
  ["12,500", 12500, 12.5, 12.5, 12500, 12500],
  // Not numbers, in any language.
  same("ten", "error"),
  same("-5", "error"),
  same("150 a week", "error"),
  same("1,200,50", "error"),
  same("1.200.5", "error"),
  same("1,2,3", "error"),
  same("12 50", "error"),
  same("12.", "error"),
  same("£", "error"),
  same("1٫2٫3", "error"),
  same("1.200 000", "error"),
  same("", "empty"),
];

describe("reading numbers as each language writes them", () => {
  it.each(TABLE)(
    "“%s” reads as %s in English, %s Polish, %s Romanian, %s Arabic, %s Urdu",
    (text, ...expected) => {
      expect(CODES.map((code) => read(text, code))).toEqual(expected);
    },
  );

  it("keeps the refusals and their messages: a negative number, words, a number with words", () => {
    for (const code of CODES) {
      const say = wordsIn(code);
      const negative = parseNumber("-5", tag(code));
      expect(negative.status === "error" && numberMessage(negative, say)).toBe(
        say.more.numbers.negative,
      );
      const words = parseNumber("150 a week", tag(code));
      expect(words.status === "error" && numberMessage(words, say)).toContain("150 a week");
    }
  });

  it("shows good numbers in the message the language's way", () => {
    const message = (code: LanguageCode) => {
      const number = parseNumber("ten", tag(code));
      return number.status === "error" ? numberMessage(number, wordsIn(code)) : "";
    };
    expect(message("en")).toBe("“ten” is not a number. Write it like 1200, £1,200 or 12.50.");
    expect(message("pl")).toBe(
      "„ten” to nie jest liczba. Wpisz ją na przykład tak: 1200, £1\u00a0200 albo 12,50.",
    );
    expect(message("ro")).toBe("„ten” nu este un număr. Scrie-l așa: 1200, £1.200 sau 12,50.");
    // In right-to-left text, what was typed and "£1,200" are kept apart, each in its own order.
    expect(message("ar")).toBe(
      "«\u2068ten\u2069» ليس رقما. اكتبه هكذا: 1200 أو \u2066£1,200\u2069 أو 12.50.",
    );
    expect(message("ur")).toBe(
      "“\u2068ten\u2069” عدد نہیں ہے۔ اسے اس طرح لکھیں: 1200، \u2066£1,200\u2069 یا 12.50۔",
    );
    // Each example in the message reads back in its language as what it shows.
    for (const code of CODES) {
      const say = wordsIn(code);
      const { number } = say.formats;
      expect(read(number(1200, { useGrouping: "always" }), code)).toBe(1200);
      expect(read(number(12.5, { minimumFractionDigits: 2 }), code)).toBe(12.5);
    }
  });

  it("reads back any amount as the language writes it, with or without pounds", () => {
    const tags = (code: LanguageCode) =>
      code === "ar" || code === "ur"
        ? [tag(code), `${tag(code)}-u-nu-arabext`, "ar-u-nu-arab"]
        : [tag(code)];
    fc.assert(
      fc.property(
        fc.constantFrom(...CODES),
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.boolean(),
        (code, pence, money) => {
          const amount = pence / 100;
          for (const locale of tags(code)) {
            const written = formatNumber(amount, money, {
              ...wordsIn(code),
              ...speakerFor(locale),
            });
            expect(read(written, code), written).toBe(amount);
          }
        },
      ),
    );
  });

  it("reads a number or not whatever the language: only what it is worth can differ", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^£?[0-9١٢۳., ٫٬]{0,9}$/), (text) => {
        const statuses = new Set(CODES.map((code) => parseNumber(text, tag(code)).status));
        expect(statuses.size, text).toBe(1);
      }),
    );
  });
});

describe("sums in each language", () => {
  const step = workbook.steps.find((s) => s.id === "customer-worth")!;
  const calc = (id: string) => step.fields.find((f) => f.id === id) as CalculatedField;
  const scorecard = allFields(workbook).find((f) => f.kind === "scorecard") as ScorecardField;

  it("works out money typed with decimal commas, shown the language's way", () => {
    const answers = { averageSpend: "12,50", timesAYear: "52", yearsStay: "1,5" };
    const worked = calculate(calc("lifetimeValue"), step.fields, answers, tag("pl"));
    expect(worked).toMatchObject({ status: "ok", value: 975 });
    expect(worked.status === "ok" && sumText(worked, wordsIn("pl"))).toBe(
      "£12,50 × 52 × 1,5 = £975",
    );
    const big = { averageSpend: "1 200,50", timesAYear: "2" };
    const year = calculate(calc("yearValue"), step.fields, big, tag("pl"));
    expect(year.status === "ok" && sumText(year, wordsIn("pl"))).toBe("£1200,50 × 2 = £2401");
    const arabic = calculate(
      calc("yearValue"),
      step.fields,
      { averageSpend: "١٢٫٥", timesAYear: "٤" },
      tag("ar"),
    );
    expect(arabic.status === "ok" && sumText(arabic, wordsIn("ar"))).toBe("£12.50 × 4 = £50");
  });

  it("reads “1.200” by the language in use, and English as before", () => {
    const answers = { averageSpend: "1.200", timesAYear: "2" };
    expect(calculate(calc("yearValue"), step.fields, answers, tag("ro"))).toMatchObject({
      value: 2400,
    });
    expect(calculate(calc("yearValue"), step.fields, answers, tag("en"))).toMatchObject({
      value: 2.4,
    });
    expect(calculate(calc("yearValue"), step.fields, answers)).toMatchObject({ value: 2.4 });
  });

  it("scores a month from counts written the language's way", () => {
    const row = { id: "m", month: "Maj", asked: "2.000", top: "1.100", bottom: "300" };
    expect(recommendScore(scorecard, row, wordsIn("pl"))).toMatchObject({ value: 40 });
    expect(
      recommendScore(scorecard, { ...row, asked: "٢٠", top: "١١", bottom: "٣" }, wordsIn("ar")),
    ).toMatchObject({ value: 40 });
  });

  it("lists the chart's months with the language's own commas", () => {
    const points = [
      { month: "January", value: 40, text: "+40" },
      { month: "March", value: -25, text: "−25" },
      { month: "May", value: 3, text: "+3" },
    ];
    const months = (code: LanguageCode) => chartDescription(scorecard, points, wordsIn(code));
    expect(months("en")).toBe("Recommend score by month: January +40, March −25, May +3.");
    expect(months("ar")).toBe("Recommend score by month: January +40، وMarch −25، وMay +3.");
    expect(months("ur")).toBe("Recommend score by month: January +40، March −25، اور May +3۔");
    expect(months("pl")).toBe("Recommend score by month: January +40, March −25 i May +3.");
  });
});
