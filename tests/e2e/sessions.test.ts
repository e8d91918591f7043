import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { PERSONAL_KEY } from "../../src/store/keys";
import { pdfText } from "../fixtures/pdf-tools";
import { openStep, waitForSaved, openFold } from "./fill-workbook";
import { expect, keep, outputFile, test } from "./fixtures";

/**
 * Two coaching sessions, as an entrepreneur lives them: fill, take a PDF, work on, see what
 * changed, take the next PDF; then, on another computer, get everything back from that PDF.
 */
const changesRegion = (page: Page) =>
  page.getByRole("region", { name: "Changes since your last session" });

async function downloadPdf(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  return keep(download);
}

async function type(page: Page, stepId: string, label: string, text: string) {
  await openStep(page, stepId);
  await page.getByRole("textbox", { name: label, exact: true }).fill(text);
  await waitForSaved(page, text);
}

const BUSINESS = "Business name";
const STOPPED =
  "Think of a time you stopped using a business. What happened, and why did you stop?";
const RECOMMEND = "How will you get customers to recommend you to others?";

test.describe("between coaching sessions", () => {
  test("shows what changed on screen and in the next PDF, which restores the workbook", async ({
    page,
    freshProfile,
  }) => {
    // First session.
    await type(page, "about-you", "Your name", "Amira Khan");
    await type(page, "about-you", BUSINESS, "Bloom");
    await type(page, "why-it-matters", STOPPED, "The shop lost my order.");
    await openStep(page, "review");
    await expect(changesRegion(page)).toContainText(/Each time you download a PDF/);
    await downloadPdf(page);
    await expect(
      changesRegion(page).getByText(/^Taken to your session on \d+ \w{3}$/),
    ).toBeVisible();
    await expect(changesRegion(page)).toContainText(/Nothing has changed since the copy/);

    // Between sessions: one answer changed, one new.
    await type(page, "why-it-matters", STOPPED, "The shop lost my order twice.");
    await type(page, "winning-customers", RECOMMEND, "A free loaf for every friend they bring.");
    await openStep(page, "review");
    const region = changesRegion(page);
    const changed = region.getByRole("listitem").filter({ hasText: /^Changed/ });
    await expect(changed).toHaveCount(1);
    await expect(changed.getByRole("link")).toContainText("Think of a time");
    await expect(changed.getByRole("insertion")).toHaveText(/twice/);
    const fresh = region.getByRole("listitem").filter({ hasText: /^New/ });
    await expect(fresh.getByRole("link")).toContainText(RECOMMEND);
    const { violations } = await new AxeBuilder({ page }).setLegacyMode().include("main").analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    // The second PDF marks both, and its cover sums them up.
    const second = await downloadPdf(page);
    const text = pdfText(second).replace(/\s+/g, " ");
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" }).format(
      new Date(),
    );
    // Both PDFs were made the same day (unless midnight came between): the first is told by its
    // time too.
    const since = `\\d+ \\w+ at \\d\\d:\\d\\d|${day}`;
    expect(text).toMatch(new RegExp(`Changed since (${since})`));
    expect(text).toMatch(new RegExp(`New since (${since})`));
    expect(text).toMatch(
      new RegExp(`Since your last PDF on (${since}): 1 new answer, 1 changed\\.`),
    );
    expect(text).toContain("This PDF also holds a copy of your answers.");

    // On another computer: the PDF restores every answer, and the history with it.
    const other = await freshProfile();
    await openStep(other, "review");
    await openFold(other, "Keep your answers safe");
    await other.getByLabel("Restore from backup").setInputFiles(second);
    const dialog = other.getByRole("dialog", {
      name: "Replace your answers with the backup?",
    });
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    await expect(other.getByText(/Restored your answers from keeping-customers-/)).toBeVisible();
    await openStep(other, "why-it-matters");
    await expect(other.getByRole("textbox", { name: STOPPED })).toHaveValue(
      "The shop lost my order twice.",
    );
    await openStep(other, "review");
    await expect(changesRegion(other).getByRole("listitem").first()).toHaveText(
      /^Taken to your session on/,
    );
  });

  test("refuses a PDF the workbook did not make, and changes nothing", async ({
    page,
    freshProfile,
  }) => {
    await type(page, "about-you", "Your name", "Amira Khan");
    // Any PDF from elsewhere: Chromium's own print of a page.
    const foreign = outputFile("menu.pdf");
    const printer = await freshProfile();
    await printer.setContent("<h1>Menu</h1><p>Sourdough £4</p>");
    await printer.pdf({ path: foreign });

    await openStep(page, "review");
    // Moving to the review step is saved too; wait for that before taking the "before".
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY))
      .toContain('"lastStepId":"review"');
    const before = await page.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY);
    await openFold(page, "Keep your answers safe");
    await page.getByLabel("Restore from backup").setInputFiles(foreign);
    const problem = page.getByRole("alert").filter({ hasText: /This PDF was not made by/ });
    await expect(problem).toContainText("Your answers have not been changed.");
    await expect(page.getByRole("dialog")).toBeHidden();
    expect(await page.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY)).toBe(before);
  });
});
