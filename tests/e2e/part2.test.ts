import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { pagePixels, pdfText, pdfWords, renderPages } from "../fixtures/pdf-tools";
import { appStarted, openStep, waitForSaved } from "./fill-workbook";
import { expect, keep, test } from "./fixtures";
const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const box = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });
const steps = (page: Page) => page.getByRole("navigation", { name: "Workbook steps" });

/** Moves on with the step list, as a new user would, and waits for the step's heading. */
async function goTo(page: Page, link: string | RegExp, title: string) {
  // On a phone the list folds away after each move.
  const show = page.getByRole("button", { name: "Show all steps" });
  if (await show.isVisible()) await show.click();
  await steps(page).getByRole("link", { name: link }).click();
  await expect(h1(page)).toHaveText(title);
}

const MONTHS = [
  ["January", "20", "11", "3", "1", "6"],
  ["February", "25", "15", "3", "0", "9"],
  ["March", "20", "4", "9", "2", "1"],
];
const SCORECARD = [
  "Month",
  "Customers asked",
  "Answered 9 or 10",
  "Answered 0 to 6",
  "Complaints",
  "Compliments",
];

async function fillPart2(page: Page) {
  await goTo(page, /worth/, "What is a customer worth?");
  await box(page, "Average spend each time a customer buys (£)").fill("£150");
  await box(page, "Times a customer buys in a year").fill("52");
  await box(page, "Years a customer stays with you").fill("10");
  await box(page, "What does this mean for how you treat each customer?").fill("Look after them.");

  await goTo(page, "Where you want to be", "Where you want to be");
  await page.getByRole("button", { name: "Add what customers say" }).click();
  await box(page, "What customers say 1").fill("Always on time.");
  await page.getByRole("button", { name: "Add a change" }).click();
  await box(page, "What needs to happen, row 1").fill("Confirm orders in writing.");
  await box(page, "Your first step").fill("A confirmation template.");

  await goTo(page, /stay in touch/, "Know your customers and stay in touch");
  await page.getByRole("button", { name: "Add who to stay in touch with" }).click();
  await box(page, "Who, row 1").fill("Market regulars");
  await box(page, "Have they said yes?, row 1").fill("Yes, signed up");

  await goTo(page, "Follow-up calls", "Follow-up calls");
  await page.getByRole("button", { name: "Add A new customer" }).click();
  await box(page, "When I'll call, row 1").fill("Three days after the first order");

  await goTo(page, /answers book/, "Your answers book");
  await page.getByRole("button", { name: "Add a question" }).click();
  await box(page, "Question, row 1").fill("Do you deliver?");
  await box(page, "The answer everyone gives, row 1").fill("Yes, within five miles.");

  await goTo(page, /Measure/, "Measure and manage");
  for (const [r, month] of MONTHS.entries()) {
    await page.getByRole("button", { name: "Add a month" }).click();
    for (const [c, text] of month.entries())
      await box(page, `${SCORECARD[c]}, row ${r + 1}`).fill(text);
  }
  await waitForSaved(page, "March");
}

