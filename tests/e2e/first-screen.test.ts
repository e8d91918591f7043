import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { workbook } from "../../src/content/workbook";
import { CLASS_KEY, PERSONAL_KEY } from "../../src/store/keys";
import { baseUrl, useBrowser } from "./browser";
import { appStarted, openFold } from "./fill-workbook";

/**
 * index.html holds the first screen, made at build time, so a phone paints it before the app's
 * script arrives; the app then hydrates it, or draws another screen without showing the wrong
 * one first.
 */

const browser = useBrowser();

/** Collects the console's errors and warnings: a hydration mismatch is reported there. */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  return problems;
}

/** Records, frame by frame from the very first, the step heading a person could see. */
async function watchFrames(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const tick = () => {
      const root = document.getElementById("root");
      if (root) {
        const hidden = getComputedStyle(root).visibility === "hidden";
        seen.push(hidden ? "(hidden)" : (root.querySelector("h1")?.textContent ?? "(none)"));
      }
      if (seen.length < 600) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

const saved = (answers: Record<string, unknown>, lastStepId: string) =>
  JSON.stringify({ version: 1, state: { answers, lastStepId } });

async function seed(page: Page, key: string, value: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (!localStorage.getItem(k!)) localStorage.setItem(k!, v!);
    },
    [key, value],
  );
}

const first = workbook.steps[0]!;

describe("the first screen", () => {
  it("is in index.html: the first step, its questions, and all the CSS", async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    expect(html).toMatch(new RegExp(`<h1[^>]*>${first.title}</h1>`));
    const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;");
    for (const field of first.fields) expect(html).toContain(`>${escaped(field.label)}</label>`);
    expect(html).toContain('aria-label="Workbook steps"');
    expect(html).toMatch(/<style>[^<]*\.step-nav/);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    // The app's code is fetched by the inline script once the first screen is painted.
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).toMatch(
      /\(function startAppAfterPaint\(src, preloads\)[^]*\("\/assets\/app-[^"]+\.js",\[\]\)/,
    );
  });

  it("is hydrated for a new visitor and a returning one, with no warning on any step", async () => {
    for (const returning of [false, true]) {
      const { page } = await browser.newPage();
      const problems = consoleProblems(page);
      if (returning) await seed(page, PERSONAL_KEY, saved({ yourName: "Amira Khan" }, first.id));
      await page.goto(`${baseUrl()}/`);
      const name = page.getByRole("textbox", { name: "Your name", exact: true });
      await expect.poll(() => name.inputValue()).toBe(returning ? "Amira Khan" : "");
      for (const step of workbook.steps) {
        await page
          .getByRole("navigation", { name: "Workbook steps" })
          .getByRole("link", { name: step.title })
          .click();
        await page.getByRole("heading", { level: 1, name: step.title }).waitFor();
      }
      expect(problems).toEqual([]);
    }
  });

  it("never shows the first step before another the app opens on", async () => {
    const cases: { name: string; path: string; key?: string; value?: string; title: string }[] = [
      {
        name: "last step",
        path: "/",
        key: PERSONAL_KEY,
        value: saved({ contactPoints: [{ point: "Phone", service: "Fast" }] }, "contact-points"),
        title: "Your customer contact points",
      },
      { name: "link to a step", path: "/#/organising", title: "Organising for customer service" },
      { name: "class workbook", path: "/?workbook=class#/review", title: "Review and download" },
    ];
    for (const c of cases) {
      const { page } = await browser.newPage();
      const problems = consoleProblems(page);
      if (c.key && c.value) await seed(page, c.key, c.value);
      const seen = await watchFrames(page);
      await page.goto(`${baseUrl()}${c.path}`);
      await page.getByRole("heading", { level: 1, name: c.title }).waitFor();
      await page.waitForTimeout(300);
      const frames = await seen();
      expect(frames, c.name).not.toContain(first.title);
      expect(frames.at(-1), c.name).toBe(c.title);
      expect(problems, c.name).toEqual([]);
    }
    expect(CLASS_KEY).not.toBe(PERSONAL_KEY);
  });

  it("keeps the browser's offer to install the app, made before the app started", async () => {
    const { page } = await browser.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/#/review`, { waitUntil: "commit" });
    // The page is read, and the app (held back) has not started.
    await page.waitForFunction(() => document.readyState !== "loading");
    await page.evaluate(() => {
      const offer = Object.assign(new Event("beforeinstallprompt", { cancelable: true }), {
        prompt: () => {
          (window as unknown as { prompted: boolean }).prompted = true;
          return Promise.resolve();
        },
        userChoice: Promise.resolve({ outcome: "accepted" }),
      });
      window.dispatchEvent(offer);
    });
    expect(await page.evaluate(() => document.documentElement.classList.contains("starting"))).toBe(
      true,
    );
    release();
    await appStarted(page);
    await openFold(page, "Keep your answers safe");
    await page.getByRole("button", { name: "Install the app" }).click();
    expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
      true,
    );
  });

  it("keeps what was typed before the app took the page over, and saves it", async () => {
    const { page } = await browser.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The app's script is held back, so the page never reaches DOMContentLoaded meanwhile.
    await page.goto(`${baseUrl()}/`, { waitUntil: "commit" });
    const name = page.getByRole("textbox", { name: "Your name", exact: true });
    await name.fill("Typed on a slow phone");
    release();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", PERSONAL_KEY))
      .toContain("Typed on a slow phone");
    // It went into the personal workbook only: the class workbook, opened next, starts empty.
    await page.getByRole("button", { name: "Class workbook" }).click();
    await page.getByRole("region", { name: "Class workbook" }).waitFor();
    expect(await name.inputValue()).toBe("");
    await page.getByRole("button", { name: "My workbook" }).click();
    await page.unroute(/\/assets\/app-[^/]*\.js$/);
    await page.reload();
    await appStarted(page);
    expect(await name.inputValue()).toBe("Typed on a slow phone");
  });
});
