import { writeFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { workbook } from "../../src/content/workbook";
import { backupText } from "../../src/formats/backup-file";
import { answersLink } from "../../src/formats/link";
import { chooseBackupOverAnswers, openFold, openStep, waitForSaved } from "./fill-workbook";
import { expect, outputFile, test } from "./fixtures";

/**
 * Every keyboard and screen-reader point of the journey, each tried in Chromium as a person
 * using them would meet it, at 1280×720 (a laptop) unless the point is a phone's.
 */

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

/** What has focus, as "TAG text", or "(page)" when focus has fallen to the page itself. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body ? "(page)" : `${el?.tagName} ${el?.textContent?.trim() ?? ""}`;
  });

/** A backup file of these answers, for the coach to open. */
function backupFile(answers: Record<string, unknown>): string {
  const file = outputFile("backup.json");
  writeFileSync(file, backupText(answers as never));
  return file;
}

async function openInCoachSpace(page: Page, file: string) {
  await page.goto("/?coach");
  await page.getByLabel("Open a workbook to review").setInputFiles(file);
  await expect(h1(page)).toHaveText("About you");
}

test.describe("keyboard and screen reader", () => {
  test.use({ viewport: DESKTOP });

  test("keeps every step of the step list in the window at 1280×720, by keyboard and by mouse", async ({
    page,
  }) => {
    await openStep(page, "about-you");
    const list = nav(page);
    const box = (await list.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(DESKTOP.height);
    // By keyboard: each link, as focus reaches it, is on screen.
    const links = list.getByRole("link");
    const offScreen: string[] = [];
    for (const link of await links.all()) {
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
    await expect(h1(page)).toHaveText("Review and download");
  });

  test("says nothing about saving while the user types, and speaks when saving fails", async ({
    page,
  }) => {
    await openStep(page, "why-it-matters");
    const heard = await recordAnnouncements(page);
    const box = page.getByRole("textbox", { name: /^Think of a time/ });
    // Five seconds of steady typing: the status dot and words change; a screen reader hears none.
    await box.pressSequentially("The shop lost my order and nobody rang me back.", { delay: 100 });
    await waitForSaved(page, "nobody rang me back.");
    expect(await heard()).toEqual([]);
    await expect(page.getByRole("status")).toHaveText("Saved on this device");
    // A problem is spoken at once.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("Full", "QuotaExceededError");
      };
    });
    await box.pressSequentially(" Twice.");
    await expect.poll(heard).toContain("Not saved");
  });

  for (const viewport of [DESKTOP, PHONE])
    test(`reads each table cell under its own column heading, ${viewport.width} px wide`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openStep(page, "contact-points");
      await page.getByRole("button", { name: "Add Phone enquiry" }).click();
      await page.getByRole("button", { name: "Add Website or brochure" }).click();
      const snapshot = await page.getByRole("main").getByRole("table").ariaSnapshot();
      const headings = [...snapshot.matchAll(/- columnheader/g)].length;
      // Cells counted row by row, as a screen reader moves along each one.
      const cells: number[] = [];
      for (const line of snapshot.split("\n")) {
        if (/^\s*- row\b/.test(line)) cells.push(0);
        else if (/^\s*- cell\b/.test(line)) cells[cells.length - 1]!++;
      }
      expect(headings).toBe(4);
      expect(cells.slice(1)).toEqual([headings, headings]);
      expect(snapshot).toMatch(/- columnheader "Row"/);
      expect(snapshot).toMatch(/- cell "Row 1"/);
    });

  test("ties the scorecard's cross-field error to the cells it is about", async ({ page }) => {
    await openStep(page, "measure");
    await page.getByRole("button", { name: "Add a month" }).click();
    const cell = (name: string) => page.getByRole("textbox", { name: `${name}, row 1` });
    await cell("Month").fill("May");
    await cell("Customers asked").fill("10");
    await cell("Answered 9 or 10").fill("8");
    await cell("Answered 0 to 6").fill("5");
    for (const name of ["Customers asked", "Answered 9 or 10", "Answered 0 to 6"]) {
      await expect(cell(name)).toHaveAttribute("aria-invalid", "true");
      expect(await description(cell(name))).toBe("More 9–10 and 0–6 answers than customers asked.");
    }
    await expect(cell("Month")).toHaveAttribute("aria-invalid", "false");
  });

  test("announces worked-out values once typing stops, not on every key", async ({ page }) => {
    await openStep(page, "customer-worth");
    const box = (name: RegExp) => page.getByRole("textbox", { name });
    await box(/^Average spend/).fill("£150");
    await box(/^Times a customer buys/).fill("52");
    // Once that result has been read out, the recording starts.
    await expect(
      page.locator("[aria-live=polite]", { hasText: "Value of one customer in a year: £7,800" }),
    ).toBeAttached();
    const heard = await recordAnnouncements(page);
    await box(/^Years a customer stays/).pressSequentially("10", { delay: 150 });
    await box(/^Customers you serve/).pressSequentially("1200", { delay: 150 });
    // On screen at once…
    await expect(page.locator("output", { hasText: "£78,000" }).first()).toBeVisible();
    // …and heard once, after the pause.
    await expect.poll(heard).toContain("Lifetime value of one customer: £78,000");
    const said = await heard();
    expect(said.filter((s) => s.startsWith("Lifetime value of one customer:"))).toEqual([
      "Lifetime value of one customer: £78,000",
    ]);
    // None of the values on the way (1, 12, 120…) was read out.
    expect(said.filter((s) => /£7,800$|£1,560|£15,600|£93,600$|£936,000$/.test(s))).toEqual([]);
  });

  test("keeps focus after a removal and after closing a dialog, never leaving it on the page", async ({
    page,
    freshProfile,
    baseURL,
  }) => {
    await openStep(page, "contact-points");
    await page.getByRole("button", { name: "Add Phone enquiry" }).click();
    await page.getByRole("button", { name: "Remove row 1" }).click();
    await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();

    // A dialog closed with Escape gives focus back to what opened it.
    await openStep(page, "review");
    await openFold(page, "Using a shared computer?");
    await page.getByRole("button", { name: "Remove my answers" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Remove my answers" })).toBeFocused();

    // A dialog that opened on arrival (answers in a link) gives it to the step's heading.
    const link = await answersLink(`${baseURL}/`, { yourName: "Amira Khan" });
    if (!link.ok) throw new Error(link.problem.key);
    const other = await freshProfile({ viewport: DESKTOP });
    await other.goto(link.url);
    const dialog = other.getByRole("dialog", { name: "Answers shared with you in a link" });
    await expect(dialog.getByRole("button", { name: "Add to my workbook" })).toBeVisible();
    await expect(dialog.getByRole("heading", { level: 2 })).toBeFocused();
    await other.keyboard.press("Escape");
    await expect(h1(other)).toBeFocused();
    expect(await focused(other)).toBe("H1 About you");
  });

  test("keeps focus after the coach removes an agreed action: on Undo, then on the row put back", async ({
    page,
  }) => {
    await openInCoachSpace(page, backupFile({ yourName: "Amira Khan" }));
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
    const undo = page.getByRole("button", { name: "Undo" });
    await expect(undo).toBeFocused();
    await expect(page.getByRole("textbox", { name: "Action, row 1" })).toHaveValue("Print cards");
    await page.keyboard.press("Enter");
    const first = page.getByRole("textbox", { name: "Action, row 1" });
    await expect(first).toBeFocused();
    await expect(first).toHaveValue("Ring late orders");
  });

  test("shows right-to-left answers right to left in the coach's review", async ({ page }) => {
    const arabic = "نرد على كل رسالة في نفس اليوم";
    const urdu = "ہم ہر گاہک کو فون کرتے ہیں";
    await openInCoachSpace(
      page,
      backupFile({
        yourName: "أمينة",
        stoppedUsing: arabic,
        contactPoints: [{ id: "r1", point: urdu, service: arabic }],
      }),
    );
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
    const steps = page.getByRole("navigation", { name: "Steps to review" });
    await steps.getByRole("link", { name: "Why customer service matters" }).click();
    await expect(h1(page)).toHaveText("Why customer service matters");
    expect(await direction(arabic)).toEqual([["auto", "rtl"]]);
    await steps.getByRole("link", { name: "Your customer contact points" }).click();
    await expect(h1(page)).toHaveText("Your customer contact points");
    expect(await direction(urdu)).toEqual([["auto", "rtl"]]);
    expect(await direction(arabic)).toEqual([["auto", "rtl"]]);
    // The list of workbooks names it the same way.
    await page.getByRole("link", { name: "All workbooks" }).click();
    await expect(page.getByRole("link", { name: "أمينة" })).toHaveAttribute("dir", "auto");
  });

  test("shows pressed toggles and the chart in the system's colours when colours are forced", async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await openStep(page, "measure");
    const switchButton = (name: string) =>
      page.getByRole("group", { name: "Which workbook" }).getByRole("button", { name });
    const look = (locator: Locator) =>
      locator.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.color}`;
      });
    await expect(switchButton("My workbook")).toHaveAttribute("aria-pressed", "true");
    expect(await look(switchButton("My workbook"))).not.toBe(
      await look(switchButton("Class workbook")),
    );
    await page.getByRole("button", { name: "Add a month" }).click();
    for (const [name, text] of [
      ["Month", "May"],
      ["Customers asked", "10"],
      ["Answered 9 or 10", "6"],
      ["Answered 0 to 6", "1"],
    ] as const)
      await page.getByRole("textbox", { name: `${name}, row 1` }).fill(text);
    const bar = page.getByRole("img", { name: /^Recommend score by month/ }).locator(".bar rect");
    await expect(bar).toBeVisible();
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

  for (const stepId of ["about-you", "customer-worth", "review"])
    test(`puts the step's heading first, in order, and the skip link moves focus into the questions: ${stepId}`, async ({
      page,
    }) => {
      await openStep(page, stepId);
      await expect(page.getByRole("main").getByRole("button").first()).toBeVisible();
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
          .filter((h) => h.getClientRects().length > 0)
          .map((h) => Number(h.tagName[1])),
      );
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]! - levels[i - 1]!, levels.join(",")).toBeLessThanOrEqual(1);
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Skip to the questions" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main")).toBeFocused();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(
        true,
      );
    });
});

