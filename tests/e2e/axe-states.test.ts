import { writeFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { backupText } from "../../src/formats/backup-file";
import { answersLink } from "../../src/formats/link";
import { chooseBackupOverAnswers, openFold, openStep, waitForSaved } from "./fill-workbook";
import { expect, outputFile, test } from "./fixtures";

/**
 * axe on the states a step can be in beyond its first look, and on every dialog, in light and
 * dark, on a phone and at 1280 px. (Every step itself, with and without its example, is in
 * workbook.test.ts.)
 */

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.length})`)).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const)
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 720 },
  ])
    test.describe(`at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test("passes axe on the journey's states: welcome, part start, rows, errors, review folds", async ({
        page,
      }) => {
        test.slow(); // several steps, an axe run in each state
        await openStep(page, "about-you");
        await expect(page.getByRole("region", { name: "Welcome" })).toBeVisible();
        await noViolations(page, "welcome");
        if (viewport.width === 360) {
          await page.getByRole("button", { name: "Show all steps" }).click();
          await noViolations(page, "step list open");
        }
        await openStep(page, "good-service");
        await page
          .getByRole("button", { name: /^Add to my list/ })
          .first()
          .click();
        await page.getByRole("button", { name: "Remove promise 1" }).click();
        await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
        await noViolations(page, "list with undo");
        await openStep(page, "contact-points");
        await page.getByRole("button", { name: "Add Phone enquiry" }).click();
        await noViolations(page, "table with a row, suggestion added");
        await openStep(page, "measure");
        await page.getByRole("button", { name: "Add a month" }).click();
        for (const [name, text] of [
          ["Month", "May"],
          ["Customers asked", "10"],
          ["Answered 9 or 10", "8"],
          ["Answered 0 to 6", "5"],
        ] as const)
          await page.getByRole("textbox", { name: `${name}, row 1` }).fill(text);
        await expect(
          page.getByText("More 9–10 and 0–6 answers than customers asked."),
        ).toBeVisible();
        await noViolations(page, "scorecard with a cross-field error");
        await openStep(page, "customer-worth");
        await page.getByRole("textbox", { name: /^Average spend/ }).fill("12.5O");
        await page.getByRole("textbox", { name: /^Times a customer/ }).focus();
        await expect(page.getByRole("alert")).toBeVisible();
        await noViolations(page, "Part 2's start, a number error");

        await openStep(page, "review");
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
        await expect(page.getByText(/^Downloaded keeping-customers-backup/)).toBeVisible();
        await noViolations(page, "review, everything open");
      });

      test("passes axe on every dialog", async ({ page, freshProfile, baseURL }) => {
        const file = outputFile("backup.json");
        writeFileSync(file, backupText({ yourName: "Amira Khan", businessName: "Bloom & Crumb" }));
        await chooseBackupOverAnswers(page, file);
        const restore = page.getByRole("dialog", { name: "Replace your answers with the backup?" });
        await expect(restore).toBeVisible();
        await noViolations(page, "restore dialog");
        await restore.getByRole("button", { name: "Cancel" }).click();

        await openFold(page, "Using a shared computer?");
        await page.getByRole("button", { name: "Remove my answers" }).click();
        const remove = page.getByRole("dialog", { name: "Remove your answers from this browser?" });
        await expect(remove).toBeVisible();
        await noViolations(page, "remove dialog");
        await remove.getByRole("button", { name: "Cancel" }).click();

        const link = await answersLink(`${baseURL}/`, { yourName: "Amira Khan" });
        if (!link.ok) throw new Error(link.problem.key);
        const other = await freshProfile({ viewport, colorScheme });
        await other.goto(link.url);
        const incoming = other.getByRole("dialog", { name: "Answers shared with you in a link" });
        await expect(incoming.getByRole("button", { name: "Add to my workbook" })).toBeVisible();
        await noViolations(other, "answers in a link");
      });
    });
