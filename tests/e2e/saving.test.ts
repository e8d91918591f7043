import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Download, Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import { baseUrl, useBrowser } from "./browser";
import {
  expectFilled,
  fillField,
  appStarted,
  openStep,
  stepsWithFields,
  SETTLE_MS,
  waitForSaved,
  type Expectation,
  openFold,
} from "./fill-workbook";
import { PERSONAL_KEY } from "../../src/store/keys";

const browser = useBrowser();
const KEY = PERSONAL_KEY;

const nameBox = (page: Page) => page.getByRole("textbox", { name: "Your name", exact: true });
const alert = (page: Page) => page.getByRole("alert");

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, "utf8");
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} ${v.help}`);
}

/** Fills the browser's storage for this site until not one more character fits. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${n}`, "x".repeat(size));
        n++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

describe("saved data that cannot be read", () => {
  it("is kept aside untouched, the user is told, can download it, and has a working workbook", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "about-you");
    await nameBox(page).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");

    // Damage the saved data the way a crash mid-write or a bad extension might.
    const damaged = await page.evaluate((key) => {
      const raw = localStorage.getItem(key)!;
      const cut = raw.slice(0, raw.indexOf("Amira Khan") + 5);
      localStorage.setItem(key, cut);
      return cut;
    }, KEY);
    await page.reload();

    await alert(page).waitFor();
    expect(await alert(page).textContent()).toContain("Your saved workbook could not be read.");
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert(page).getByRole("button", { name: "Download the saved data" }).click(),
    ]);
    expect(await downloaded(download)).toBe(damaged);
    // Also still in the browser, under a key of its own.
    const kept = await page.evaluate(
      (key) =>
        Object.entries<string>(localStorage)
          .filter(([k]) => k.startsWith(`${key}:unreadable-`))
          .map(([, v]) => v),
      KEY,
    );
    expect(kept).toEqual([damaged]);

    // The new workbook works and is saved.
    expect(await nameBox(page).inputValue()).toBe("");
    await nameBox(page).fill("Bea");
    await waitForSaved(page, "Bea");
    await page.reload();
    await appStarted(page);
    expect(await nameBox(page).inputValue()).toBe("Bea");
    // Told once; the copy is listed with the backup tools from then on.
    expect(await alert(page).count()).toBe(0);
    await openStep(page, baseUrl(), "review");
    await page.getByRole("heading", { name: "Saved data that could not be read" }).waitFor();
  });
});

describe("when the browser will not save", () => {
  it("says so as soon as storage is full, loses nothing typed, and saves again once there is room", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "about-you");
    await fillStorage(page);

    await nameBox(page).pressSequentially("Zofia Wróblewska");
    await alert(page).waitFor({ timeout: SETTLE_MS });
    expect(await alert(page).textContent()).toMatch(/Your latest changes are not saved.*full/);
    expect(await page.getByRole("status").textContent()).toContain("Not saved");
    expect(await nameBox(page).inputValue()).toBe("Zofia Wróblewska");
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert(page).getByRole("button", { name: "Download backup" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^keeping-customers-backup-\d{4}-\d\d-\d\d\.json$/,
    );
    expect(await downloaded(download)).toContain('"yourName": "Zofia Wróblewska"');

    // Typing goes on in memory while storage is full.
    await page.getByRole("textbox", { name: "Business name" }).fill("Bloom & Crumb");
    await page.waitForTimeout(500);
    expect(await alert(page).count()).toBe(1);

    // Room is made (say, another site's data is cleared): saving resumes by itself.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith("filler-")) localStorage.removeItem(key);
    });
    await alert(page).waitFor({ state: "detached", timeout: 6000 });
    await waitForSaved(page, "Bloom & Crumb");
    await page.reload();
    await appStarted(page);
    expect(await nameBox(page).inputValue()).toBe("Zofia Wróblewska");
    expect(await page.getByRole("textbox", { name: "Business name" }).inputValue()).toBe(
      "Bloom & Crumb",
    );
  });

  it("says so at once when the browser blocks storage, and still offers the backup", async () => {
    const { page } = await browser.newPage();
    // What Chromium does when site data is blocked: touching localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    });
    await openStep(page, baseUrl(), "about-you");
    await alert(page).waitFor();
    expect(await alert(page).textContent()).toMatch(/not letting the workbook save/);
    await nameBox(page).fill("Amira Khan");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert(page).getByRole("button", { name: "Download backup" }).click(),
    ]);
    expect(await downloaded(download)).toContain("Amira Khan");
  });
});