test.describe("the journey at 1280×720", () => {
  test.use({ viewport: DESKTOP });

  test("shows the worked example without squeezing the answers, breaking no word but at a hyphen", async ({
    page,
  }) => {
    await expectExampleBesideNothing(page);
  });

  test("numbers each step once, the same in the coach's space", async ({ page }) => {
    await openStep(page, "customer-worth");
    await expect(page.getByText(/^Step \d+ of \d+$/)).toHaveText("Step 9 of 15");
    await expect(nav(page).getByRole("link", { name: "What is a customer worth?" })).toHaveText(
      "9What is a customer worth?",
    );
    await openInCoachSpace(page, backupFile({ yourName: "Amira Khan" }));
    const steps = page.getByRole("navigation", { name: "Steps to review" });
    await expect(steps.getByRole("link", { name: "What is a customer worth?" })).toHaveText(
      "9What is a customer worth?",
    );
    await expect(steps.getByRole("link", { name: "Measure and manage" })).toHaveText(
      "14Measure and manage",
    );
    await expect(steps.getByRole("link", { name: "Agreed actions" })).not.toHaveText(/\d/);
  });

  test("shows Download PDF in the first screen of the review step", async ({ page }) => {
    await expectPdfButtonInFirstScreen(page, DESKTOP.height);
  });
});

