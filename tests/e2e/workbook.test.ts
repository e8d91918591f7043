import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { workbook } from "../../src/content/workbook";
import {
  appStarted,
  expectFilled,
  fillField,
  openStep,
  showExample,
  stepsWithFields,
  waitForSaved,
  type Expectation,
} from "./fill-workbook";
import { expect, test } from "./fixtures";
import { PERSONAL_KEY } from "../../src/store/keys";

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
    await expect(h1(page)).toHaveText(step.title);
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
    await openStep(page, step.id);
    await expectFilled(page, filled.get(step.id) ?? []);
  }
}

test.describe("a new user works through the workbook", () => {
  test("fills in every step, reloads, and finds everything as they left it", async ({ page }) => {
    test.slow(); // fills in every step
    await page.goto("/");
    await expect(h1(page)).toHaveText(workbook.steps[0]!.title);
    const filled = await fillEveryStep(page);

    await page.reload();
    // The app returns to the last step the user was on.
    await expect(h1(page)).toHaveText(stepsWithFields.at(-1)!.title);
    await checkEveryStep(page, filled);

    // Everything answered: the overall progress is full.
    const progress = page.getByRole("progressbar");
    const max = await progress.getAttribute("max");
    expect(max).not.toBeNull();
    await expect(progress).toHaveAttribute("value", max!);
  });

  test("adds, removes with undo and reorders table rows, and keeps the result", async ({
    page,
  }) => {
    await openStep(page, "contact-points");
    const cell = (n: number) =>
      page.getByRole("textbox", { name: `Customer contact point, row ${n}`, exact: true });
    const add = page.getByRole("button", { name: "Add contact point", exact: true });
    for (const [i, text] of ["Website", "Phone", "Shop counter"].entries()) {
      await add.click();
      await cell(i + 1).fill(text);
    }
    await page.getByRole("button", { name: "Add Delivery" }).click();
    // The new row takes the focus, and the typing goes there.
    await expect(
      page.getByRole("textbox", { name: "What good customer service looks like there, row 4" }),
    ).toBeFocused();
    await page.keyboard.type("On time, in one piece");

    await page.getByRole("button", { name: "Remove row 2", exact: true }).click();
    await expect(cell(2)).toHaveValue("Shop counter");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(cell(2)).toHaveValue("Phone");

    // Keyboard only: move "Shop counter" to the top. Focus follows the row it moved.
    await page.getByRole("button", { name: "Move row 3 up", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Move row 2 up", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    const order = async () => Promise.all([1, 2, 3, 4].map((n) => cell(n).inputValue()));
    await expect.poll(order).toEqual(["Shop counter", "Website", "Phone", "Delivery"]);

    await page.getByRole("button", { name: "Remove row 2", exact: true }).click();
    await waitForSaved(page, "On time, in one piece");
    // The removed row is gone from the saved answers (it is kept only in the undo history).
    await expect
      .poll(() =>
        page.evaluate(
          (key) =>
            (
              JSON.parse(localStorage.getItem(key)!) as {
                state: { answers: { contactPoints: { point: string }[] } };
              }
            ).state.answers.contactPoints.map((row) => row.point),
          PERSONAL_KEY,
        ),
      )
      .not.toContain("Website");
    await page.reload();
    await expect(page.getByRole("textbox", { name: /^Customer contact point, row/ })).toHaveCount(
      3,
    );
    for (const [i, text] of ["Shop counter", "Phone", "Delivery"].entries())
      await expect(cell(i + 1)).toHaveValue(text);
    await expect(
      page.getByRole("textbox", { name: "What good customer service looks like there, row 3" }),
    ).toHaveValue("On time, in one piece");
  });

  test("keeps answers after the browser is closed and opened again", async ({
    persistentProfile,
  }) => {
    const profile = test.info().outputPath("profile");
    let context = await persistentProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await openStep(page, "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira Khan");
    await openStep(page, "complaints");
    await page
      .getByRole("textbox", { name: "How quickly will you respond to a complaint?" })
      .fill("Within one working day");
    await waitForSaved(page, "Within one working day");
    await context.close();

    context = await persistentProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/");
    await expect(h1(page)).toHaveText("Your complaint plan");
    await expect(
      page.getByRole("textbox", { name: "How quickly will you respond to a complaint?" }),
    ).toHaveValue("Within one working day");
    await openStep(page, "about-you");
    await expect(page.getByRole("textbox", { name: "Your name", exact: true })).toHaveValue(
      "Amira Khan",
    );
  });
});

test.describe("the address follows the step", () => {
  test("names the step, and Back, Forward and a pasted link land on it", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/#\/about-you$/);
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(page).toHaveURL(/#\/why-it-matters$/);
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(h1(page)).toHaveText("Your customer contact points");

    await page.goBack();
    await expect(h1(page)).toHaveText("Why customer service matters");
    await page.goBack();
    await expect(h1(page)).toHaveText("About you");
    await page.goForward();
    await expect(h1(page)).toHaveText("Why customer service matters");

    const pasted = await context.newPage();
    await pasted.goto("/#/talk-it-through");
    await expect(h1(pasted)).toHaveText("Talk it through");
    const current = pasted
      .getByRole("navigation", { name: "Workbook steps" })
      .locator('[aria-current="step"]');
    await expect(current).toContainText("Talk it through");
  });
});

test.describe("every step, for everyone", () => {
  for (const colorScheme of ["light", "dark"] as const)
    for (const width of [1280, 360]) {
      test.describe(`at ${width} px, ${colorScheme}`, () => {
        test.use({ viewport: { width, height: 800 }, colorScheme });

        // Each step is scanned with its worked example shown: the example is in the page either
        // way (hidden until shown), so one scan covers the step with and without it.
        test(`passes axe on every step, its example shown, at ${width} px, ${colorScheme}`, async ({
          page,
        }) => {
          for (const step of workbook.steps) {
            await openStep(page, step.id);
            const shown = await showExample(page);
            const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
            expect(
              violations.map((v) => `${step.id}${shown ? " (example)" : ""}: ${v.id} ${v.help}`),
            ).toEqual([]);
          }
        });
      });
    }

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test("never scrolls sideways at 360 px, even with rows, examples and long words", async ({
      page,
    }) => {
      const long = "Supercalifragilisticexpialidocious-customer-service-promise-".repeat(3);
      await openStep(page, "contact-points");
      await page.getByRole("button", { name: "Add Website or brochure" }).click();
      await expect(
        page.getByRole("textbox", { name: "What good customer service looks like there, row 1" }),
      ).toBeFocused();
      await page.keyboard.type(long);
      await openStep(page, "talk-it-through");
      await page.getByRole("button", { name: "Add action", exact: true }).click();
      await page.getByRole("textbox", { name: "Action, row 1" }).fill(long);
      const wide: string[] = [];
      for (const step of workbook.steps) {
        await openStep(page, step.id);
        await showExample(page);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        if (scrollWidth > clientWidth) wide.push(`${step.id}: ${scrollWidth} > ${clientWidth}`);
      }
      expect(wide).toEqual([]);
    });
  });

  test("works by keyboard alone: skip link, step list and moving on", async ({ page }) => {
    await page.goto("/");
    await appStarted(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the questions" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    // The skip link lands in the questions: the next Tab reaches a control inside main.
    expect(await page.evaluate(() => document.activeElement?.closest("main") != null)).toBe(true);
    await page.getByRole("button", { name: /^Next/ }).focus();
    await page.keyboard.press("Enter");
    await expect(h1(page)).toHaveText("Why customer service matters");
    // Focus moves to the new step's heading, so a screen reader starts there.
    await expect(h1(page)).toBeFocused();
  });
});
