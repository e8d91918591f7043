import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { workbook } from "../../src/content/workbook";
import { baseUrl, useBrowser } from "./browser";
import { appStarted } from "./fill-workbook";
import { CLASS_KEY, PERSONAL_KEY } from "../../src/store/keys";

const browser = useBrowser();
const PROJECTOR = { width: 1280, height: 720 };

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const stepTitle = (page: Page) => h1(page).textContent();
const saved = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

async function present(page: Page) {
  await appStarted(page);
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await page.getByRole("button", { name: "Leave presentation" }).waitFor();
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
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

describe("presentation mode", () => {
  it("moves between steps with the keys and leaves on Escape", async () => {
    const { page } = await browser.newPage({ viewport: PROJECTOR });
    await page.goto(`${baseUrl()}/#/about-you`);
    await present(page);
    expect(await stepTitle(page)).toBe("About you");
    expect(await page.getByRole("navigation", { name: "Workbook steps" }).count()).toBe(0);
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
      await expect.poll(() => stepTitle(page)).toBe(title);
      expect(page.url()).toContain(`#/${workbook.steps.find((s) => s.title === title)!.id}`);
    }

    // Typing the class's answer: Space and the arrows stay in the box.
    const box = page.getByRole("textbox", { name: /stopped using a business/ });
    await box.click();
    await page.keyboard.type("They never rang back");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("PageDown");
    expect(await box.inputValue()).toBe("They never rang bac k");
    expect(await stepTitle(page)).toBe("Why customer service matters");

    await page.keyboard.press("Escape");
    await page.getByRole("navigation", { name: "Workbook steps" }).waitFor();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Present");
    expect(await stepTitle(page)).toBe("Why customer service matters");
  });

  it("shows the worked example, and keeps the fields editable", async () => {
    const { page } = await browser.newPage({ viewport: PROJECTOR });
    await page.goto(`${baseUrl()}/#/contact-points`);
    await present(page);
    await page.getByRole("button", { name: "Show example" }).click();
    const toggle = page.getByRole("button", { name: "Hide example" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("region", { name: "Worked example" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Add Phone enquiry" }).click();
    await page.keyboard.type("Answer within three rings");
    await expect.poll(() => saved(page, PERSONAL_KEY)).toContain("Answer within three rings");
  });

  it("sets every piece of text at 28 px or more at 1280×720, headings larger", async () => {
    const { page } = await browser.newPage({ viewport: PROJECTOR });
    await page.goto(`${baseUrl()}/#/${workbook.steps[0]!.id}`);
    await present(page);
    for (const step of workbook.steps) {
      await expect.poll(() => stepTitle(page)).toBe(step.title);
      const toggle = page.getByRole("button", { name: "Show example" });
      if ((await toggle.count()) > 0) await toggle.click();
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

  for (const colorScheme of ["light", "dark"] as const) {
    it(`passes axe on every step in the ${colorScheme} scheme, example shown`, async () => {
      const { page } = await browser.newPage({ viewport: PROJECTOR, colorScheme });
      await page.goto(`${baseUrl()}/?workbook=class#/${workbook.steps[0]!.id}`);
      await present(page);
      for (const step of workbook.steps) {
        await expect.poll(() => stepTitle(page)).toBe(step.title);
        const toggle = page.getByRole("button", { name: "Show example" });
        if ((await toggle.count()) > 0) await toggle.click();
        expect(await axeViolations(page), step.title).toEqual([]);
        await page.keyboard.press("ArrowRight");
      }
    }, 120_000);
  }
});

describe("class workbook", () => {
  it("takes the class's answers without changing the personal workbook by a byte", async () => {
    const { page } = await browser.newPage({ viewport: PROJECTOR });
    await page.goto(`${baseUrl()}/#/about-you`);
    await page.getByRole("textbox", { name: "Your name" }).fill("Priya Shah");
    await expect.poll(() => saved(page, PERSONAL_KEY)).toContain("Priya Shah");
    const personal = await saved(page, PERSONAL_KEY);

    await page.getByRole("button", { name: "Class workbook" }).click();
    await page.getByRole("region", { name: "Class workbook" }).waitFor();
    expect(await axeViolations(page), "class banner").toEqual([]);
    expect(await page.getByRole("textbox", { name: "Your name" }).inputValue()).toBe("");
    await page.getByRole("textbox", { name: "Your name" }).fill("Tuesday evening class");
    await page.getByRole("button", { name: /^Next/ }).click();
    await present(page);
    await page.getByRole("textbox", { name: /stopped using a business/ }).fill("Lost parcel");
    await page.keyboard.press("Escape");
    await page.getByRole("navigation", { name: "Workbook steps" }).waitFor();
    await expect.poll(() => saved(page, CLASS_KEY)).toContain("Lost parcel");

    // The choice survives a reload.
    await page.reload();
    await page.getByRole("region", { name: "Class workbook" }).waitFor();
    await page.getByRole("link", { name: "About you" }).click();
    expect(await page.getByRole("textbox", { name: "Your name" }).inputValue()).toBe(
      "Tuesday evening class",
    );
    expect(await saved(page, PERSONAL_KEY)).toBe(personal);

    // Cleared after one check; the personal workbook still untouched.
    await page.getByRole("button", { name: "Clear class workbook" }).click();
    await page.getByRole("button", { name: "Yes, clear it" }).click();
    expect(await page.getByRole("textbox", { name: "Your name" }).inputValue()).toBe("");
    await expect.poll(() => saved(page, CLASS_KEY)).not.toContain("Tuesday evening class");
    expect(await saved(page, PERSONAL_KEY)).toBe(personal);

    await page.getByRole("button", { name: "My workbook" }).click();
    expect(await page.getByRole("region", { name: "Class workbook" }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "Your name" }).inputValue()).toBe("Priya Shah");
  });
});

describe("dark scheme", () => {
  it("passes axe on every step, example shown, and with the class banner", async () => {
    const { page } = await browser.newPage({ colorScheme: "dark" });
    for (const step of workbook.steps) {
      await page.goto(`${baseUrl()}/#/${step.id}`);
      await expect.poll(() => stepTitle(page)).toBe(step.title);
      const toggle = page.getByRole("button", { name: "Show example" });
      if ((await toggle.count()) > 0) await toggle.click();
      expect(await axeViolations(page), step.title).toEqual([]);
    }
    await page.getByRole("button", { name: "Class workbook" }).click();
    await page.getByRole("button", { name: "Clear class workbook" }).click();
    expect(await axeViolations(page), "class banner").toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      "dark",
    );
    // An axe run for each of the fifteen steps: longer than one test's usual minute.
  }, 120_000);
});

describe("print", () => {
  it("prints a step with its answers in full and none of the controls", async () => {
    const { page } = await browser.newPage({ colorScheme: "dark" });
    await page.goto(`${baseUrl()}/#/contact-points`);
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
    const dir = mkdtempSync(join(tmpdir(), "print-"));
    try {
      const file = join(dir, "step.pdf");
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // After printing the page is as it was.
    expect(await page.locator(".print-copy").count()).toBe(0);
  });
});
