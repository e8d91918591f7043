import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { workbook } from "../../src/content/workbook";
import { baseUrl, launchPersistent, useBrowser } from "./browser";
import {
  appStarted,
  expectFilled,
  fillField,
  openStep,
  stepsWithFields,
  waitForSaved,
  type Expectation,
} from "./fill-workbook";
import { PERSONAL_KEY } from "../../src/store/keys";

const browser = useBrowser();
const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });

async function fillEveryStep(page: Page): Promise<Map<string, Expectation[]>> {
  const filled = new Map<string, Expectation[]>();
  let seed = 0;
  for (const step of stepsWithFields) {
    await page
      .getByRole("navigation", { name: "Workbook steps" })
      .getByRole("link", {
        name: step.title,
      })
      .click();
    await expect.poll(() => h1(page).textContent()).toBe(step.title);
    const expected: Expectation[] = [];
    for (const field of step.fields) expected.push(...(await fillField(page, field, seed++)));
    filled.set(step.id, expected);
    const last = expected.findLast((e) => e.kind === "text");
    if (last) await waitForSaved(page, last.value);
  }
  return filled;
}

async function checkEveryStep(page: Page, filled: Map<string, Expectation[]>): Promise<void> {
  for (const step of stepsWithFields) {
    await openStep(page, baseUrl(), step.id);
    expect(await expectFilled(page, filled.get(step.id) ?? []), step.id).toEqual([]);
  }
}

