/**
 * Right-to-left text comes out of our PDF in the order Chromium itself shows it: the same lines,
 * read back with pdftotext, as from Chromium's own page.pdf() of the same paragraphs.
 */
import { describe, expect, test } from "vitest";
import { PERSONAL_KEY } from "../../src/store/keys";
import { pdfText, savePdf } from "../fixtures/pdf-tools";
// Renamed so the React hooks lint rule does not take it for a hook (it is a Vitest fixture).
import { baseUrl, useBrowser as browserForThisFile } from "./browser";
import { appStarted } from "./fill-workbook";

const browser = browserForThisFile();

/** Each fits on one line of the PDF, so line breaks cannot differ between the two. */
const PARAGRAPHS = [
  // Hebrew with digits.
  "הזמנה 123 נשלחה",
  // Arabic with a Latin word.
  "مرحبا Café اليوم",
  // Hebrew with a bracketed English name, a sum of money and a date.
  "הלקוחה (Dana Levi) שילמה ₪250 ב-12/03, תודה!",
  // Arabic with a phone number, a Latin brand and the Arabic comma and question mark.
  "اتصل بنا على 0123 456 789، أو اكتب إلى Bloom & Crumb؟",
  // English with an Arabic and a Hebrew phrase inside it.
  "We say شكرا جزيلا and תודה רבה to every customer (twice).",
];

/**
 * pdftotext picks one reading direction for a whole page, from whether left-to-right or
 * right-to-left letters are in the majority, and lays every line out by it. So the paragraphs
 * are compared on a page of each kind: among plenty of Hebrew and Arabic, and among English.
 */
const RTL_BALLAST = Array.from(
  { length: 12 },
  () => "שירות טוב הוא הסיבה שלקוחות חוזרים. خدمة العملاء الجيدة تجعل الزبائن يعودون.",
).join(" ");
const LTR_BALLAST = Array.from(
  { length: 12 },
  () => "Good service is the reason customers come back, and the reason they tell their friends.",
).join(" ");

/** The lines pdftotext reads, without blanks or surrounding space. */
const linesOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** Our PDF, made by the app from a saved workbook holding these answers. */
async function ourPdfLines(answers: Record<string, string>): Promise<string[]> {
  const { page } = await browser.newPage();
  const saved = JSON.stringify({ version: 1, state: { answers, lastStepId: "review" } });
  await page.context().addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [PERSONAL_KEY, saved],
  );
  await page.goto(`${baseUrl()}/#/review`);
  await appStarted(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const file = await download;
  const path = savePdf(new Uint8Array(), file.suggestedFilename());
  await file.saveAs(path);
  return linesOf(pdfText(path));
}

/** Chromium's own PDF of the same paragraphs, each in its own direction, in DejaVu Sans. */
async function chromiumPdfLines(paragraphs: string[]): Promise<string[]> {
  const { page } = await browser.newPage();
  const html = paragraphs.map((p) => `<p dir="auto">${p.replace(/&/g, "&amp;")}</p>`).join("");
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="font: 12px 'DejaVu Sans'">${html}</body>`,
  );
  const path = savePdf(await page.pdf({ format: "A4" }), "chromium.pdf");
  return linesOf(pdfText(path));
}

describe("right-to-left text in the PDF reads back as Chromium's own PDF of it does", () => {
  test("on a page mostly in Hebrew and Arabic", async () => {
    const ours = await ourPdfLines({ stoppedUsing: [...PARAGRAPHS, RTL_BALLAST].join("\n\n") });
    const chromium = await chromiumPdfLines([...PARAGRAPHS, RTL_BALLAST]);
    const expected = chromium.slice(0, PARAGRAPHS.length);
    for (const line of expected) expect(ours).toContain(line);
  });

  test("on a page mostly in English", async () => {
    const ours = await ourPdfLines({ customersLike: PARAGRAPHS.join("\n\n") });
    const chromium = await chromiumPdfLines([...PARAGRAPHS, LTR_BALLAST]);
    const expected = chromium.slice(0, PARAGRAPHS.length);
    for (const line of expected) expect(ours).toContain(line);
  });
});
