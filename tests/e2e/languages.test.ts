import type { Page } from "@playwright/test";
import type { LanguageCode } from "../../src/content/catalogue";
import { LANGUAGES, OFFERED } from "../../src/content/languages";
import { findField } from "../../src/content/kinds";
import { workbookIn } from "../../src/content/workbook-in";
import type { WorkbookWords } from "../../src/content/workbook-in";
import type { MoreWords, ScreenWords } from "../../src/content/language";
import { asReadBack, pdfText, squash } from "../fixtures/pdf-tools";
import { readFileSync } from "node:fs";
import { noAxeViolations } from "./axe";
import { appStarted } from "./fill-workbook";
import { expect, keep, test } from "./fixtures";

/** A language's words, read from its files as the app loads them. */
async function wordsOf(code: LanguageCode) {
  const file = async <T>(name: string) =>
    ((await import(`../../src/content/words/${code}/${name}.ts`)) as Record<string, T>)[name]!;
  const [words, screen, more] = await Promise.all([
    file<WorkbookWords>("workbook"),
    file<ScreenWords>("screen"),
    file<MoreWords>("more"),
  ]);
  return { workbook: workbookIn(words, LANGUAGES[code].tag), screen, more };
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** The Language control, whatever language the page is in: its name always holds "Language". */
const languageControl = (page: Page) => page.getByRole("combobox", { name: /Language/ });

/** Nothing scrolls sideways: the page is no wider than the window. */
async function expectNoSideways(page: Page) {
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(width);
}

for (const code of OFFERED) {
  const { tag, dir, name } = LANGUAGES[code];

  test.describe(`in ${name}`, () => {
    // A first visit follows the browser's languages (navigator.languages).
    test.use({ locale: tag });

    test("the title, the step list, a dialog, and the PDF's own words with its /Lang", async ({
      page,
    }) => {
      const { workbook, screen, more } = await wordsOf(code);
      const first = workbook.steps[0]!;
      await page.goto("/");
      await appStarted(page);
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page).toHaveTitle(
        fill(screen.step.pageTitle, { step: first.title, workbook: workbook.title }),
      );
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(
        first.title,
      );
      const steps = page.getByRole("navigation", { name: screen.nav.name });
      for (const step of workbook.steps)
        await expect(steps.getByRole("link", { name: step.title, exact: true })).toHaveCount(1);
      // The control is named in the language shown (and "Language" beside it in the others),
      // and lists each language by its own name.
      await expect(languageControl(page)).toHaveAccessibleName(
        code === "en" ? "Language" : `${screen.language} (Language)`,
      );
      await expect(languageControl(page)).toHaveValue(code);
      for (const other of OFFERED)
        await expect(
          languageControl(page).getByRole("option", { name: LANGUAGES[other].name }),
        ).toHaveCount(1);

      const yourName = first.fields[0]!;
      await page.getByRole("textbox", { name: yourName.label, exact: true }).fill("Amira Khan");
      await expect
        .poll(() => page.evaluate(() => Object.values(localStorage).join()))
        .toContain("Amira Khan");

      // A dialog: removing the answers asks first, in the language shown.
      await page.goto("/#/review");
      await page.getByRole("button", { name: more.review.folds.shared, exact: true }).click();
      await page.getByRole("button", { name: more.remove.button, exact: true }).click();
      const dialog = page.getByRole("dialog", { name: more.remove.title });
      await expect(dialog).toBeVisible();
      await dialog.getByRole("button", { name: more.common.cancel, exact: true }).click();
      await expect(dialog).toBeHidden();

      // The PDF: its questions and own words in the language, and its language declared.
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: more.pdfDownload.download, exact: true }).click();
      const path = await keep(await download);
      const text = squash(pdfText(path));
      for (const words of [more.pdf.notesTitle, more.pdf.forSession, workbook.steps[1]!.title])
        expect(text).toContain(squash(asReadBack(words)));
      expect(text).toContain("Amira Khan");
      expect(readFileSync(path, "latin1")).toContain(`/Lang (${tag})`);
    });
  });
}

