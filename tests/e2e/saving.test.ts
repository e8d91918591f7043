import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import type { Download, Page } from "@playwright/test";
import {
  appStarted,
  closeAndReadStorage,
  expectFilled,
  fillField,
  openStep,
  stepsWithFields,
  waitForSaved,
  type Expectation,
  openFold,
} from "./fill-workbook";
import { expect, keep, test } from "./fixtures";
import { PERSONAL_KEY } from "../../src/store/keys";

const KEY = PERSONAL_KEY;

const nameBox = (page: Page) => page.getByRole("textbox", { name: "Your name", exact: true });
const alert = (page: Page) => page.getByRole("alert");

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, "utf8");
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return violations.map((v) => `${v.id} ${v.help}`);
}

/**
 * Records every write the page tries from now on; returns, for a text, whether each write that
 * held it was kept (true) or refused (false).
 */
async function watchWrites(page: Page): Promise<(text: string) => Promise<boolean[]>> {
  await page.evaluate(() => {
    const writes: { value: string; ok: boolean }[] = [];
    (window as unknown as { writes: typeof writes }).writes = writes;
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, "setItem")!.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      try {
        setItem.call(this, key, value);
        writes.push({ value, ok: true });
      } catch (error) {
        writes.push({ value, ok: false });
        throw error;
      }
    };
  });
  return (text) =>
    page.evaluate(
      (t) =>
        (window as unknown as { writes: { value: string; ok: boolean }[] }).writes
          .filter((w) => w.value.includes(t))
          .map((w) => w.ok),
      text,
    );
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

test.describe("saved data that cannot be read", () => {
  test("is kept aside untouched, the user is told, can download it, and has a working workbook", async ({
    page,
  }) => {
    await openStep(page, "about-you");
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

    await expect(alert(page)).toContainText("Your saved workbook could not be read.");
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
    await expect(nameBox(page)).toHaveValue("");
    await nameBox(page).fill("Bea");
    await waitForSaved(page, "Bea");
    await page.reload();
    await appStarted(page);
    await expect(nameBox(page)).toHaveValue("Bea");
    // Told once; the copy is listed with the backup tools from then on.
    await expect(alert(page)).toHaveCount(0);
    await openStep(page, "review");
    await expect(
      page.getByRole("heading", { name: "Saved data that could not be read" }),
    ).toBeVisible();
  });
});

test.describe("when the browser will not save", () => {
  test("says so as soon as storage is full, loses nothing typed, and saves again once there is room", async ({
    page,
  }) => {
    await openStep(page, "about-you");
    await fillStorage(page);

    await nameBox(page).pressSequentially("Zofia Wróblewska");
    await expect(alert(page)).toHaveText(/Your latest changes are not saved.*full/);
    await expect(page.getByRole("status")).toContainText("Not saved");
    await expect(nameBox(page)).toHaveValue("Zofia Wróblewska");
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert(page).getByRole("button", { name: "Download backup" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^keeping-customers-backup-\d{4}-\d\d-\d\d\.json$/,
    );
    expect(await downloaded(download)).toContain('"yourName": "Zofia Wróblewska"');

    // Typing goes on in memory while storage is full: the app tries to save it, is refused,
    // and goes on saying so once.
    const writesOf = await watchWrites(page);
    await page.getByRole("textbox", { name: "Business name" }).fill("Bloom & Crumb");
    await expect.poll(() => writesOf("Bloom & Crumb")).toContain(false);
    await expect(alert(page)).toHaveCount(1);
    await expect(page.getByRole("status")).toContainText("Not saved");

    // Room is made (say, another site's data is cleared): saving resumes by itself.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith("filler-")) localStorage.removeItem(key);
    });
    await expect(alert(page)).toHaveCount(0);
    await waitForSaved(page, "Bloom & Crumb");
    await page.reload();
    await appStarted(page);
    await expect(nameBox(page)).toHaveValue("Zofia Wróblewska");
    await expect(page.getByRole("textbox", { name: "Business name" })).toHaveValue("Bloom & Crumb");
  });

  test("says so at once when the browser blocks storage, and still offers the backup", async ({
    page,
  }) => {
    // What Chromium does when site data is blocked: touching localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    });
    await openStep(page, "about-you");
    await expect(alert(page)).toContainText(/not letting the workbook save/);
    await nameBox(page).fill("Amira Khan");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert(page).getByRole("button", { name: "Download backup" }).click(),
    ]);
    expect(await downloaded(download)).toContain("Amira Khan");
  });
});