test.describe("Part 2: keep them coming back", () => {
  test("is filled in as a new user would, works out the sums, and keeps everything", async ({
    page,
  }) => {
    await page.goto("/");
    await appStarted(page);
    // The step list shows both parts, each list of steps named by its part.
    for (const part of ["Part 1: Customer service", "Part 2: Keep them coming back"])
      await expect(steps(page).getByRole("list", { name: part })).toHaveCount(1);
    await fillPart2(page);

    const chart = page.getByRole("img", { name: /^Recommend score by month/ });
    await expect(chart).toHaveAttribute(
      "aria-label",
      "Recommend score by month: January +40, February +48, March −25.",
    );
    await expect(chart.locator("rect")).toHaveCount(3);

    await page.reload();
    await appStarted(page);
    await expect(h1(page)).toHaveText("Measure and manage");
    await expect(box(page, "Answered 0 to 6, row 3")).toHaveValue("9");
    await expect(chart).toHaveAttribute("aria-label", /March −25/);

    await openStep(page, "customer-worth");
    await expect(box(page, "Average spend each time a customer buys (£)")).toHaveValue("£150");
    const lifetime = page
      .locator("output")
      .filter({ hasText: "Lifetime value of one customer: £78,000" });
    await expect(lifetime).toHaveCount(1);
    await expect(page.getByText("£150 × 52 × 10 = £78,000")).toHaveCount(1);
    await openStep(page, "follow-up-calls");
    await expect(box(page, "Moment, row 1")).toHaveValue("A new customer");
  });

  test("says when a number cannot be read, keeps it, and works it out once it is put right", async ({
    page,
  }) => {
    await openStep(page, "customer-worth");
    const spend = box(page, "Average spend each time a customer buys (£)");
    await spend.fill("1 200,5O");
    await box(page, "Times a customer buys in a year").focus();
    await expect(page.getByRole("alert")).toContainText("“1 200,5O” is not a number");
    await page.reload();
    await appStarted(page);
    await expect(spend).toHaveValue("1 200,5O");
    await spend.fill("£1,200.50");
    await box(page, "Times a customer buys in a year").fill("2");
    await expect(page.locator("output").first()).toHaveText(
      "Value of one customer in a year: £2,401",
    );
  });

  for (const width of [1280, 360]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 800 } });

      test(`passes axe on every Part 2 step, filled in and with the example, at ${width} px`, async ({
        page,
      }) => {
        test.slow(); // two axe runs on each of six filled-in steps
        await page.goto("/");
        await appStarted(page);
        await fillPart2(page);
        for (const id of [
          "customer-worth",
          "where-you-want-to-be",
          "stay-in-touch",
          "follow-up-calls",
          "answers-book",
          "measure",
        ]) {
          await openStep(page, id);
          await expect(
            box(page, "Years a customer stays with you").or(h1(page)).first(),
          ).toBeVisible();
          for (const example of [false, true]) {
            if (example) await page.getByRole("button", { name: "Show example" }).click();
            if (example) await expect(page.locator(".example-fields")).toBeVisible();
            const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
            expect(
              violations.map((v) => `${id}${example ? " (example)" : ""}: ${v.id} ${v.help}`),
            ).toEqual([]);
          }
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(scrollWidth, `${id} at ${width} px`).toBeLessThanOrEqual(clientWidth);
        }
      });
    });
  }

  test("prints the sum and the scorecard in the PDF, with the chart drawn", async ({ page }) => {
    await page.goto("/");
    await appStarted(page);
    await fillPart2(page);
    await goTo(page, "Review and download", "Review and download");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    const path = await keep(await download);
    const text = pdfText(path).replace(/\s+/g, " ");
    expect(text).toContain("Lifetime value of one customer £150 × 52 × 10 = £78,000");
    expect(text).toMatch(/January 20 11 3 1 6 \+40 February 25 15 3 0 9 \+48 March 20 4 9 2 1 −25/);
    expect(text).toContain("Compliments Recommend score by month");
    // The chart beside the table: February's bar (+48) in green beside its row, March's (−25) in
    // orange.
    const { words } = pdfWords(path);
    const score = words.find((x) => x.text === "+48")!;
    const word = (w: string) => words.find((x) => x.text === w && x.page === score.page)!;
    const pixels = pagePixels(path, score.page);
    const row = (month: string) => ({
      x0: score.xMax + 2,
      x1: pixels.width - 56,
      y0: word(month).yMin,
      y1: word(month).yMax,
    });
    expect(pixels.count(row("February"), [31, 95, 91])).toBeGreaterThan(20);
    expect(pixels.count(row("March"), [160, 68, 30])).toBeGreaterThan(10);
    if (process.env.PDF_PREVIEW_DIR) renderPages(path, `${process.env.PDF_PREVIEW_DIR}/e2e-part2`);
  });
});
