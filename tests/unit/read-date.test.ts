import { formatsFor, type LanguageCode } from "../../src/content/catalogue";
import { LANGUAGES, OFFERED } from "../../src/content/languages";
import { readDate, type DateLanguage } from "../../src/features/reminders/read-date";

/** A language as readDate takes it: its tag and its words, as the app has them. */
async function languageOf(code: LanguageCode): Promise<DateLanguage> {
  const { more } = (await import(`../../src/content/words/${code}/more.ts`)) as {
    more: DateLanguage["more"];
  };
  return { formats: { locale: LANGUAGES[code].tag }, more };
}

const today = "2026-12-07";
const languages = Object.fromEntries(
  await Promise.all(OFFERED.map(async (code) => [code, await languageOf(code)] as const)),
) as Record<LanguageCode, DateLanguage>;

/** Dates read and dates not, in each language; English is read in every one. */
const cases: Record<LanguageCode, { read: [string, string][]; not: string[] }> = {
  en: {
    read: [
      ["End of March", "2027-03-31"],
      ["by the end of February", "2027-02-28"],
      ["end of Feb 2028", "2028-02-29"],
      ["Start of January", "2027-01-01"],
      ["mid-March", "2027-03-15"],
      ["31 March 2027", "2027-03-31"],
      ["Tuesday 15th of December", "2026-12-15"],
      ["7 Dec", "2026-12-07"],
      ["6 December", "2027-12-06"],
      ["March 3rd, 2027", "2027-03-03"],
      ["Sept 9", "2027-09-09"],
      ["Sep 9", "2027-09-09"],
      ["15/1", "2027-01-15"],
      ["by 03/04/2027", "2027-04-03"],
      ["1.2.27", "2027-02-01"],
      ["2027-06-30", "2027-06-30"],
    ],
    not: [
      "Next week",
      "Within two days",
      "in 2-3 days",
      "Every few months",
      "The day after I put it right",
      "Friday",
      "March",
      "31/02",
      "30 February",
      "2027-13-01",
      "",
      // Another language's months are read only when that language is shown.
      "31 marca",
      "31 martie",
      "٣١ مارس",
    ],
  },
  pl: {
    read: [
      ["31 marca", "2027-03-31"],
      ["do 31 marca 2027 r.", "2027-03-31"],
      ["Koniec marca", "2027-03-31"],
      ["do końca lutego 2028", "2028-02-29"],
      ["w połowie kwietnia", "2027-04-15"],
      ["na początku maja", "2027-05-01"],
      ["3 marzec", "2027-03-03"],
      ["12 wrzesnia", "2027-09-12"],
      ["5 paź.", "2027-10-05"],
      ["1 wrz", "2027-09-01"],
      ["8 grudnia", "2026-12-08"],
      ["31.03.2027", "2027-03-31"],
      ["31 March", "2027-03-31"],
    ],
    not: [
      "W przyszłym tygodniu",
      "W ciągu dwóch dni",
      "w piątek",
      "marzec",
      "30 lutego",
      "31 martie",
    ],
  },
  ro: {
    read: [
      ["31 martie", "2027-03-31"],
      ["Sfârșitul lui martie", "2027-03-31"],
      ["sfarsitul lunii februarie 2028", "2028-02-29"],
      ["la mijlocul lui aprilie", "2027-04-15"],
      ["începutul lui iunie", "2027-06-01"],
      ["15 ian.", "2027-01-15"],
      ["1 mai 2027", "2027-05-01"],
      ["9 sept.", "2027-09-09"],
      ["End of March", "2027-03-31"],
    ],
    not: ["Săptămâna viitoare", "Mai târziu", "În cel mult două zile", "vineri", "martie"],
  },
  ar: {
    read: [
      ["٣١ مارس", "2027-03-31"],
      ["31 مارس 2027", "2027-03-31"],
      ["نهاية مارس", "2027-03-31"],
      ["بنهاية شهر فبراير ٢٠٢٨", "2028-02-29"],
      ["منتصف ابريل", "2027-04-15"],
      ["١٥ كانون الثاني ٢٠٢٧", "2027-01-15"],
      ["٣١ آذار", "2027-03-31"],
      ["بداية شهر تشرين الأول", "2027-10-01"],
      ["١٠ يونيه", "2027-06-10"],
      ["5 جوان", "2027-06-05"],
      ["٣١\u200f/٣\u200f/٢٠٢٧", "2027-03-31"],
      ["۳۱ مارس", "2027-03-31"],
    ],
    not: ["الأسبوع القادم", "خلال يومين", "يوم الجمعة", "مارس", "٣٠ فبراير", "كل بضعة أشهر"],
  },
  ur: {
    read: [
      ["۳۱ مارچ", "2027-03-31"],
      ["مارچ کے آخر تک", "2027-03-31"],
      ["اپریل کے وسط میں", "2027-04-15"],
      ["مئی کے شروع میں", "2027-05-01"],
      ["۱۵ جنوری ۲۰۲۸", "2028-01-15"],
      ["10 ستمبر", "2027-09-10"],
      ["٣١ مارچ", "2027-03-31"],
      ["31/3", "2027-03-31"],
    ],
    not: ["اگلے ہفتے", "دو دن کے اندر", "جمعہ کو", "مارچ", "ہر چند مہینے بعد"],
  },
};

describe.each(OFFERED)("reading a day typed in %s", (code) => {
  const language = languages[code];

  it.each(cases[code].read)("reads “%s” as %s", (text, date) => {
    expect(readDate(text, today, language)).toBe(date);
  });

  it.each(cases[code].not)("reads no day in “%s”", (text) => {
    expect(readDate(text, today, language)).toBeNull();
  });

  it("reads back every day of a year as the app writes it, long and short", () => {
    const formats = formatsFor(LANGUAGES[code].tag);
    for (let day = 0; day < 365; day++) {
      const date = new Date(Date.UTC(2027, 0, 1 + day));
      const iso = date.toISOString().slice(0, 10);
      expect(readDate(formats.longDate(date), today, language), formats.longDate(date)).toBe(iso);
      const short = formats.shortDate(date);
      expect(readDate(short, "2027-01-01", language), short).toBe(iso);
    }
  });
});