describe("a new user works through the workbook", () => {
  it("fills in every step, reloads, and finds everything as they left it", async () => {
    const { page } = await browser.newPage();
    await page.goto(baseUrl());
    await expect.poll(() => h1(page).textContent()).toBe(workbook.steps[0]!.title);
    const filled = await fillEveryStep(page);

    await page.reload();
    // The app returns to the last step the user was on.
    expect(await h1(page).textContent()).toBe(stepsWithFields.at(-1)!.title);
    await checkEveryStep(page, filled);

    // Everything answered: the overall progress is full.
    const progress = page.getByRole("progressbar");
    expect(await progress.getAttribute("value")).toBe(await progress.getAttribute("max"));
  });

  it("adds, removes with undo and reorders table rows, and keeps the result", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "contact-points");
    const cell = (n: number) =>
      page.getByRole("textbox", { name: `Customer contact point, row ${n}`, exact: true });
    const add = page.getByRole("button", { name: "Add contact point", exact: true });
    for (const [i, text] of ["Website", "Phone", "Shop counter"].entries()) {
      await add.click();
      await cell(i + 1).fill(text);
    }
    await page.getByRole("button", { name: "Add Delivery" }).click();
    await page.keyboard.type("On time, in one piece");

    await page.getByRole("button", { name: "Remove row 2", exact: true }).click();
    expect(await cell(2).inputValue()).toBe("Shop counter");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    expect(await cell(2).inputValue()).toBe("Phone");

    // Keyboard only: move "Shop counter" to the top.
    await page.getByRole("button", { name: "Move row 3 up", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    const order = async () => Promise.all([1, 2, 3, 4].map((n) => cell(n).inputValue()));
    expect(await order()).toEqual(["Shop counter", "Website", "Phone", "Delivery"]);

    await page.getByRole("button", { name: "Remove row 2", exact: true }).click();
    await waitForSaved(page, "On time, in one piece");
    // The removed row is gone from the saved answers (it is kept only in the undo history).
    await page.waitForFunction(
      (key) =>
        !(
          JSON.parse(localStorage.getItem(key)!) as {
            state: { answers: { contactPoints: { point: string }[] } };
          }
        ).state.answers.contactPoints.some((row) => row.point === "Website"),
      PERSONAL_KEY,
    );
    await page.reload();
    expect(await page.getByRole("textbox", { name: /^Customer contact point, row/ }).count()).toBe(
      3,
    );
    expect(await Promise.all([1, 2, 3].map((n) => cell(n).inputValue()))).toEqual([
      "Shop counter",
      "Phone",
      "Delivery",
    ]);
    expect(
      await page
        .getByRole("textbox", { name: "What good customer service looks like there, row 3" })
        .inputValue(),
    ).toBe("On time, in one piece");
  });

  it("keeps answers after the browser is closed and opened again", async () => {
    const profile = mkdtempSync(join(tmpdir(), "keeping-customers-profile-"));
    try {
      let context = await launchPersistent(profile);
      let page = context.pages()[0] ?? (await context.newPage());
      await openStep(page, baseUrl(), "about-you");
      await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira Khan");
      await openStep(page, baseUrl(), "complaints");
      await page
        .getByRole("textbox", { name: "How quickly will you respond to a complaint?" })
        .fill("Within one working day");
      await waitForSaved(page, "Within one working day");
      await context.close();

      context = await launchPersistent(profile);
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseUrl());
      await expect.poll(() => h1(page).textContent()).toBe("Your complaint plan");
      expect(
        await page
          .getByRole("textbox", { name: "How quickly will you respond to a complaint?" })
          .inputValue(),
      ).toBe("Within one working day");
      await openStep(page, baseUrl(), "about-you");
      expect(await page.getByRole("textbox", { name: "Your name", exact: true }).inputValue()).toBe(
        "Amira Khan",
      );
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe("the address follows the step", () => {
  it("names the step, and Back, Forward and a pasted link land on it", async () => {
    const { page, context } = await browser.newPage();
    await page.goto(baseUrl());
    await expect.poll(() => new URL(page.url()).hash).toBe("#/about-you");
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe("#/why-it-matters");
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect.poll(() => h1(page).textContent()).toBe("Your customer contact points");

    await page.goBack();
    await expect.poll(() => h1(page).textContent()).toBe("Why customer service matters");
    await page.goBack();
    await expect.poll(() => h1(page).textContent()).toBe("About you");
    await page.goForward();
    await expect.poll(() => h1(page).textContent()).toBe("Why customer service matters");

    const pasted = await context.newPage();
    await pasted.goto(`${baseUrl()}/#/talk-it-through`);
    await expect.poll(() => h1(pasted).textContent()).toBe("Talk it through");
    const current = pasted
      .getByRole("navigation", { name: "Workbook steps" })
      .locator('[aria-current="step"]');
    expect(await current.textContent()).toContain("Talk it through");
  });
});

describe("every step, for everyone", () => {
  for (const colorScheme of ["light", "dark"] as const)
    for (const width of [1280, 360]) {
      it(`passes axe on every step, with and without the example, at ${width} px, ${colorScheme}`, async () => {
        const { page } = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        for (const step of workbook.steps) {
          await openStep(page, baseUrl(), step.id);
          const example = page.getByRole("button", { name: "Show example" });
          for (const shown of (await example.count()) ? [false, true] : [false]) {
            if (shown) await example.click();
            const { violations } = await new AxeBuilder({ page }).analyze();
            expect(
              violations.map((v) => `${step.id}${shown ? " (example)" : ""}: ${v.id} ${v.help}`),
            ).toEqual([]);
          }
        }
        // Two axe runs for each of the fifteen steps: longer than one test's usual minute.
      }, 180_000);
    }

  it("never scrolls sideways at 360 px, even with rows, examples and long words", async () => {
    const { page } = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const long = "Supercalifragilisticexpialidocious-customer-service-promise-".repeat(3);
    await openStep(page, baseUrl(), "contact-points");
    await page.getByRole("button", { name: "Add Website or brochure" }).click();
    await page.keyboard.type(long);
    await openStep(page, baseUrl(), "talk-it-through");
    await page.getByRole("button", { name: "Add action", exact: true }).click();
    await page.getByRole("textbox", { name: "Action, row 1" }).fill(long);
    const wide: string[] = [];
    for (const step of workbook.steps) {
      await openStep(page, baseUrl(), step.id);
      const example = page.getByRole("button", { name: "Show example" });
      if (await example.count()) await example.click();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) wide.push(`${step.id}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(wide).toEqual([]);
  });

  it("works by keyboard alone: skip link, step list and moving on", async () => {
    const { page } = await browser.newPage();
    await page.goto(baseUrl());
    await appStarted(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the questions" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    // The skip link lands in the questions: the next Tab reaches a control inside main.
    expect(await page.evaluate(() => document.activeElement?.closest("main") != null)).toBe(true);
    await page.getByRole("button", { name: /^Next/ }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => h1(page).textContent()).toBe("Why customer service matters");
    // Focus moves to the new step's heading, so a screen reader starts there.
    expect(await h1(page).evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
