import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import { PERSONAL_KEY } from "../../src/store/keys";
import { pdfText } from "../fixtures/pdf-tools";
import { baseUrl, useBrowser } from "./browser";
import { openStep, waitForSaved, openFold } from "./fill-workbook";

/**
 * Two coaching sessions, as an entrepreneur lives them: fill, take a PDF, work on, see what
 * changed, take the next PDF; then, on another computer, get everything back from that PDF.
 */
const browser = useBrowser();

const changesRegion = (page: Page) =>
  page.getByRole("region", { name: "Changes since your last session" });

async function downloadPdf(page: Page, folder: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  const path = join(folder, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

async function type(page: Page, stepId: string, label: string, text: string) {
  await openStep(page, baseUrl(), stepId);
  await page.getByRole("textbox", { name: label, exact: true }).fill(text);
  await waitForSaved(page, text);
}

const BUSINESS = "Business name";
const STOPPED =
  "Think of a time you stopped using a business. What happened, and why did you stop?";
const RECOMMEND = "How will you get customers to recommend you to others?";

describe("between coaching sessions", () => {
  it("shows what changed on screen and in the next PDF, which restores the workbook", async () => {
    const folder = mkdtempSync(join(tmpdir(), "keeping-customers-sessions-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const { page } = await browser.newPage();

    // First session.
    await type(page, "about-you", "Your name", "Amira Khan");
    await type(page, "about-you", BUSINESS, "Bloom");
    await type(page, "why-it-matters", STOPPED, "The shop lost my order.");
    await openStep(page, baseUrl(), "review");
    await expect
      .poll(() => changesRegion(page).textContent())
      .toMatch(/Each time you download a PDF/);
    await downloadPdf(page, folder);
    await changesRegion(page)
      .getByText(/^Taken to your session on \d+ \w{3}$/)
      .waitFor();
    expect(await changesRegion(page).textContent()).toMatch(/Nothing has changed since the copy/);

    // Between sessions: one answer changed, one new.
    await type(page, "why-it-matters", STOPPED, "The shop lost my order twice.");
    await type(page, "winning-customers", RECOMMEND, "A free loaf for every friend they bring.");
    await openStep(page, baseUrl(), "review");
    const region = changesRegion(page);
    const changed = region.getByRole("listitem").filter({ hasText: /^Changed/ });
    await expect.poll(() => changed.count()).toBe(1);
    expect(await changed.getByRole("link").textContent()).toContain("Think of a time");
    expect(await changed.getByRole("insertion").textContent()).toMatch(/twice/);
    const fresh = region.getByRole("listitem").filter({ hasText: /^New/ });
    expect(await fresh.getByRole("link").textContent()).toContain(RECOMMEND);
    const { violations } = await new AxeBuilder({ page }).include("main").analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    // The second PDF marks both, and its cover sums them up.
    const second = await downloadPdf(page, folder);
    const text = pdfText(second).replace(/\s+/g, " ");
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" }).format(
      new Date(),
    );
    expect(text).toContain(`Changed since ${day}`);
    expect(text).toContain(`New since ${day}`);
    expect(text).toContain(`Since your last PDF on ${day}: 1 new answer, 1 changed.`);
    expect(text).toContain("This PDF also holds a copy of your answers.");

    // On another computer: the PDF restores every answer, and the history with it.
    const other = await browser.newPage();
    await openStep(other.page, baseUrl(), "review");
    await openFold(other.page, "Keep your answers safe");
    await other.page.getByLabel("Restore from backup").setInputFiles(second);
    const dialog = other.page.getByRole("dialog", {
      name: "Replace your answers with the backup?",
    });
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    await other.page.getByText(/Restored your answers from \d+-keeping-customers-/).waitFor();
    await openStep(other.page, baseUrl(), "why-it-matters");
    expect(await other.page.getByRole("textbox", { name: STOPPED }).inputValue()).toBe(
      "The shop lost my order twice.",
    );
    await openStep(other.page, baseUrl(), "review");
    expect(await changesRegion(other.page).getByRole("listitem").first().textContent()).toMatch(
      /^Taken to your session on/,
    );
  });

  it("refuses a PDF the workbook did not make, and changes nothing", async () => {
    const folder = mkdtempSync(join(tmpdir(), "keeping-customers-foreign-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const { page } = await browser.newPage();
    await type(page, "about-you", "Your name", "Amira Khan");
    // Any PDF from elsewhere: Chromium's own print of a page.
    const foreign = join(folder, "menu.pdf");
    const printer = await browser.newPage();
    await printer.page.setContent("<h1>Menu</h1><p>Sourdough £4</p>");
    writeFileSync(foreign, await printer.page.pdf());

    await openStep(page, baseUrl(), "review");
    // Moving to the review step is saved too; wait for that before taking the "before".
    await page.waitForFunction(
      (key) => localStorage.getItem(key)?.includes('"lastStepId":"review"'),
      PERSONAL_KEY,
    );
    const before = await page.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY);
    await openFold(page, "Keep your answers safe");
    await page.getByLabel("Restore from backup").setInputFiles(foreign);
    const problem = page.getByRole("alert").filter({ hasText: /This PDF was not made by/ });
    await problem.waitFor();
    expect(await problem.textContent()).toContain("Your answers have not been changed.");
    expect(await page.getByRole("dialog").isVisible()).toBe(false);
    expect(await page.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY)).toBe(before);
  });
});