test.describe("choosing a language", () => {
  test.use({ locale: "en-GB" });

  test("applies at once, loses nothing being typed, and is kept for the next visit", async ({
    page,
  }) => {
    const polish = await wordsOf("pl");
    const english = await wordsOf("en");
    await page.goto("/");
    await appStarted(page);
    const box = page.getByRole("textbox", { name: english.workbook.steps[0]!.fields[0]!.label });
    await box.click();
    await page.keyboard.type("Amira Kh");
    // Mid-word: the language changes under the box, which keeps what was typed.
    await languageControl(page).selectOption("pl");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    const polishBox = page.getByRole("textbox", {
      name: polish.workbook.steps[0]!.fields[0]!.label,
    });
    await expect(polishBox).toHaveValue("Amira Kh");
    await polishBox.press("End");
    await page.keyboard.type("an");
    await expect(polishBox).toHaveValue("Amira Khan");
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(
      polish.workbook.steps[0]!.title,
    );

    await page.reload();
    await appStarted(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(languageControl(page)).toHaveValue("pl");
    await expect(polishBox).toHaveValue("Amira Khan");

    // Back to English, the choice kept apart from the answers.
    await languageControl(page).selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(box).toHaveValue("Amira Khan");
  });

  test("the first screen never flashes English on a reload in another language", async ({
    page,
  }) => {
    await page.goto("/");
    await appStarted(page);
    await languageControl(page).selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const arabic = await wordsOf("ar");
    // Whatever is painted before the app has drawn Arabic is hidden: record every paint's text.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { seenHeadings?: string[] }).seenHeadings = seen;
      new MutationObserver(() => {
        const root = document.documentElement;
        const h1 = document.querySelector("main h1");
        if (h1 && !root.classList.contains("restoring")) seen.push(h1.textContent ?? "");
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await page.reload();
    await appStarted(page);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(
      arabic.workbook.steps[0]!.title,
    );
    const seen = await page.evaluate(() => (window as { seenHeadings?: string[] }).seenHeadings);
    expect(seen?.filter((text) => text !== arabic.workbook.steps[0]!.title)).toEqual([]);
  });
});

// Money as each language writes it, worked out and shown back the language's way.
for (const [code, typed, sum, pence] of [
  ["pl", ["12,50", "1 200,50"], ["£12,50 × 52 = £650", "£1200,50 × 52 = £62\u00a0426"], "12,50"],
  ["ar", ["١٢٫٥", "١٬٢٠٠٫٥٠"], ["£12.50 × 52 = £650", "£1,200.50 × 52 = £62,426"], "12.50"],
] as const)
  test.describe(`numbers in ${LANGUAGES[code].name}`, () => {
    test.use({ locale: LANGUAGES[code].tag });

    test("money typed the language's way is read and worked out", async ({ page }) => {
      const { workbook } = await wordsOf(code);
      const step = workbook.steps.find((s) => s.id === "customer-worth")!;
      const label = (id: string) => step.fields.find((f) => f.id === id)!.label;
      await page.goto("/#/customer-worth");
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(
        step.title,
      );
      await appStarted(page);
      const spend = page.getByRole("textbox", { name: label("averageSpend"), exact: true });
      await page.getByRole("textbox", { name: label("timesAYear"), exact: true }).fill("52");
      for (const [i, text] of typed.entries()) {
        await spend.fill(text);
        await spend.blur();
        await expect(page.locator(".calc-sum").first()).toHaveText(sum[i]!);
        await expect(spend).toHaveAttribute("aria-invalid", "false");
        await expect(page.getByRole("alert")).toHaveCount(0);
      }
      // What cannot be read is still said, with good numbers the language's way.
      await spend.fill("12.5O");
      await spend.blur();
      await expect(page.getByRole("alert")).toContainText("12.5O");
      await expect(page.getByRole("alert")).toContainText(pence);
    });
  });

test.describe("in Arabic, right to left", () => {
  test.use({ locale: "ar" });

  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const)
    test(`passes axe and never scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const { workbook, more } = await wordsOf("ar");
      for (const step of workbook.steps) {
        await page.goto(`/#/${step.id}`);
        await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(
          step.title,
        );
        await appStarted(page);
        if (step.review)
          await expect(page.getByRole("button", { name: more.pdfDownload.download })).toBeVisible();
        await noAxeViolations(page, `${step.id} at ${width} px`);
        await expectNoSideways(page);
      }
    });

  test("Questions in English prints the questions in English for the coach", async ({ page }) => {
    const { more } = await wordsOf("ar");
    const english = await wordsOf("en");
    await page.goto("/#/review");
    await appStarted(page);
    await page.getByRole("checkbox", { name: more.pdfDownload.inEnglish }).check();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: more.pdfDownload.download, exact: true }).click();
    const path = await keep(await download);
    const text = squash(pdfText(path));
    expect(text).toContain(english.more.pdf.notesTitle);
    expect(text).toContain(english.workbook.steps[1]!.title);
    expect(readFileSync(path, "latin1")).toContain("/Lang (en-GB)");
  });
});

