import type { Page } from "@playwright/test";
import { workbook } from "../../src/content/workbook";
import { CLASS_KEY, PERSONAL_KEY } from "../../src/store/keys";
import { appStarted, installPrompted, offerInstall, openFold } from "./fill-workbook";
import { expect, test } from "./fixtures";

/**
 * index.html holds the first screen, made at build time, so a phone paints it before the app's
 * script arrives; the app then hydrates it, or draws another screen without showing the wrong
 * one first.
 */

/** Collects the console's errors and warnings: a hydration mismatch is reported there. */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  return problems;
}

/** How many frames are watched once the app has taken the page over. */
const FRAMES_AFTER_START = 20;

/**
 * Records, frame by frame from the very first, the step heading a person could see, until the
 * app has drawn its screen for a while. Returns the frames, once they are all in.
 */
async function watchFrames(page: Page) {
  await page.addInitScript((after) => {
    const seen: string[] = [];
    const w = window as unknown as { seen: string[]; watched: boolean };
    w.seen = seen;
    w.watched = false;
    let live = 0;
    const tick = () => {
      const root = document.getElementById("root");
      if (root) {
        const hidden = getComputedStyle(root).visibility === "hidden";
        seen.push(hidden ? "(hidden)" : (root.querySelector("h1")?.textContent ?? "(none)"));
      }
      // The page is the app's once it is no longer "starting" (src/store/first-screen.ts).
      if (!document.documentElement.classList.contains("starting")) live++;
      if (live < after) requestAnimationFrame(tick);
      else w.watched = true;
    };
    requestAnimationFrame(tick);
  }, FRAMES_AFTER_START);
  return async () => {
    await page.waitForFunction(() => (window as unknown as { watched: boolean }).watched);
    return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  };
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

test.describe("the first screen", () => {
  test("is in index.html: the first step, its questions, and all the CSS", async ({ request }) => {
    const html = await (await request.get("/")).text();
    expect(html).toMatch(new RegExp(`<h1[^>]*>${first.title}</h1>`));
    const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;");
    for (const field of first.fields) expect(html).toContain(`>${escaped(field.label)}</label>`);
    expect(html).toContain('aria-label="Workbook steps"');
    expect(html).toMatch(/<style>[^<]*\.step-nav/);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    // The app's code (and any file it imports at once) is fetched by the inline script once the
    // first screen is painted, from addresses relative to the page, so the build works under
    // any path.
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).toMatch(
      /\(function startAppAfterPaint\(src, preloads\)[^]*\("\.\/assets\/app-[^"]+\.js",\[("\.\/assets\/[^"/]+\.js",?)*\]\)/,
    );
    // The welcome, for a first visit, is in the page too.
    expect(html).toContain('aria-label="Welcome"');
  });

  for (const returning of [false, true]) {
    test(`is hydrated for a ${returning ? "returning" : "new"} visitor, with no warning on any step`, async ({
      page,
    }) => {
      const problems = consoleProblems(page);
      if (returning) await seed(page, PERSONAL_KEY, saved({ yourName: "Amira Khan" }, first.id));
      await page.goto("/");
      const name = page.getByRole("textbox", { name: "Your name", exact: true });
      await expect(name).toHaveValue(returning ? "Amira Khan" : "");
      for (const step of workbook.steps) {
        await page
          .getByRole("navigation", { name: "Workbook steps" })
          .getByRole("link", { name: step.title })
          .click();
        await expect(page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  }

  const screens: { name: string; path: string; key?: string; value?: string; title: string }[] = [
    {
      name: "the last step",
      path: "/",
      key: PERSONAL_KEY,
      value: saved({ contactPoints: [{ point: "Phone", service: "Fast" }] }, "contact-points"),
      title: "Your customer contact points",
    },
    { name: "a link to a step", path: "/#/organising", title: "Organising for customer service" },
    { name: "the class workbook", path: "/?workbook=class#/review", title: "Review and download" },
  ];
  for (const c of screens) {
    test(`never shows the first step before another the app opens on: ${c.name}`, async ({
      page,
    }) => {
      const problems = consoleProblems(page);
      if (c.key && c.value) await seed(page, c.key, c.value);
      const frames = await watchFrames(page);
      await page.goto(c.path);
      await expect(page.getByRole("heading", { level: 1, name: c.title })).toBeVisible();
      const seen = await frames();
      expect(seen).not.toContain(first.title);
      expect(seen.at(-1)).toBe(c.title);
      expect(problems).toEqual([]);
      expect(CLASS_KEY).not.toBe(PERSONAL_KEY);
    });
  }

  test("keeps the browser's offer to install the app, made before the app started", async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/#/review", { waitUntil: "commit" });
    // The page is read, and the app (held back) has not started.
    await page.waitForFunction(() => document.readyState !== "loading");
    await offerInstall(page);
    await expect(page.locator("html")).toHaveClass(/\bstarting\b/);
    release();
    await appStarted(page);
    await openFold(page, "Keep your answers safe");
    await page.getByRole("button", { name: "Install the app" }).click();
    await expect.poll(() => installPrompted(page)).toBe(true);
  });

  test("keeps what was typed before the app took the page over, and saves it", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The app's script is held back: the page is the one made at build time meanwhile.
    await page.goto("/", { waitUntil: "commit" });
    const name = page.getByRole("textbox", { name: "Your name", exact: true });
    await name.fill("Typed on a slow phone");
    release();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", PERSONAL_KEY))
      .toContain("Typed on a slow phone");
    // It went into the personal workbook only: the class workbook, opened next, starts empty.
    await page.getByRole("button", { name: "Class workbook" }).click();
    await expect(page.getByRole("region", { name: "Class workbook" })).toBeVisible();
    await expect(name).toHaveValue("");
    await page.getByRole("button", { name: "My workbook" }).click();
    await page.unroute(/\/assets\/app-[^/]*\.js$/);
    await page.reload();
    await appStarted(page);
    await expect(name).toHaveValue("Typed on a slow phone");
  });
});
