import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import { backupText } from "../../src/store/backup-file";
import { answersLink } from "../../src/store/share-link";
import { baseUrl, useBrowser } from "./browser";
import { openFold, openStep, waitForSaved } from "./fill-workbook";

/**
 * axe on the states a step can be in beyond its first look, and on every dialog, in light and
 * dark, on a phone and at 1280 px. (Every step itself, with and without its example, is in
 * workbook.test.ts.)
 */

const browser = useBrowser();

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.length})`)).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const)
  for (const width of [360, 1280])
    describe(`at ${width} px, ${colorScheme}`, () => {
      const viewport = { width, height: width === 360 ? 740 : 720 };

      it("passes axe on the journey's states: welcome, part start, filled rows, review folds", async () => {
        const { page } = await browser.newPage({ viewport, colorScheme });
        await openStep(page, baseUrl(), "about-you");
        await page.getByRole("region", { name: "Welcome" }).waitFor();
        await noViolations(page, "welcome");
        if (width === 360) {
          await page.getByRole("button", { name: "Show all steps" }).click();
          await noViolations(page, "step list open");
        }
        await openStep(page, baseUrl(), "good-service");
        await page
          .getByRole("button", { name: /^Add to my list/ })
          .first()
          .click();
        await page.getByRole("button", { name: "Remove promise 1" }).click();
        await page.getByRole("button", { name: "Undo" }).waitFor();
        await noViolations(page, "list with undo");
        await openStep(page, baseUrl(), "contact-points");
        await page.getByRole("button", { name: "Add Phone enquiry" }).click();
        await noViolations(page, "table with a row, suggestion added");
        await openStep(page, baseUrl(), "measure");
        await page.getByRole("button", { name: "Add a month" }).click();
        for (const [name, text] of [
          ["Month", "May"],
          ["Customers asked", "10"],
          ["Answered 9 or 10", "8"],
          ["Answered 0 to 6", "5"],
        ])
          await page.getByRole("textbox", { name: `${name}, row 1` }).fill(text!);
        await page.getByText("More 9–10 and 0–6 answers than customers asked.").waitFor();
        await noViolations(page, "scorecard with a cross-field error");
        await openStep(page, baseUrl(), "customer-worth");
        await page.getByRole("textbox", { name: /^Average spend/ }).fill("12,50");
        await page.getByRole("textbox", { name: /^Times a customer/ }).focus();
        await page.getByRole("alert").waitFor();
        await noViolations(page, "part 2 start, number error");

        await openStep(page, baseUrl(), "review");
        await page.getByText("Each step, and what is still to do").click();
        for (const fold of [
          "Keep your answers safe",
          "Using a shared computer?",
          "Send your answers in a link",
          "Your coach",
        ])
          await openFold(page, fold);
        await waitForSaved(page, "May");
        await page.getByRole("button", { name: "Download backup" }).click();
        await page.getByText(/^Downloaded keeping-customers-backup/).waitFor();
        await noViolations(page, "review, everything open");
      }, 120_000);

      it("passes axe on every dialog", async () => {
        const folder = mkdtempSync(join(tmpdir(), "axe-dialogs-"));
        onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
        const file = join(folder, "backup.json");
        writeFileSync(file, backupText({ yourName: "Amira Khan", businessName: "Bloom & Crumb" }));
        const { page } = await browser.newPage({ viewport, colorScheme });
        await openStep(page, baseUrl(), "about-you");
        await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Someone");
        await waitForSaved(page, "Someone");
        await openStep(page, baseUrl(), "review");

        await openFold(page, "Keep your answers safe");
        await page.getByLabel("Restore from backup").setInputFiles(file);
        const restore = page.getByRole("dialog", { name: "Replace your answers with the backup?" });
        await restore.waitFor();
        await noViolations(page, "restore dialog");
        await restore.getByRole("button", { name: "Cancel" }).click();

        await openFold(page, "Using a shared computer?");
        await page.getByRole("button", { name: "Remove my answers" }).click();
        const remove = page.getByRole("dialog", { name: "Remove your answers from this browser?" });
        await remove.waitFor();
        await noViolations(page, "remove dialog");
        await remove.getByRole("button", { name: "Cancel" }).click();

        const link = await answersLink(`${baseUrl()}/`, { yourName: "Amira Khan" });
        if (!link.ok) throw new Error(link.message);
        const other = await browser.newPage({ viewport, colorScheme });
        await other.page.goto(link.url);
        const incoming = other.page.getByRole("dialog", {
          name: "Answers shared with you in a link",
        });
        await incoming.getByRole("button", { name: "Add to my workbook" }).waitFor();
        await noViolations(other.page, "answers in a link");
      }, 120_000);
    });
