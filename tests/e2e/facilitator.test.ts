import type { Page } from "@playwright/test";
import { workbook } from "../../src/content/workbook";
import { appStarted, stepsWithFields } from "./fill-workbook";
import { expect, test } from "./fixtures";
import { noAxeViolations } from "./axe";
import { readQrAt, threeRows } from "./class-qr";

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });

test.describe("Share with the class", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("on 127.0.0.1 it says phones cannot open the code, and how to host the workbook", async ({
    page,
  }) => {
    await threeRows(page);
    await page.getByRole("button", { name: "Share with the class" }).click();
    const dialog = page.getByRole("dialog", { name: /Share .* with the class/ });
    await expect(dialog.getByRole("alert")).toContainText("Phones cannot open this QR code.");
    await expect(dialog.getByRole("alert")).toContainText("“Hosting it” guide");
    await expect(dialog.getByRole("img", { name: /^QR code/ })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Close" })).toBeInViewport();
    await noAxeViolations(page, "the QR code with its warning");
  });

  test("a QR code of three short rows reads at 120 pixels, and holds a short link", async ({
    page,
    baseURL,
  }) => {
    await threeRows(page);
    await page.getByRole("button", { name: "Share with the class" }).click();
    const qr = page.getByRole("img", { name: /^QR code/ });
    await expect(qr).toBeVisible();
    const link = await readQrAt(page, await qr.screenshot(), 120);
    expect(link).toMatch(new RegExp(`^${baseURL}/#c=t[A-Za-z0-9._~!*,;%-]+$`));
    // Version 6 or less: at most 41 squares a side, with the 4-square margin around them.
    const side = Number((await qr.getAttribute("viewBox"))!.split(" ")[2]);
    expect(side).toBeLessThanOrEqual(41 + 8);
    // The link itself is folded away.
    const raw = page.getByText(link!);
    await expect(raw).toBeHidden();
    await page.getByText("Show the link").click();
    await expect(raw).toBeVisible();
  });
});

test.describe("Present on a 1280×720 projector", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  /** Buttons and boxes cut off by the row, the table or the screen around them. */
  const clipped = (page: Page) =>
    page.evaluate(() => {
      const out: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width) out.push("the page scrolls sideways");
      for (const el of document.querySelectorAll("main :is(button, input, textarea, select)")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        const name = el.getAttribute("aria-label") ?? el.textContent;
        if (r.right > width) out.push(`${name}: past the screen's edge`);
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.overflowX === "visible" && style.contentVisibility !== "auto") continue;
          const b = box.getBoundingClientRect();
          if (r.right > b.right + 1 || r.left < b.left - 1) out.push(`${name}: cut off`);
        }
      }
      return out;
    });

  test("shows the class's answers first, the tips folded, and cuts nothing off", async ({
    page,
  }) => {
    await threeRows(page);
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(page.getByRole("button", { name: "Leave presentation" })).toBeVisible();
    await expect(h1(page)).toHaveText("Your customer contact points");
    // The exercise is on the first screen, before the tips; the tips are folded.
    await expect(
      page.getByRole("textbox", { name: "Customer contact point, row 1" }),
    ).toBeInViewport();
    await expect(page.getByRole("button", { name: "Remove row 1" })).toBeInViewport();
    await expect(
      page.getByText("Follow a customer from the moment", { exact: false }),
    ).toBeHidden();
    const tips = page.getByText("Tips", { exact: true });
    const table = page.getByRole("button", { name: "Add contact point" });
    expect((await tips.boundingBox())!.y).toBeGreaterThan((await table.boundingBox())!.y);
    await tips.click();
    await expect(
      page.getByText("Follow a customer from the moment", { exact: false }),
    ).toBeVisible();

    // Scrolled down, every row's buttons are whole.
    await page.getByRole("button", { name: "Remove row 3" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("button", { name: "Remove row 3" })).toBeInViewport({ ratio: 1 });
    expect(await clipped(page)).toEqual([]);
    await noAxeViolations(page, "presenting, tips open");

    // And so on every step, still presenting, with a row added where there are rows.
    for (const step of stepsWithFields) {
      await page.goto(`/?workbook=class#/${step.id}`);
      await expect(h1(page)).toHaveText(step.title);
      await expect(page.getByRole("button", { name: "Leave presentation" })).toBeVisible();
      const add = page.getByRole("main").getByRole("button", { name: /^Add / }).first();
      if ((await add.count()) > 0) await add.click();
      expect(await clipped(page), step.title).toEqual([]);
    }
    expect(stepsWithFields.length).toBeGreaterThan(10);
    expect(workbook.steps.length).toBeGreaterThan(stepsWithFields.length);
  });
});

test.describe("offline copy", () => {
  test("“Make offline copy now” makes it at once, and the banner says when it is ready", async ({
    page,
    context,
  }) => {
    // The pages' clock stands still, so the copy never starts by itself 3 s after load.
    await page.clock.install();
    await page.goto("/?workbook=class#/contact-points");
    await appStarted(page);
    const banner = page.getByRole("region", { name: "Class workbook" });
    await expect(
      banner.getByRole("status").filter({ hasText: "No offline copy yet." }),
    ).toBeVisible();
    await banner.getByRole("button", { name: "Make offline copy now" }).click();
    await expect(banner.getByText("Offline copy ready", { exact: false })).toBeVisible();
    await noAxeViolations(page, "the class banner, offline copy ready");
    // Ready means every file is kept: the workbook opens and presents with the network off.
    await context.setOffline(true);
    await page.reload();
    await appStarted(page);
    await expect(banner.getByText("Offline copy ready", { exact: false })).toBeVisible();
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(page.getByRole("button", { name: "Leave presentation" })).toBeVisible();
  });
});
