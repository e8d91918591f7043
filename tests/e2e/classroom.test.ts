import { execFileSync } from "node:child_process";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { workbook } from "../../src/content/workbook";
import { CLASS_KEY, PERSONAL_KEY } from "../../src/store/keys";
import { appStarted, showExample } from "./fill-workbook";
import { expect, outputFile, test } from "./fixtures";

const PROJECTOR = { width: 1280, height: 720 };

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const saved = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

async function present(page: Page) {
  await appStarted(page);
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page.getByRole("button", { name: "Leave presentation" })).toBeVisible();
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Every piece of visible text in main, with its computed size; form boxes by their own size. */
function textSizes(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const found: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest(".visually-hidden, [hidden], .step-count")) continue;
      if (el.getBoundingClientRect().width < 2) continue;
      found.push({ text: text.slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) });
    }
    for (const box of main.querySelectorAll("input[type='text'], textarea"))
      found.push({
        text: `(box ${box.getAttribute("aria-label") ?? box.id})`,
        size: parseFloat(getComputedStyle(box).fontSize),
      });
    return found;
  });
}

test.describe("presentation mode", () => {
  test.use({ viewport: PROJECTOR });

  test("moves between steps with the keys and leaves on Escape", async ({ page }) => {
    await page.goto("/#/about-you");
    await present(page);
    await expect(h1(page)).toHaveText("About you");
    await expect(page.getByRole("navigation", { name: "Workbook steps" })).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);

    const moves: [string, string][] = [
      ["ArrowRight", "Why customer service matters"],
      ["PageDown", "Your customer contact points"],
      ["Space", "Your good customer service list"],
      ["ArrowLeft", "Your customer contact points"],
      ["PageUp", "Why customer service matters"],
    ];
    for (const [key, title] of moves) {
      await page.keyboard.press(key);
      await expect(h1(page)).toHaveText(title);
      const id = workbook.steps.find((s) => s.title === title)!.id;
      await expect(page).toHaveURL(new RegExp(`#/${id}$`));
    }

    // Typing the class's answer: Space and the arrows stay in the box.
    const box = page.getByRole("textbox", { name: /stopped using a business/ });
    await box.click();
    await page.keyboard.type("They never rang back");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("PageDown");
    await expect(box).toHaveValue("They never rang bac k");
    await expect(h1(page)).toHaveText("Why customer service matters");

    await page.keyboard.press("Escape");
    await expect(page.getByRole("navigation", { name: "Workbook steps" })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect(page.getByRole("button", { name: "Present", exact: true })).toBeFocused();
    await expect(h1(page)).toHaveText("Why customer service matters");
  });

  test("shows the worked example, and keeps the fields editable", async ({ page }) => {
    await page.goto("/#/contact-points");
    await present(page);
    const toggle = page.getByRole("button", { name: "Show example" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("region", { name: "Worked example" })).toBeVisible();
    await page.getByRole("button", { name: "Add Phone enquiry" }).click();
    // The new row takes the focus, and the typing goes there.
    await expect(
      page.getByRole("textbox", { name: "What good customer service looks like there, row 1" }),
    ).toBeFocused();
    await page.keyboard.type("Answer within three rings");
    await expect.poll(() => saved(page, PERSONAL_KEY)).toContain("Answer within three rings");
  });

  test("sets every piece of text at 28 px or more at 1280×720, headings larger", async ({
    page,
  }) => {
    await page.goto(`/#/${workbook.steps[0]!.id}`);
    await present(page);
    for (const step of workbook.steps) {
      await expect(h1(page)).toHaveText(step.title);
      await showExample(page);
      const sizes = await textSizes(page);
      expect(sizes.length).toBeGreaterThan(3);
      const small = sizes.filter((s) => s.size < 28);
      expect(small, `text under 28 px on "${step.title}"`).toEqual([]);
      const title = parseFloat(await h1(page).evaluate((el) => getComputedStyle(el).fontSize));
      expect(title).toBeGreaterThanOrEqual(1.5 * 28);
      const h2 = await page
        .locator("main h2:visible")
        .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      for (const size of h2) expect(size).toBeGreaterThan(28);
      await page.keyboard.press("ArrowRight");
    }
  });

  test("keeps its corner clear of the step's heading from a phone to a projector, in the class workbook", async ({
    page,
  }) => {
    await page.goto("/?workbook=class#/contact-points");
    await present(page);
    const corner = page.getByRole("complementary", { name: "Presentation" });
    for (const width of [360, 768, 1280]) {
      await page.setViewportSize({ width, height: 740 });
      const around = (await corner.boundingBox())!;
      for (const text of [page.locator("main .step-count"), h1(page)]) {
        // The words' own box: a heading's block runs the width of the page.
        const box = await text.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x, y, width, height };
        });
        const apart =
          around.y + around.height <= box.y ||
          around.x + around.width <= box.x ||
          box.x + box.width <= around.x;
        expect(apart, `at ${width} px the corner covers "${await text.textContent()}"`).toBe(true);
      }
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`in the ${colorScheme} scheme`, () => {
      test.use({ colorScheme });

      test(`passes axe on every step in the ${colorScheme} scheme, example shown`, async ({
        page,
      }) => {
        test.slow(); // an axe run for each of the fifteen steps
        await page.goto(`/?workbook=class#/${workbook.steps[0]!.id}`);
        await present(page);
        for (const step of workbook.steps) {
          await expect(h1(page)).toHaveText(step.title);
          await showExample(page);
          expect(await axeViolations(page), step.title).toEqual([]);
          await page.keyboard.press("ArrowRight");
        }
      });
    });
  }
});

