import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { PERSONAL_KEY } from "../../src/store/keys";
import { appStarted } from "./fill-workbook";
import { built, expect, test } from "./fixtures";
import { waitForOffline, withSite } from "./site";

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const saved = (page: Page) => page.evaluate((k) => localStorage.getItem(k), PERSONAL_KEY);

function precached(swSource: string): string[] {
  return [...swSource.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
}

test.describe("offline app", () => {
  test("precaches every file the build makes, fonts and lazy chunks included", () => {
    const urls = precached(readFileSync(built("sw.js"), "utf8"));
    const files = readdirSync(built(), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(built().length + 1))
      .filter((file) => file !== "sw.js" && !/^workbox-[\w-]+\.js$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(urls, file).toContain(file);
  });

  test("reloads and works with the network off once the service worker controls the page", async ({
    context,
    page,
  }) => {
    await page.goto("/#/about-you");
    await waitForOffline(page);
    await page.getByRole("textbox", { name: "Your name" }).fill("Olu Adeyemi");
    await expect.poll(() => saved(page)).toContain("Olu Adeyemi");

    await context.setOffline(true);
    await page.reload();
    await appStarted(page);
    await expect(h1(page)).toHaveText("About you");
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("Olu Adeyemi");

    // Moving, typing and saving all work offline.
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(h1(page)).toHaveText("Why customer service matters");
    await page.getByRole("textbox", { name: /stopped using a business/ }).fill("Rude on the phone");
    await expect.poll(() => saved(page)).toContain("Rude on the phone");

    // A fresh address (the class workbook, another step) is served offline too.
    await page.goto("/?workbook=class#/review");
    await expect(h1(page)).toHaveText("Review and download");
    await expect(page.getByRole("region", { name: "Class workbook" })).toBeVisible();

    // Presentation mode is fetched on demand; it comes from the cache.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(page.getByRole("button", { name: "Leave presentation" })).toBeVisible();
    await expect(h1(page)).toHaveText("Review and download");
  });

  test("makes a PDF with the network off", async ({ context, page }) => {
    await page.goto("/#/about-you");
    await waitForOffline(page);
    await page.getByRole("textbox", { name: "Your name" }).fill("Zoë Łukasiewicz");
    await expect.poll(() => saved(page)).toContain("Zoë");

    await context.setOffline(true);
    await page.reload();
    await page.getByRole("link", { name: "Review and download" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

withSite.describe("updates", () => {
  withSite(
    "picks up a new version on the next visit, with the answers kept",
    async ({ page, site }) => {
      await page.goto(`${site.url}/#/about-you`);
      await waitForOffline(page);
      await page.getByRole("textbox", { name: "Your name" }).fill("Kept through the update");
      await expect.poll(() => saved(page)).toContain("Kept through the update");

      site.publish("2");

      // The next visit is served the old version from the cache, then swaps in the new one.
      await page.reload();
      await expect(page.locator('meta[name="app-version"]')).toHaveCount(1, { timeout: 15_000 });
      await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue(
        "Kept through the update",
      );
    },
  );

  withSite(
    "never reloads under someone typing: it offers the new version instead",
    async ({ page, site }) => {
      await page.goto(`${site.url}/#/about-you`);
      await waitForOffline(page);

      // Publish another version, then come back and start typing at once. The browser may find
      // the new version only once the typing has begun, however long the page took to open.
      const release = site.holdWorker();
      site.publish("3");
      await page.reload();
      const name = page.getByRole("textbox", { name: "Your name" });
      await expect(name).toBeVisible();
      await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
      const typing = name.pressSequentially("Typing while a new version arrives", { delay: 40 });
      await expect(name).toHaveValue(/^T/);
      release();
      await typing;

      const offer = page.getByRole("button", { name: /^New version ready/ });
      await expect(offer).toBeVisible({ timeout: 15_000 });
      // The new version waits for that button: nothing else can reload the page now.
      expect(
        await page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
        ),
      ).toBe(true);
      expect(
        await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage),
      ).toBe(true);
      await expect(name).toHaveValue("Typing while a new version arrives");
      await expect(page.locator('meta[name="app-version"][content="3"]')).toHaveCount(0);

      // When it suits the user, the new version opens with everything kept.
      await offer.click();
      await expect(page.locator('meta[name="app-version"][content="3"]')).toHaveCount(1, {
        timeout: 15_000,
      });
      // The page is there before the app; the saved answer fills in as it takes over.
      await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue(
        "Typing while a new version arrives",
      );
    },
  );
});

test.describe("the connection drops on a first visit, before the offline copy is made", () => {
  // Chromium reports each part that cannot be fetched as an error in the page.
  test.use({ failOnPageError: false, serviceWorkers: "block" });

  test("a step waiting for the rest of the words says so, and fetches them once when the connection is back", async ({
    context,
    page,
  }) => {
    // The rest of English's words, fetched as the app starts: the connection drops before.
    const words = /\/assets\/workbook-[\w-]+\.js$/;
    let connected = false;
    const asked: string[] = [];
    await page.route(words, (route) => {
      asked.push(route.request().url());
      return connected ? route.continue() : route.abort("internetdisconnected");
    });
    await page.goto("/");
    await appStarted(page);
    await expect.poll(() => asked.length).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Why customer service matters" }).click();
    await expect(page.getByRole("main")).toHaveText("Loading…");
    await page.getByRole("link", { name: "Your good customer service list" }).click();
    await expect(page.getByRole("main")).toHaveText("Loading…");

    connected = true;
    // The browser says the connection is back.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(h1(page)).toHaveText("Your good customer service list");
    // Asked as the app started, and again once the connection was back (each time perhaps
    // twice: the browser's preload of the file, then its import); not again and again.
    expect(asked.length).toBeLessThanOrEqual(4);
  });
});