describe("two tabs on the same workbook", () => {
  it("see each other's changes without a reload, and neither undoes the other", async () => {
    const { context, page: first } = await browser.newPage();
    const second = await context.newPage();
    await openStep(first, baseUrl(), "about-you");
    await openStep(second, baseUrl(), "about-you");

    await nameBox(first).fill("Amira Khan");
    await expect
      .poll(() => nameBox(second).inputValue(), { timeout: SETTLE_MS })
      .toBe("Amira Khan");

    // Both type at once, in different questions.
    await Promise.all([
      first.getByRole("textbox", { name: "Your coach's name" }).pressSequentially("Sam Taylor"),
      second.getByRole("textbox", { name: "Business name" }).pressSequentially("Bloom & Crumb"),
    ]);
    for (const page of [first, second]) {
      await expect
        .poll(() => page.getByRole("textbox", { name: "Business name" }).inputValue(), {
          timeout: SETTLE_MS,
        })
        .toBe("Bloom & Crumb");
      await expect
        .poll(() => page.getByRole("textbox", { name: "Your coach's name" }).inputValue(), {
          timeout: SETTLE_MS,
        })
        .toBe("Sam Taylor");
    }
    const stored = await first.evaluate((key) => localStorage.getItem(key), KEY);
    expect(stored).toContain("Bloom & Crumb");
    expect(stored).toContain("Sam Taylor");
    expect(stored).toContain("Amira Khan");

    // A table changed in one tab appears in the other, on another step too.
    await openStep(second, baseUrl(), "contact-points");
    await openStep(first, baseUrl(), "contact-points");
    await second.getByRole("button", { name: "Add Paying" }).click();
    await second.keyboard.type("Card or cash");
    await expect
      .poll(
        () =>
          first
            .getByRole("textbox", { name: "What good customer service looks like there, row 1" })
            .inputValue(),
        { timeout: SETTLE_MS },
      )
      .toBe("Card or cash");
  });

  it("removing the answers in one tab clears them in the other, which does not save them back", async () => {
    const { context, page: first } = await browser.newPage();
    const second = await context.newPage();
    // A tab in the background gets no animation frames, which waitForSaved polls on.
    await first.bringToFront();
    await openStep(first, baseUrl(), "about-you");
    await nameBox(first).fill("Amira Khan");
    await waitForSaved(first, "Amira Khan");
    await openStep(second, baseUrl(), "about-you");
    expect(await nameBox(second).inputValue()).toBe("Amira Khan");

    await openStep(first, baseUrl(), "review");
    await openFold(first, "Using a shared computer?");
    await first.getByRole("button", { name: "Remove my answers" }).click();
    const dialog = first.getByRole("dialog", { name: "Remove your answers from this browser?" });
    expect(await dialog.textContent()).toContain("1 answered question");
    expect(await axeViolations(first)).toEqual([]);
    await dialog.getByRole("button", { name: "Yes, remove them" }).click();
    await first.getByText("Removed 1 answered question from this browser.").waitFor();

    await expect.poll(() => nameBox(second).inputValue(), { timeout: SETTLE_MS }).toBe("");
    await second.getByText("Your answers were removed from this browser in another tab.").waitFor();
    await second.waitForTimeout(500);
    const left = await first.evaluate(() => JSON.stringify(localStorage));
    expect(left).not.toContain("Amira");
  });
});

describe("the backup file", () => {
  it("brings every answer back in a fresh browser profile", async () => {
    const { page } = await browser.newPage();
    await page.goto(baseUrl());
    const filled = new Map<string, Expectation[]>();
    let seed = 0;
    for (const step of stepsWithFields) {
      await openStep(page, baseUrl(), step.id);
      const expected: Expectation[] = [];
      for (const field of step.fields) expected.push(...(await fillField(page, field, seed++)));
      filled.set(step.id, expected);
    }
    await openStep(page, baseUrl(), "review");
    await openFold(page, "Keep your answers safe");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download backup" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^keeping-customers-backup-\d{4}-\d\d-\d\d\.json$/,
    );
    // Saved under its own name, as a person's Downloads folder would have it.
    const folder = mkdtempSync(join(tmpdir(), "keeping-customers-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);

    const fresh = await browser.newPage();
    await openStep(fresh.page, baseUrl(), "review");
    await openFold(fresh.page, "Keep your answers safe");
    await fresh.page.getByLabel("Restore from backup").setInputFiles(file);
    const dialog = fresh.page.getByRole("dialog", {
      name: "Replace your answers with the backup?",
    });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/This browser has answers to 0 questions/);
    expect(await axeViolations(fresh.page)).toEqual([]);
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    await fresh.page.getByText(/Restored your answers from keeping-customers-backup-/).waitFor();

    await fresh.page.reload();
    for (const step of stepsWithFields) {
      await openStep(fresh.page, baseUrl(), step.id);
      expect(await expectFilled(fresh.page, filled.get(step.id) ?? []), step.id).toEqual([]);
    }
  });

  it("a wrong, damaged, oversized or newer file gets a clear message and changes nothing", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "about-you");
    await nameBox(page).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");
    await openStep(page, baseUrl(), "review");
    // Moving to the review step is saved too; wait for that before taking the "before".
    await page.waitForFunction(
      (key) => localStorage.getItem(key)?.includes('"lastStepId":"review"'),
      KEY,
    );
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    await openFold(page, "Keep your answers safe");
    const input = page.getByLabel("Restore from backup");

    const cases: [string, Buffer, RegExp][] = [
      ["notes.json", Buffer.from("Eggs, flour, sugar"), /damaged, or it is not a backup/],
      [
        "keeping-customers-backup-2025-05-03.json",
        Buffer.from('{"app":"keeping-customers","version":1,"answers":{"yourName":'),
        /damaged/,
      ],
      ["huge.json", Buffer.alloc(5 * 1024 * 1024 + 1, 32), /too big/],
      [
        "keeping-customers-backup-2031-01-01.json",
        Buffer.from(JSON.stringify({ app: "keeping-customers", version: 7, answers: {} })),
        /newer version/,
      ],
    ];
    for (const [name, buffer, message] of cases) {
      await input.setInputFiles({ name, mimeType: "application/json", buffer });
      const problem = page.getByRole("alert").filter({ hasText: message });
      await problem.waitFor();
      expect(await problem.textContent()).toContain("Your answers have not been changed.");
      expect(await page.getByRole("dialog").isVisible()).toBe(false);
    }
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    await openStep(page, baseUrl(), "about-you");
    expect(await nameBox(page).inputValue()).toBe("Amira Khan");
  });
});