test.describe("class workbook", () => {
  test.use({ viewport: PROJECTOR });

  test("takes the class's answers without changing the personal workbook by a byte", async ({
    page,
  }) => {
    await page.goto("/#/about-you");
    await page.getByRole("textbox", { name: "Your name" }).fill("Priya Shah");
    await expect.poll(() => saved(page, PERSONAL_KEY)).toContain("Priya Shah");
    const personal = await saved(page, PERSONAL_KEY);

    await page.getByRole("button", { name: "Class workbook" }).click();
    await expect(page.getByRole("region", { name: "Class workbook" })).toBeVisible();
    expect(await axeViolations(page), "class banner").toEqual([]);
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("");
    await page.getByRole("textbox", { name: "Your name" }).fill("Tuesday evening class");
    await page.getByRole("button", { name: /^Next/ }).click();
    await present(page);
    await page.getByRole("textbox", { name: /stopped using a business/ }).fill("Lost parcel");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("navigation", { name: "Workbook steps" })).toBeVisible();
    await expect.poll(() => saved(page, CLASS_KEY)).toContain("Lost parcel");

    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole("region", { name: "Class workbook" })).toBeVisible();
    await page.getByRole("link", { name: "About you" }).click();
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue(
      "Tuesday evening class",
    );
    expect(await saved(page, PERSONAL_KEY)).toBe(personal);

    // Cleared after one check; the personal workbook still untouched.
    await page.getByRole("button", { name: "Clear class workbook" }).click();
    await page.getByRole("button", { name: "Yes, clear it" }).click();
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("");
    await expect.poll(() => saved(page, CLASS_KEY)).not.toContain("Tuesday evening class");
    expect(await saved(page, PERSONAL_KEY)).toBe(personal);

    await page.getByRole("button", { name: "My workbook" }).click();
    await expect(page.getByRole("region", { name: "Class workbook" })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("Priya Shah");
  });
});

test.describe("dark scheme", () => {
  test.use({ colorScheme: "dark" });

  // Every step in the dark scheme, example shown, is scanned in workbook.test.ts.
  test("passes axe with the class banner", async ({ page }) => {
    await page.goto(`/#/${workbook.steps[0]!.id}`);
    await appStarted(page);
    await page.getByRole("button", { name: "Class workbook" }).click();
    await page.getByRole("button", { name: "Clear class workbook" }).click();
    expect(await axeViolations(page), "class banner").toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      "dark",
    );
  });
});

test.describe("print", () => {
  test.use({ colorScheme: "dark" });

  test("prints a step with its answers in full and none of the controls", async ({ page }) => {
    await page.goto("/#/contact-points");
    const lines = Array.from(
      { length: 40 },
      (_, i) => `Promise ${i + 1}: we ring back the same day.`,
    );
    await page.getByRole("button", { name: "Add Phone enquiry" }).click();
    const service = (row: number) =>
      page.getByRole("textbox", {
        name: `What good customer service looks like there, row ${row}`,
      });
    await service(1).fill(lines.join("\n"));
    await page.getByRole("button", { name: "Add Delivery" }).click();
    await service(2).fill("Tracked, on the day we promised, with a text the evening before.");
    const file = outputFile("step.pdf");
    await page.pdf({ path: file, format: "A4" });
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const line of lines) expect(text).toContain(line);
    expect(text.replace(/\s+/g, " ")).toContain(
      "Tracked, on the day we promised, with a text the evening before.",
    );
    expect(text).toContain("Your customer contact points");
    for (const control of [
      "Workbook steps",
      "About you",
      "Present",
      "Show example",
      "Next:",
      "Add contact point",
      "Remove row",
    ])
      expect(text).not.toContain(control);
    // After printing the page is as it was.
    await expect(page.locator(".print-copy")).toHaveCount(0);
  });
});
