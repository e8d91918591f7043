import type { Page } from "@playwright/test";
import { PERSONAL_KEY } from "../../src/store/keys";
import { appStarted, makeLink, openStep } from "./fill-workbook";
import { expect, test } from "./fixtures";
import { waitForOffline, withSite } from "./site";

/**
 * A part of the app that cannot load, and a page left open while a new version is released:
 * never a blank page, nothing lost. A part says so with "Try again"; a page whose files a new
 * version replaced reloads into that version by itself, at a quiet moment, with the answers and
 * any link not yet answered.
 */

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const saved = (page: Page) => page.evaluate((k) => localStorage.getItem(k), PERSONAL_KEY);
const spend = (page: Page) =>
  page.getByRole("textbox", { name: "Average spend each time a customer buys (£)" });

test.describe("a part that cannot load", () => {
  test("says so in place with Try again, and Try again brings it", async ({ page }) => {
    const blocked = (url: URL) => url.pathname.includes("/assets/review-step-");
    await page.route(blocked, (route) => route.abort("internetdisconnected"));
    await openStep(page, "about-you");
    await page.getByRole("link", { name: /Review and download/ }).click();
    await expect(h1(page)).toHaveText("Review and download");
    const alert = page.getByRole("alert").filter({ hasText: "This part could not load" });
    await expect(alert).toBeVisible();
    // The rest of the app works: the step list, the other steps.
    await expect(page.getByRole("navigation", { name: "Workbook steps" })).toBeVisible();

    await page.unroute(blocked);
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("button", { name: "Download PDF" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

withSite.describe("a page left open while a new version is released", () => {
  withSite(
    "another tab takes the new version: this one reloads into it on the next step, answers kept",
    async ({ context, page: a, site }) => {
      await a.goto(`${site.url}/#/about-you`);
      await waitForOffline(a);
      await a.getByRole("textbox", { name: "Your name" }).fill("Kept through the release");
      await expect.poll(() => saved(a)).toContain("Kept through the release");

      // The release renames every script, and the old ones go: among them Part 2's fields,
      // which this tab has not loaded yet.
      site.deploy("2");
      // Another tab opens the site, gets the new version, and lets it take over.
      const b = await context.newPage();
      await b.goto(`${site.url}/#/about-you`);
      await expect(b.locator('meta[name="app-version"][content="2"]')).toHaveCount(1, {
        timeout: 15_000,
      });

      // The first tab, on the old version, moves to a step whose fields it has not loaded yet.
      await a.getByRole("link", { name: /What is a customer worth/ }).click();
      await expect(a.locator('meta[name="app-version"][content="2"]')).toHaveCount(1);
      await expect(h1(a)).toHaveText(/What is a customer worth/);
      await expect(spend(a)).toBeVisible();
      await a.getByRole("link", { name: /About you/ }).click();
      await expect(a.getByRole("textbox", { name: "Your name" })).toHaveValue(
        "Kept through the release",
      );
    },
  );

  withSite(
    "with no offline copy: a part it needs is gone, so it reloads into the new version",
    async ({ browser, site }) => {
      // A browser that keeps no offline copy: the page's files come from the server alone.
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      await context.clock.install();
      await page.goto(`${site.url}/#/about-you`);
      await appStarted(page);
      await page.getByRole("textbox", { name: "Your name" }).fill("Kept without a copy");
      await expect.poll(() => saved(page)).toContain("Kept without a copy");
      // The code that watches for new versions loads a while after the page.
      const watching = page.waitForResponse(/take-over-/);
      // (OFFLINE_COPY_DELAY_MS in src/features/offline/register-offline-app.ts: 3 s.)
      await context.clock.runFor(4000);
      await watching;

      site.deploy("2");
      await page.getByRole("link", { name: /What is a customer worth/ }).click();
      await expect(page.locator('meta[name="app-version"][content="2"]')).toHaveCount(1);
      await expect(spend(page)).toBeVisible();
      await expect.poll(() => saved(page)).toContain("Kept without a copy");
      await context.close();
    },
  );

  withSite(
    "a link just opened is still asked about after the new version takes over",
    async ({ page, site, freshProfile }) => {
      const link = new URL(await makeLink(await freshProfile(), "Bea Jones"));
      await page.goto(`${site.url}/#/about-you`);
      await waitForOffline(page);

      site.publish("2");
      // The link opens on the old version; the new one takes over as nobody has touched the page.
      await page.goto(`${site.url}/?from=mail${link.hash}`);
      const dialog = page.getByRole("dialog", { name: "Answers shared with you in a link" });
      await expect(dialog).toContainText("Bea Jones");
      await expect(page.locator('meta[name="app-version"][content="2"]')).toHaveCount(1, {
        timeout: 15_000,
      });
      await expect(dialog).toContainText("Bea Jones");
      await dialog.getByRole("button", { name: "Add to my workbook" }).click();
      await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("Bea Jones");
    },
  );
});
