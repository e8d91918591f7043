import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Page } from "@playwright/test";
import { PERSONAL_KEY } from "../../src/store/keys";
import { appStarted } from "./fill-workbook";
import { built, expect, test } from "./fixtures";

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const saved = (page: Page) => page.evaluate((k) => localStorage.getItem(k), PERSONAL_KEY);

/** Waits until the service worker has installed everything and controls the page. */
async function waitForOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

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

/**
 * A copy of the build on a server of the test's own, so the test can publish a new version.
 * Requests for the service worker can be held, to decide when the browser may find an update.
 */
type Site = {
  url: string;
  /** Publishes a new version: a changed page, and a service worker that lists it afresh. */
  publish: (version: string) => void;
  /** Holds every request for the service worker until the returned function is called. */
  holdWorker: () => () => void;
};

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".webmanifest": "application/manifest+json",
};

const withSite = test.extend<{ site: Site }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from here: none.
  site: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), "offline-update-"));
    cpSync(built(), root, { recursive: true });
    let workerHeld: Promise<void> = Promise.resolve();
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      const file = join(root, path === "/" ? "index.html" : path);
      void (path === "/sw.js" ? workerHeld : Promise.resolve()).then(() => {
        try {
          const body = readFileSync(file);
          res.writeHead(200, {
            "content-type": types[extname(file)] ?? "application/octet-stream",
            "cache-control": "no-cache",
          });
          res.end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const publish = (version: string) => {
      const html = readFileSync(join(root, "index.html"), "utf8");
      writeFileSync(
        join(root, "index.html"),
        html.replace("<head>", `<head><meta name="app-version" content="${version}">`),
      );
      const sw = readFileSync(join(root, "sw.js"), "utf8");
      writeFileSync(
        join(root, "sw.js"),
        sw.replace(/(url:"index\.html",revision:")[^"]+/, `$1version-${version}`),
      );
    };
    const holdWorker = () => {
      let release = () => {};
      workerHeld = new Promise((resolve) => (release = resolve));
      return release;
    };
    await use({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      publish,
      holdWorker,
    });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  },
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