test.describe("a long word at 360 px", () => {
  test.use({ locale: "pl-PL", viewport: { width: 360, height: 740 } });

  test("typed in a table's box, it wraps there: nothing scrolls sideways", async ({ page }) => {
    const { workbook } = await wordsOf("pl");
    const place = findField(workbook, "contactPoints")!;
    if (place.field.kind !== "table") throw new Error("Contact points are a table");
    await page.goto(`/#/${place.step.id}`);
    await appStarted(page);
    await page.getByRole("button", { name: place.field.addLabel, exact: true }).click();
    await page
      .getByRole("main")
      .getByRole("textbox")
      .first()
      .fill("https://sklep.example.pl/zamowienia/najprawdopodobniejszymidziewięćdziesięcioletnimi");
    await expectNoSideways(page);
  });

  test("typed in a list, or in a check of one's own and its note, it wraps there", async ({
    page,
  }) => {
    const { workbook } = await wordsOf("pl");
    const word = "Najprawdopodobniejszymidziewięćdziesięciodziewięcioletniego";
    for (const id of ["serviceList", "organisingChecklist"]) {
      const { field, step } = findField(workbook, id)!;
      const add =
        field.kind === "list" ? field.addLabel : field.kind === "checklist" && field.ownAddLabel;
      if (!add) throw new Error(`${id} is a list, or a checklist with checks of one's own`);
      await page.goto(`/#/${step.id}`);
      await appStarted(page);
      await page.getByRole("button", { name: add, exact: true }).click();
      const boxes = page.getByRole("main").getByRole("textbox");
      for (const box of await boxes.all()) await box.fill(word);
      await expectNoSideways(page);
    }
  });
});

test.describe("Questions in English, for answers typed in Polish", () => {
  test.use({ locale: "pl-PL" });

  test("reads the numbers the way they were typed: £1.200 in Polish is twelve hundred", async ({
    page,
  }) => {
    const { workbook, more } = await wordsOf("pl");
    const typed: [string, string][] = [
      ["averageSpend", "1.200"],
      ["timesAYear", "12"],
      ["yearsStay", "3"],
    ];
    await page.goto(`/#/${findField(workbook, "averageSpend")!.step.id}`);
    await appStarted(page);
    for (const [id, value] of typed)
      await page
        .getByRole("textbox", { name: findField(workbook, id)!.field.label, exact: true })
        .fill(value);
    await expect(page.getByRole("main")).toContainText("£1200 × 12 = £14 400");

    await page.goto("/#/review");
    await page.getByRole("checkbox", { name: more.pdfDownload.inEnglish }).check();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: more.pdfDownload.download, exact: true }).click();
    const text = squash(pdfText(await keep(await download)));
    expect(text).toContain("£1,200 × 12 = £14,400");
    expect(text).toContain("£1,200 × 12 × 3 = £43,200");
  });
});