/** With the example shown, the answers keep their width, and no word of it breaks. */
async function expectExampleBesideNothing(page: Page) {
  for (const stepId of ["contact-points", "stay-in-touch", "complaints", "measure"]) {
    await openStep(page, stepId);
    const answers = page.locator("form.step-form");
    const before = (await answers.boundingBox())!.width;
    await page.getByRole("button", { name: "Show example" }).click();
    await expect(page.getByRole("region", { name: "Worked example" }).locator("dl")).toBeVisible();
    expect((await answers.boundingBox())!.width, stepId).toBe(before);
    // Every word of the example's tables, lists and the scorecard's headings on one line.
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
    expect(broken, stepId).toEqual([]);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways, stepId).toBe(false);
  }
}

async function expectPdfButtonInFirstScreen(page: Page, height: number) {
  await openStep(page, "review");
  const box = (await page.getByRole("button", { name: "Download PDF" }).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

test.describe("the journey on a 360×740 phone", () => {
  test.use({ viewport: PHONE });

  test("welcomes a first visit, not a returning one", async ({ page }) => {
    await openStep(page, "about-you");
    const welcome = page.getByRole("region", { name: "Welcome" });
    await expect(welcome).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira");
    await waitForSaved(page, "Amira");
    await page.reload();
    await expect(h1(page)).toHaveText("About you");
    await expect(welcome).toBeHidden();
  });

  test("shows Download PDF in the first screen of the review step", async ({ page }) => {
    await expectPdfButtonInFirstScreen(page, PHONE.height);
  });

  test("opens dialogs at their title", async ({ page }) => {
    const file = backupFile({ yourName: "Amira Khan", businessName: "Bloom & Crumb" });
    await chooseBackupOverAnswers(page, file);
    const title = page.getByRole("heading", { name: "Replace your answers with the backup?" });
    await expect(title).toBeInViewport();
    await expect(title).toBeFocused();
  });

  test("wraps and grows list answers, and keeps group headings inside their cards", async ({
    page,
  }) => {
    await openStep(page, "good-service");
    await page.getByRole("button", { name: "Add a promise of my own" }).click();
    const promise = page.getByRole("textbox", { name: "Promise 1" });
    await promise.fill(
      "Text you the day before your order is ready, and answer every message within two hours.",
    );
    const box = await promise.evaluate((el) => ({
      width: el.getBoundingClientRect().width,
      listWidth: el.closest("ol")!.getBoundingClientRect().width,
      hiddenDown: el.scrollHeight - el.clientHeight,
      hiddenAcross: el.scrollWidth - el.clientWidth,
    }));
    // The whole width of the list, and tall enough for every word: nothing hidden.
    expect(box.width).toBeGreaterThan(box.listWidth * 0.9);
    expect(box.hiddenDown).toBeLessThanOrEqual(1);
    expect(box.hiddenAcross).toBeLessThanOrEqual(1);
    for (const stepId of ["good-service", "contact-points", "organising"]) {
      await openStep(page, stepId);
      // A checklist's boxes load with their step's code: wait for the group to be drawn.
      await expect(page.locator("fieldset.group > legend").first()).toBeVisible();
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

  test("shows the worked example without squeezing the answers, breaking no word but at a hyphen", async ({
    page,
  }) => {
    await expectExampleBesideNothing(page);
  });
});

test.describe("touch targets on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("gives every control at least 44 px to touch", async ({ page }) => {
    test.slow(); // every step, one after another
    const small: string[] = [];
    for (const stepId of workbook.steps.map((step) => step.id)) {
      await openStep(page, stepId);
      if (stepId === "good-service")
        await page
          .getByRole("button", { name: /^Add to my list/ })
          .first()
          .click();
      if (stepId === "review")
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
          small.push(`${stepId}: ${s.name} ${Math.round(s.width)}×${Math.round(s.height)}`);
    }
    expect(small).toEqual([]);
  });
});
