import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import { workbook } from "../../src/content/workbook";
import { backupText } from "../../src/store/backup-file";
import { answersLink } from "../../src/store/share-link";
import { baseUrl, useBrowser } from "./browser";
import { appStarted, openFold, openStep, waitForSaved } from "./fill-workbook";

/**
 * Every keyboard and screen-reader point of the journey, each tried in Chromium as a person
 * using them would meet it.
 */

const browser = useBrowser();
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 740 };
const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const nav = (page: Page) => page.getByRole("navigation", { name: "Workbook steps" });

/** Records every change to what live regions (status, alert, aria-live) say, from now on. */
async function recordAnnouncements(page: Page) {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const live = (node: Node | null) => {
      const el = node instanceof Element ? node : node?.parentElement;
      const region = el?.closest(
        "[aria-live]:not([aria-live=off]), [role=status]:not([aria-live=off]), [role=alert], output:not([aria-live=off])",
      );
      return region && !region.closest("[aria-hidden=true]") ? region : null;
    };
    new MutationObserver((records) => {
      for (const record of records) {
        const region = live(record.target);
        if (region) heard.push(region.textContent ?? "");
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

/** The text of the elements a control's aria-describedby names. */
const description = (control: Locator) =>
  control.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body ? "(page)" : `${el?.tagName} ${el?.textContent?.trim() ?? ""}`;
  });

describe("keyboard and screen reader", () => {
  it("keeps every step of the step list in the window at 1280×720, by keyboard and by mouse", async () => {
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await openStep(page, baseUrl(), "about-you");
    const list = nav(page);
    const box = await list.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(DESKTOP.height);
    // By keyboard: each link, as Tab reaches it, is on screen.
    await page.getByRole("link", { name: "Skip to the questions" }).focus();
    const links = list.getByRole("link");
    const offScreen: string[] = [];
    for (let i = 0; i < (await links.count()); i++) {
      const link = links.nth(i);
      await link.focus();
      const { y, height } = (await link.boundingBox())!;
      if (y < 0 || y + height > DESKTOP.height) offScreen.push((await link.textContent()) ?? "");
    }
    expect(offScreen).toEqual([]);
    // By mouse: the list scrolls inside itself to its last step, the page staying where it is.
    await page.evaluate(() => window.scrollTo(0, 0));
    await list.hover();
    await page.mouse.wheel(0, 2000);
    const last = list.getByRole("link", { name: "Review and download" });
    await expect.poll(async () => (await last.boundingBox())!.y).toBeLessThan(DESKTOP.height - 40);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await last.click();
    await expect.poll(() => h1(page).textContent()).toBe("Review and download");
  });

  it("says nothing about saving while the user types, and speaks when saving fails", async () => {
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await openStep(page, baseUrl(), "why-it-matters");
    const heard = await recordAnnouncements(page);
    const box = page.getByRole("textbox", { name: /^Think of a time/ });
    // Five seconds of steady typing: the status dot and words change, a screen reader hears none.
    await box.pressSequentially("The shop lost my order and nobody rang me back.", { delay: 100 });
    await waitForSaved(page, "nobody rang me back.");
    expect(await heard()).toEqual([]);
    expect(await page.getByRole("status").first().textContent()).toBe("Saved on this device");
    // A problem is spoken at once.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("Full", "QuotaExceededError");
      };
    });
    await box.pressSequentially(" Twice.");
    await expect.poll(heard).toContain("Not saved");
  });

  it("reads each table cell under its own column heading, at 1280 px and on a phone", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await browser.newPage({ viewport });
      await openStep(page, baseUrl(), "contact-points");
      await page.getByRole("button", { name: "Add Phone enquiry" }).click();
      await page.getByRole("button", { name: "Add Website or brochure" }).click();
      const table = page.getByRole("main").getByRole("table");
      const snapshot = await table.ariaSnapshot();
      const headings = [...snapshot.matchAll(/- columnheader/g)].length;
      // Cells counted row by row, as a screen reader moves along each one.
      const cells: number[] = [];
      for (const line of snapshot.split("\n")) {
        if (/^\s*- row\b/.test(line)) cells.push(0);
        else if (/^\s*- cell\b/.test(line)) cells[cells.length - 1]!++;
      }
      expect(headings, `${viewport.width}`).toBe(4);
      expect(cells.slice(1), `${viewport.width}`).toEqual([headings, headings]);
      expect(snapshot).toMatch(/- columnheader "Row"/);
      expect(snapshot).toMatch(/- cell "Row 1"/);
    }
  });

  it("ties the scorecard's cross-field error to the cells it is about", async () => {
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await openStep(page, baseUrl(), "measure");
    await page.getByRole("button", { name: "Add a month" }).click();
    const cell = (name: string) => page.getByRole("textbox", { name: `${name}, row 1` });
    await cell("Month").fill("May");
    await cell("Customers asked").fill("10");
    await cell("Answered 9 or 10").fill("8");
    await cell("Answered 0 to 6").fill("5");
    for (const name of ["Customers asked", "Answered 9 or 10", "Answered 0 to 6"]) {
      await expect.poll(() => cell(name).getAttribute("aria-invalid")).toBe("true");
      expect(await description(cell(name))).toBe("More 9–10 and 0–6 answers than customers asked.");
    }
  });

  it("announces worked-out values once typing stops, not on every key", async () => {
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await openStep(page, baseUrl(), "customer-worth");
    const box = (name: RegExp) => page.getByRole("textbox", { name });
    await box(/^Average spend/).fill("£150");
    await box(/^Times a customer buys/).fill("52");
    // Once that result has been read out, a recording starts.
    await page
      .locator("[aria-live=polite]", { hasText: "Value of one customer in a year: £7,800" })
      .waitFor({ state: "attached" });
    const heard = await recordAnnouncements(page);
    await box(/^Years a customer stays/).pressSequentially("10", { delay: 150 });
    await box(/^Customers you serve/).pressSequentially("1200", { delay: 150 });
    // On screen at once…
    await page.locator("output", { hasText: "£78,000" }).first().waitFor();
    // …and heard once each, after the pause.
    await expect
      .poll(heard, { timeout: 5000 })
      .toContain("Lifetime value of one customer: £78,000");
    const said = await heard();
    expect(said.filter((s) => s.includes("Lifetime value of one customer:"))).toEqual([
      "Lifetime value of one customer: £78,000",
    ]);
    expect(said.some((s) => /£78,00$|: £7,800$|£1,560/.test(s))).toBe(false);
  });

  it("keeps focus after a removal and after closing a dialog, never leaving it on the page", async () => {
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await openStep(page, baseUrl(), "contact-points");
    await page.getByRole("button", { name: "Add Phone enquiry" }).click();
    await page.getByRole("button", { name: "Remove row 1" }).click();
    await expect.poll(() => focused(page)).toBe("BUTTON Undo");

    // A dialog closed with Escape gives focus back to what opened it.
    await openStep(page, baseUrl(), "review");
    await openFold(page, "Using a shared computer?");
    const remove = page.getByRole("button", { name: "Remove my answers" });
    await remove.click();
    await page.keyboard.press("Escape");
    await expect.poll(() => focused(page)).toBe("BUTTON Remove my answers");

    // A dialog that opened on arrival (answers in a link) gives it to the step's heading.
    const link = await answersLink(`${baseUrl()}/`, { yourName: "Amira Khan" });
    if (!link.ok) throw new Error(link.message);
    const other = await browser.newPage({ viewport: DESKTOP });
    await other.page.goto(link.url);
    const dialog = other.page.getByRole("dialog", { name: "Answers shared with you in a link" });
    await dialog.getByRole("button", { name: "Add to my workbook" }).waitFor();
    await expect.poll(() => focused(other.page)).toBe("H2 Answers shared with you in a link");
    await other.page.keyboard.press("Escape");
    await expect.poll(() => focused(other.page)).toBe("H1 About you");
  });

  it("keeps focus after the coach removes an agreed action, which has no undo", async () => {
    const folder = mkdtempSync(join(tmpdir(), "coach-focus-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = join(folder, "backup.json");
    writeFileSync(file, backupText({ yourName: "Amira Khan" }));
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/?coach`);
    await page.getByLabel("Open a workbook to review").setInputFiles(file);
    await h1(page).filter({ hasText: "About you" }).waitFor();
    await page
      .getByRole("navigation", { name: "Steps to review" })
      .getByRole("link", { name: "Agreed actions" })
      .click();
    for (const action of ["Ring late orders", "Print cards"]) {
      await page.getByRole("button", { name: "Add agreed action" }).click();
      await page
        .getByRole("textbox", { name: /^Action, row/ })
        .last()
        .fill(action);
    }
    await page.getByRole("button", { name: "Remove row 1" }).click();
    await expect.poll(() => focused(page)).toBe("BUTTON ✕");
    expect(
      await page
        .getByRole("button", { name: "Remove row 1" })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.getByRole("button", { name: "Remove row 1" }).click();
    await expect.poll(() => focused(page)).toBe("BUTTON + Add agreed action");
  });

  it("shows right-to-left answers right to left in the coach's review", async () => {
    const folder = mkdtempSync(join(tmpdir(), "coach-rtl-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = join(folder, "backup.json");
    const arabic = "نرد على كل رسالة في نفس اليوم";
    const urdu = "ہم ہر گاہک کو فون کرتے ہیں";
    writeFileSync(
      file,
      backupText({
        yourName: "أمينة",
        stoppedUsing: arabic,
        contactPoints: [{ id: "r1", point: urdu, service: arabic }],
      }),
    );
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/?coach`);
    await page.getByLabel("Open a workbook to review").setInputFiles(file);
    await h1(page).filter({ hasText: "About you" }).waitFor();
    const direction = (text: string) =>
      page
        .getByRole("main")
        .getByText(text, { exact: true })
        .evaluateAll((els) =>
          els.map((el) => [
            // <bdi> isolates its text and takes its direction from it, as dir="auto" does.
            el.tagName === "BDI" ? "auto" : el.getAttribute("dir"),
            getComputedStyle(el).direction,
          ]),
        );
    // In the answer, and in "Reviewing the workbook of …" above it.
    expect(await direction("أمينة")).toEqual([
      ["auto", "rtl"],
      ["auto", "rtl"],
    ]);
    await page
      .getByRole("navigation", { name: "Steps to review" })
      .getByRole("link", { name: "Why customer service matters" })
      .click();
    await h1(page).filter({ hasText: "Why customer service matters" }).waitFor();
    expect(await direction(arabic)).toEqual([["auto", "rtl"]]);
    await page
      .getByRole("navigation", { name: "Steps to review" })
      .getByRole("link", { name: "Your customer contact points" })
      .click();
    await h1(page).filter({ hasText: "Your customer contact points" }).waitFor();
    expect(await direction(urdu)).toEqual([["auto", "rtl"]]);
    expect(await direction(arabic)).toEqual([["auto", "rtl"]]);
    // The list of workbooks names it the same way.
    await page.getByRole("link", { name: "All workbooks" }).click();
    const listed = page.getByRole("link", { name: "أمينة" });
    await listed.waitFor();
    expect(await listed.getAttribute("dir")).toBe("auto");
  });

  it("shows pressed toggles and the chart in the system's colours when colours are forced", async () => {
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await page.emulateMedia({ forcedColors: "active" });
    await openStep(page, baseUrl(), "measure");
    const switchButton = (name: string) =>
      page.getByRole("group", { name: "Which workbook" }).getByRole("button", { name });
    const look = (locator: Locator) =>
      locator.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.color}`;
      });
    expect(await switchButton("My workbook").getAttribute("aria-pressed")).toBe("true");
    expect(await look(switchButton("My workbook"))).not.toBe(
      await look(switchButton("Class workbook")),
    );
    await page.getByRole("button", { name: "Add a month" }).click();
    for (const [name, text] of [
      ["Month", "May"],
      ["Customers asked", "10"],
      ["Answered 9 or 10", "6"],
      ["Answered 0 to 6", "1"],
    ])
      await page.getByRole("textbox", { name: `${name}, row 1` }).fill(text!);
    const bar = page.getByRole("img", { name: /^Recommend score by month/ }).locator(".bar rect");
    await bar.waitFor();
    const { fill, canvasText } = await bar.evaluate((el) => {
      const probe = document.createElement("span");
      probe.style.color = "CanvasText";
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      return { fill: getComputedStyle(el).fill, canvasText };
    });
    expect(fill).toBe(canvasText);
    expect(fill).not.toBe("rgb(31, 95, 91)");
  });

  it("puts the step's heading first, in order, and the skip link moves focus into the questions", async () => {
    for (const stepId of ["about-you", "customer-worth", "review"]) {
      const { page } = await browser.newPage({ viewport: DESKTOP });
      await openStep(page, baseUrl(), stepId);
      await page.getByRole("main").getByRole("button").first().waitFor();
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
          .filter((h) => h.getClientRects().length > 0)
          .map((h) => Number(h.tagName[1])),
      );
      expect(levels[0], stepId).toBe(1);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]! - levels[i - 1]!, `${stepId}: ${levels.join(",")}`).toBeLessThanOrEqual(
          1,
        );
      await page.keyboard.press("Tab");
      expect(await focused(page)).toBe("A Skip to the questions");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(
        true,
      );
    }
  });
});

describe("the journey on a phone and at 1280 px", () => {
  it("welcomes a first visit, not a returning one, with the page as made at build time", async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    expect(html).toContain('aria-label="Welcome"');
    const { page } = await browser.newPage({ viewport: PHONE });
    await openStep(page, baseUrl(), "about-you");
    const welcome = page.getByRole("region", { name: "Welcome" });
    expect(await welcome.isVisible()).toBe(true);
    expect(await page.getByRole("dialog").count()).toBe(0);
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira");
    await waitForSaved(page, "Amira");
    await page.reload();
    await appStarted(page);
    expect(await welcome.count()).toBe(0);
    expect(await h1(page).textContent()).toBe("About you");
  });

  it("shows Download PDF in the first screen of the review step on a phone", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page } = await browser.newPage({ viewport });
      await openStep(page, baseUrl(), "review");
      const button = page.getByRole("button", { name: "Download PDF" });
      const box = (await button.boundingBox())!;
      expect(box.y + box.height, `${viewport.width}`).toBeLessThanOrEqual(viewport.height);
    }
  });

  it("opens dialogs at their title on a phone", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dialog-title-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = join(folder, "backup.json");
    writeFileSync(file, backupText({ yourName: "Amira Khan", businessName: "Bloom & Crumb" }));
    const { page } = await browser.newPage({ viewport: PHONE });
    await openStep(page, baseUrl(), "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Someone");
    await openStep(page, baseUrl(), "review");
    await openFold(page, "Keep your answers safe");
    await page.getByLabel("Restore from backup").setInputFiles(file);
    const title = page.getByRole("heading", { name: "Replace your answers with the backup?" });
    await title.waitFor();
    const box = (await title.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await focused(page)).toBe("H2 Replace your answers with the backup?");
  });

  it("wraps and grows list answers on a phone, and keeps group headings inside their cards", async () => {
    const { page } = await browser.newPage({ viewport: PHONE });
    await openStep(page, baseUrl(), "good-service");
    await page.getByRole("button", { name: "Add a promise of my own" }).click();
    const promise = page.getByRole("textbox", { name: "Promise 1" });
    await promise.fill(
      "Text you the day before your order is ready, and answer every message within two hours.",
    );
    const box = await promise.evaluate((el) => ({
      width: el.getBoundingClientRect().width,
      listWidth: el.closest("ol")!.getBoundingClientRect().width,
      scroll: el.scrollHeight - el.clientHeight,
      scrollWidth: el.scrollWidth - el.clientWidth,
    }));
    // The whole width of the list, and tall enough for every word: nothing hidden.
    expect(box.width).toBeGreaterThan(box.listWidth * 0.9);
    expect(box.scroll).toBeLessThanOrEqual(1);
    expect(box.scrollWidth).toBeLessThanOrEqual(1);
    for (const stepId of ["good-service", "contact-points", "organising"]) {
      await openStep(page, baseUrl(), stepId);
      const inside = await page.locator("fieldset.group > legend").evaluateAll((legends) =>
        legends.map((legend) => {
          const card = legend.parentElement!.getBoundingClientRect();
          return legend.getBoundingClientRect().top >= card.top + 1;
        }),
      );
      expect(inside.length, stepId).toBeGreaterThan(0);
      expect(inside.every(Boolean), stepId).toBe(true);
    }
  });

  it("shows the worked example without squeezing the answers, breaking no word but at a hyphen", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await browser.newPage({ viewport });
      for (const stepId of ["contact-points", "stay-in-touch", "complaints", "measure"]) {
        await openStep(page, baseUrl(), stepId);
        const answers = page.locator("form.step-form");
        const before = (await answers.boundingBox())!.width;
        await page.getByRole("button", { name: "Show example" }).click();
        await page.getByRole("region", { name: "Worked example" }).locator("dl").waitFor();
        expect((await answers.boundingBox())!.width, `${stepId} ${viewport.width}`).toBe(before);
        // Every word of the example's tables and the scorecard's headings on one line.
        const broken = await page
          .locator(".example-table th, .example-table td, .scorecard-table th, .example-fields li")
          .evaluateAll((cells) =>
            cells.flatMap((cell) => {
              const text = cell.firstChild;
              if (!(text instanceof Text)) return [];
              const out: string[] = [];
              for (const match of text.data.matchAll(/[^\s]+/g)) {
                const range = document.createRange();
                range.setStart(text, match.index);
                range.setEnd(text, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (lines.size > 1 && !match[0].includes("-")) out.push(match[0]);
              }
              return out;
            }),
          );
        expect(broken, `${stepId} at ${viewport.width}`).toEqual([]);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${stepId} at ${viewport.width}`).toBeLessThanOrEqual(clientWidth);
      }
    }
  });

  it("numbers each step once, the same in the coach's space", async () => {
    const folder = mkdtempSync(join(tmpdir(), "coach-numbers-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = join(folder, "backup.json");
    writeFileSync(file, backupText({ yourName: "Amira Khan" }));
    const { page } = await browser.newPage({ viewport: DESKTOP });
    await openStep(page, baseUrl(), "customer-worth");
    expect(await page.getByText(/^Step \d+ of \d+$/).textContent()).toBe("Step 9 of 15");
    expect(
      await nav(page).getByRole("link", { name: "What is a customer worth?" }).textContent(),
    ).toBe("9What is a customer worth?");
    await page.goto(`${baseUrl()}/?coach`);
    await page.getByLabel("Open a workbook to review").setInputFiles(file);
    await h1(page).filter({ hasText: "About you" }).waitFor();
    const steps = page.getByRole("navigation", { name: "Steps to review" });
    expect(await steps.getByRole("link", { name: "What is a customer worth?" }).textContent()).toBe(
      "9What is a customer worth?",
    );
    expect(await steps.getByRole("link", { name: "Measure and manage" }).textContent()).toBe(
      "14Measure and manage",
    );
    expect(await steps.getByRole("link", { name: "Agreed actions" }).textContent()).not.toMatch(
      /\d/,
    );
  });

  it("gives every control at least 44 px to touch on a phone", async () => {
    const { page } = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    const small: string[] = [];
    for (const step of workbook.steps) {
      await openStep(page, baseUrl(), step.id);
      if (step.id === "good-service")
        await page
          .getByRole("button", { name: /^Add to my list/ })
          .first()
          .click();
      if (step.id === "review")
        for (const fold of ["Keep your answers safe", "Your coach"]) await openFold(page, fold);
      const sizes = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            "button, a[href], input, textarea, select, summary, label.status-option",
          ),
        ]
          .filter((el) => el.getClientRects().length > 0 && !el.closest(".visually-hidden"))
          .filter(
            (el) =>
              !(el instanceof HTMLInputElement && (el.type === "radio" || el.type === "file")),
          )
          // Links inside running text are exempt (WCAG 2.5.8's inline exception).
          .filter((el) => !(el.tagName === "A" && el.closest("p, li:not(.step-list li)")))
          .map((el) => {
            const { width, height } = el.getBoundingClientRect();
            return {
              name: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ""}`,
              width,
              height,
            };
          }),
      );
      for (const s of sizes)
        if (s.height < 43.5 || s.width < 43.5)
          small.push(`${step.id}: ${s.name} ${Math.round(s.width)}×${Math.round(s.height)}`);
    }
    expect(small).toEqual([]);
  });
});
