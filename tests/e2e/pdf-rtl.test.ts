/**
 * Right-to-left text comes out of our PDF in the order Chromium itself shows it: the same lines,
 * read back with pdftotext, as from Chromium's own page.pdf() of the same paragraphs.
 */
import type { Page } from "@playwright/test";
import { PERSONAL_KEY } from "../../src/store/keys";
import { pdfText } from "../fixtures/pdf-tools";
import { appStarted } from "./fill-workbook";
import { expect, keep, outputFile, test } from "./fixtures";

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
async function ourPdfLines(page: Page, answers: Record<string, string>): Promise<string[]> {
  const saved = JSON.stringify({ version: 1, state: { answers, lastStepId: "review" } });
  await page.context().addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [PERSONAL_KEY, saved],
  );
  await page.goto("/#/review");
  await appStarted(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  return linesOf(pdfText(await keep(await download)));
}

/** Chromium's own PDF of the same paragraphs, each in its own direction, in DejaVu Sans. */
async function chromiumPdfLines(page: Page, paragraphs: string[]): Promise<string[]> {
  const html = paragraphs.map((p) => `<p dir="auto">${p.replace(/&/g, "&amp;")}</p>`).join("");
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="font: 12px 'DejaVu Sans'">${html}</body>`,
  );
  const path = outputFile("chromium.pdf");
  await page.pdf({ path, format: "A4" });
  return linesOf(pdfText(path));
}

test.describe("right-to-left text in the PDF reads back as Chromium's own PDF of it does", () => {
  test("on a page mostly in Hebrew and Arabic", async ({ page, freshProfile }) => {
    const ours = await ourPdfLines(page, {
      stoppedUsing: [...PARAGRAPHS, RTL_BALLAST].join("\n\n"),
    });
    const chromium = await chromiumPdfLines(await freshProfile(), [...PARAGRAPHS, RTL_BALLAST]);
    const expected = chromium.slice(0, PARAGRAPHS.length);
    for (const line of expected) expect(ours).toContain(line);
  });

  test("on a page mostly in English", async ({ page, freshProfile }) => {
    const ours = await ourPdfLines(page, { customersLike: PARAGRAPHS.join("\n\n") });
    const chromium = await chromiumPdfLines(await freshProfile(), [...PARAGRAPHS, LTR_BALLAST]);
    const expected = chromium.slice(0, PARAGRAPHS.length);
    for (const line of expected) expect(ours).toContain(line);
  });
});
