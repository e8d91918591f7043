import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { appStarted } from "./fill-workbook";
import { expect } from "./fixtures";
import { PREFIX, withSubPath } from "./sub-path-site";

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });

withSubPath.describe("hosted under a sub-path", () => {
  withSubPath(
    "works at /keeping-customers/, online and then offline: steps, saving, the PDF, the coach space",
    async ({ page, context, site }) => {
      const app = `${site.url}${PREFIX}`;
      await page.goto(app);
      await appStarted(page);
      await expect(h1(page)).toHaveText("About you");
      await page.getByRole("textbox", { name: "Your name" }).fill("Olu Adeyemi");
      await page.getByRole("button", { name: /^Next/ }).click();
      await expect(h1(page)).toHaveText("Why customer service matters");
      expect(page.url()).toBe(`${app}#/why-it-matters`);

      // The manifest and the service worker belong to the folder.
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
        const json = (await (await fetch(link.href)).json()) as {
          start_url: string;
          scope: string;
        };
        return {
          start: new URL(json.start_url, link.href).href,
          scope: new URL(json.scope, link.href).href,
        };
      });
      expect(manifest).toEqual({ start: app, scope: app });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(app);
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true);

      await context.setOffline(true);
      await page.reload();
      await appStarted(page);
      await expect(h1(page)).toHaveText("Why customer service matters");
      await page.getByRole("link", { name: /Review and download/ }).click();
      await expect(h1(page)).toHaveText("Review and download");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download PDF" }).click();
      const pdf = readFileSync(await (await download).path());
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

      await page.goto(`${app}?workbook=class#/contact-points`);
      await expect(page.getByRole("region", { name: "Class workbook" })).toBeVisible();
      await expect(page.getByText("Offline copy ready", { exact: false })).toBeVisible();
      await page.goto(`${app}?coach`);
      await expect(page.getByRole("heading", { level: 1, name: "Review as coach" })).toBeVisible();
      await page.goto(`${app}#/about-you`);
      await appStarted(page);
      await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("Olu Adeyemi");

      expect(site.requested.filter((path) => !path.startsWith(PREFIX))).toEqual([]);
    },
  );
});