test.describe("reminders in the language shown", () => {
  /** Types action points and their "By when" on their step, then opens the reminders. */
  async function remindersWith(page: Page, code: LanguageCode, actions: [string, string][]) {
    const { workbook, screen, more } = await wordsOf(code);
    const place = findField(workbook, "actions")!;
    if (place.field.kind !== "table") throw new Error("Action points are a table");
    const [action = "", byWhen = ""] = place.field.columns.map((column) => column.heading);
    await page.goto(`/#/${place.step.id}`);
    await appStarted(page);
    for (const [i, [what, when]] of actions.entries()) {
      await page.getByRole("button", { name: place.field.addLabel, exact: true }).click();
      const cell = (column: string) =>
        page.getByRole("textbox", { name: fill(screen.rows.cell, { column, number: i + 1 }) });
      await cell(action).fill(what);
      await cell(byWhen).fill(when);
    }
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).join()))
      .toContain(actions.at(-1)![1]);
    await page.goto("/#/review");
    await appStarted(page);
    await page.getByRole("button", { name: more.review.folds.reminders, exact: true }).click();
    return { more, form: page.getByRole("form", { name: more.reminders.form }) };
  }

  test.describe("in Polski", () => {
    test.use({ locale: "pl" });

    test("“31 marca” is read as the 31st of March", async ({ page }) => {
      const { more, form } = await remindersWith(page, "pl", [
        ["Wydrukować numer telefonu na pudełkach.", "31 marca"],
        ["Napisać wzór potwierdzenia.", "Koniec kwietnia"],
      ]);
      const next = (month: number, day: number) => {
        const now = new Date();
        const year = now.getMonth() + 1 > month ? now.getFullYear() + 1 : now.getFullYear();
        return `${year}-${String(month).padStart(2, "0")}-${day}`;
      };
      const day = (title: string) =>
        form.getByLabel(new RegExp(`${more.reminders.day}.*${title.slice(0, 12)}`));
      await expect(day("Wydrukować numer")).toHaveValue(next(3, 31));
      await expect(day("Napisać wzór")).toHaveValue(next(4, 30));
      await expect(form.getByRole("checkbox", { name: /Wydrukować numer/ })).toBeChecked();
      const longDay = new Intl.DateTimeFormat("pl", { dateStyle: "full", timeZone: "UTC" });
      await expect(form).toContainText(
        fill(more.reminders.readFrom, {
          when: "31 marca",
          day: longDay.format(new Date(`${next(3, 31)}T00:00:00Z`)),
        }),
      );
    });
  });

  test.describe("in العربية", () => {
    test.use({ locale: "ar" });

    test("what is left out of the calendar is listed the Arabic way", async ({ page }) => {
      const left: [string, string][] = [
        ["كتابة نموذج لتأكيد الطلبات.", "الأسبوع القادم"],
        ["سؤال الزبائن عن رأيهم.", "قريبا"],
      ];
      const { more, form } = await remindersWith(page, "ar", [
        ["طباعة رقم هاتفي على علب الكعك.", "نهاية مارس"],
        ...left,
      ]);
      await expect(form.getByRole("checkbox", { name: /طباعة رقم هاتفي/ })).toBeChecked();
      const download = page.waitForEvent("download");
      await form.getByRole("button", { name: more.reminders.add, exact: true }).click();
      await keep(await download);
      const items = left.map(([title, when]) => fill(more.reminders.itemWhen, { title, when }));
      const list = new Intl.ListFormat("ar", { type: "conjunction" }).format(items);
      await expect(form.getByRole("status")).toContainText(
        fill(more.reminders.notIn, { items: list }),
      );
      await expect(form.getByRole("status")).not.toContainText(", ");
      await page.screenshot({ path: test.info().outputPath("reminders-ar.png"), fullPage: true });
    });
  });
});

test.describe("coach feedback for someone else, in العربية", () => {
  test.use({ locale: "ar" });

  test("names them with the Arabic comma", async ({ page }) => {
    const { more } = await wordsOf("ar");
    await page.goto("/#/review");
    await appStarted(page);
    await page.getByRole("button", { name: more.review.folds.coach, exact: true }).click();
    const file = {
      app: "keeping-customers-feedback",
      version: 1,
      madeAt: "2026-05-03T10:00:00.000Z",
      forName: "سارة أحمد",
      forBusiness: "مخبز الياسمين",
      coachName: "",
      comments: { yourName: "اسم واضح." },
      actions: [],
    };
    await page.getByLabel(more.feedback.add, { exact: true }).setInputFiles({
      name: "keeping-customers-feedback-2026-05-03.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(
      fill(more.feedback.forOther, { who: "سارة أحمد، مخبز الياسمين" }),
    );
  });
});