test.describe("two tabs on the same workbook", () => {
  test("see each other's changes without a reload, and neither undoes the other", async ({
    context,
    page: first,
  }) => {
    const second = await context.newPage();
    await openStep(first, "about-you");
    await openStep(second, "about-you");

    await nameBox(first).fill("Amira Khan");
    await expect(nameBox(second)).toHaveValue("Amira Khan");

    // Both type at once, in different questions.
    await Promise.all([
      first.getByRole("textbox", { name: "Your coach's name" }).pressSequentially("Sam Taylor"),
      second.getByRole("textbox", { name: "Business name" }).pressSequentially("Bloom & Crumb"),
    ]);
    for (const page of [first, second]) {
      await expect(page.getByRole("textbox", { name: "Business name" })).toHaveValue(
        "Bloom & Crumb",
      );
      await expect(page.getByRole("textbox", { name: "Your coach's name" })).toHaveValue(
        "Sam Taylor",
      );
    }
    const stored = await first.evaluate((key) => localStorage.getItem(key), KEY);
    expect(stored).toContain("Bloom & Crumb");
    expect(stored).toContain("Sam Taylor");
    expect(stored).toContain("Amira Khan");

    // A table changed in one tab appears in the other, on another step too.
    await openStep(second, "contact-points");
    await openStep(first, "contact-points");
    await second.getByRole("button", { name: "Add Paying" }).click();
    const service = (page: Page) =>
      page.getByRole("textbox", { name: "What good customer service looks like there, row 1" });
    // The new row takes the focus, and the typing goes there.
    await expect(service(second)).toBeFocused();
    await second.keyboard.type("Card or cash");
    await expect(service(first)).toHaveValue("Card or cash");
  });

  test("removing the answers in one tab clears them in the other, which does not save them back", async ({
    context,
    page: first,
  }) => {
    const second = await context.newPage();
    // A tab in the background gets no animation frames, which some actions wait for.
    await first.bringToFront();
    await openStep(first, "about-you");
    await nameBox(first).fill("Amira Khan");
    await waitForSaved(first, "Amira Khan");
    await openStep(second, "about-you");
    await expect(nameBox(second)).toHaveValue("Amira Khan");

    await openStep(first, "review");
    await openFold(first, "Using a shared computer?");
    await first.getByRole("button", { name: "Remove my answers" }).click();
    const dialog = first.getByRole("dialog", { name: "Remove your answers from this browser?" });
    await expect(dialog).toContainText("1 answered question");
    expect(await axeViolations(first)).toEqual([]);
    await dialog.getByRole("button", { name: "Yes, remove them" }).click();
    await expect(first.getByText("Removed 1 answered question from this browser.")).toBeVisible();

    await expect(nameBox(second)).toHaveValue("");
    await expect(
      second.getByText("Your answers were removed from this browser in another tab."),
    ).toBeVisible();
    // Both tabs closed, each writing what it still had waiting: nothing of the answers is left.
    await closeAndReadStorage(second);
    const left = await closeAndReadStorage(first);
    expect(JSON.stringify(left)).not.toContain("Amira");
  });
});

test.describe("the backup file", () => {
  test("brings every answer back in a fresh browser profile", async ({ page, freshProfile }) => {
    test.slow(); // fills in every step
    await page.goto("/");
    const filled = new Map<string, Expectation[]>();
    let seed = 0;
    for (const step of stepsWithFields) {
      await openStep(page, step.id);
      const expected: Expectation[] = [];
      for (const field of step.fields) expected.push(...(await fillField(page, field, seed++)));
      filled.set(step.id, expected);
    }
    await openStep(page, "review");
    await openFold(page, "Keep your answers safe");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download backup" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^keeping-customers-backup-\d{4}-\d\d-\d\d\.json$/,
    );
    // Saved under its own name, as a person's Downloads folder would have it.
    const file = await keep(download);

    const fresh = await freshProfile();
    await openStep(fresh, "review");
    await openFold(fresh, "Keep your answers safe");
    await fresh.getByLabel("Restore from backup").setInputFiles(file);
    const dialog = fresh.getByRole("dialog", {
      name: "Replace your answers with the backup?",
    });
    await expect(dialog).toContainText(/This browser has answers to 0 questions/);
    expect(await axeViolations(fresh)).toEqual([]);
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    await expect(
      fresh.getByText(/Restored your answers from keeping-customers-backup-/),
    ).toBeVisible();

    await fresh.reload();
    for (const step of stepsWithFields) {
      await openStep(fresh, step.id);
      await expectFilled(fresh, filled.get(step.id) ?? []);
    }
  });

  test("a wrong, damaged, oversized or newer file gets a clear message and changes nothing", async ({
    page,
  }) => {
    await openStep(page, "about-you");
    await nameBox(page).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");
    await openStep(page, "review");
    // Moving to the review step is saved too; wait for that before taking the "before".
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), KEY))
      .toContain('"lastStepId":"review"');
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
      await expect(problem).toContainText("Your answers have not been changed.");
      await expect(page.getByRole("dialog")).toBeHidden();
    }
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    await openStep(page, "about-you");
    await expect(nameBox(page)).toHaveValue("Amira Khan");
  });
});
