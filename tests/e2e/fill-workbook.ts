import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { workbook } from "../../src/content/workbook";
import type { Field } from "../../src/content/types";

/** Words in several scripts, so every answer proves the app keeps what people really type. */
const SAMPLES = [
  "Café crème, naïve façade",
  "Zażółć gęślą jaźń",
  "Işık ğüşiö Çay",
  "Καλημέρα κόσμε",
  "Добрый день",
  "مرحبا بالعالم",
  "Croeso i Gymru ŵŷ",
];

/** A distinct answer per place, e.g. "contactPoints r2 c1 · Καλημέρα κόσμε". */
export function answerFor(where: string, n: number): string {
  return `${where} · ${SAMPLES[n % SAMPLES.length]}`;
}

export type Expectation = { name: string; kind: "text" | "radio"; value: string };

/** Fills one field the way a person would, and returns what each control should now hold. */
export async function fillField(page: Page, field: Field, seed: number): Promise<Expectation[]> {
  const out: Expectation[] = [];
  const box = (name: string) => page.getByRole("textbox", { name, exact: true });
  switch (field.kind) {
    case "text":
    case "longText": {
      const value = answerFor(field.id, seed);
      await box(field.label).fill(value);
      out.push({ name: field.label, kind: "text", value });
      break;
    }
    case "number": {
      const value = `£1,${200 + seed}`;
      await box(field.label).fill(value);
      out.push({ name: field.label, kind: "text", value });
      break;
    }
    // Worked out from the numbers; there is nothing to type.
    case "calculated":
      break;
    case "scorecard":
      for (let row = 1; row <= 2; row++) {
        await page.getByRole("button", { name: field.addLabel, exact: true }).click();
        for (const [c, col] of field.columns.entries()) {
          const name = `${col.heading}, row ${row}`;
          const numbers = ["20", String(8 + row), "4", "1", "3"];
          const value = c === 0 ? answerFor(`${field.id} month ${row}`, seed) : numbers[c - 1]!;
          await box(name).fill(value);
          out.push({ name, kind: "text", value });
        }
      }
      break;
    case "table":
      for (let row = 1; row <= 2; row++) {
        await page.getByRole("button", { name: field.addLabel, exact: true }).click();
        for (const [c, col] of field.columns.entries()) {
          const name = `${col.heading}, row ${row}`;
          const value = answerFor(`${field.id} r${row} c${c + 1}`, seed + row + c);
          await box(name).fill(value);
          out.push({ name, kind: "text", value });
        }
      }
      break;
    case "list":
      for (let n = 1; n <= 2; n++) {
        await page.getByRole("button", { name: field.addLabel, exact: true }).click();
        const name = `${field.itemLabel} ${n}`;
        const value = answerFor(`${field.id} ${n}`, seed + n);
        await box(name).fill(value);
        out.push({ name, kind: "text", value });
      }
      break;
    case "checklist":
      for (const [i, item] of field.items.entries()) {
        const status = ["Yes", "Not yet", "Not relevant"][i % 3]!;
        await page
          .getByRole("group", { name: item.text, exact: true })
          .getByRole("radio", { name: status, exact: true })
          .check();
        out.push({ name: `${item.text}|${status}`, kind: "radio", value: status });
        const note = `${field.noteLabel}: ${item.text}`;
        const value = answerFor(`${field.id} ${item.id}`, seed + i);
        await box(note).fill(value);
        out.push({ name: note, kind: "text", value });
      }
      break;
  }
  return out;
}

/** Checks every control a fill left behind, waiting (as every check here does) for the app. */
export async function expectFilled(page: Page, expected: Expectation[]): Promise<void> {
  for (const e of expected) {
    if (e.kind === "text") {
      await expect(page.getByRole("textbox", { name: e.name, exact: true })).toHaveValue(e.value);
    } else {
      const [group, status] = e.name.split("|") as [string, string];
      await expect(
        page
          .getByRole("group", { name: group, exact: true })
          .getByRole("radio", { name: status, exact: true }),
      ).toBeChecked();
    }
  }
}

export const stepsWithFields = workbook.steps.filter((s) => s.fields.length > 0);

/** Presses "Show example" if the step has one, and waits until the example is drawn. */
export async function showExample(page: Page): Promise<boolean> {
  // index.html draws the first step before the app runs: its button does nothing until then.
  await appStarted(page);
  const toggle = page.getByRole("button", { name: "Show example" });
  if ((await toggle.count()) === 0) return false;
  await toggle.click();
  // The example's answers load when first shown, in place of "Loading the example…".
  await expect(
    page.getByRole("region", { name: "Worked example" }).locator(".example-fields"),
  ).toBeVisible();
  return true;
}

/** Opens a step by its address, and waits until the app shows it. */
export async function openStep(page: Page, stepId: string): Promise<void> {
  const step = workbook.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`No step "${stepId}" in the workbook`);
  await page.goto(`/#/${stepId}`);
  // From another step the address changes at once and the page a moment later.
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(step.title);
  await appStarted(page);
}

/**
 * Waits until the app has taken the page over: index.html already shows the first step before
 * the app's script runs, with saved answers filled in only once it does.
 */
export async function appStarted(page: Page): Promise<void> {
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/\bstarting\b/);
}

/** Waits until the last thing typed is in the browser's storage and the status line says so. */
export async function waitForSaved(page: Page, lastValue: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        (value) => Object.values<string>(localStorage).some((saved) => saved.includes(value)),
        lastValue,
      ),
    )
    .toBe(true);
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device" })).toBeVisible();
}

/**
 * Closes the tab as a person would. As a page goes, the app writes at once anything still
 * waiting to be saved; what the browser then keeps for the app is read from a blank page of the
 * same address, and returned by key.
 */
export async function closeAndReadStorage(page: Page): Promise<Record<string, string>> {
  const { origin } = new URL(page.url());
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  const { origins } = await page.context().storageState();
  const kept = origins.find((o) => o.origin === origin)?.localStorage ?? [];
  return Object.fromEntries(kept.map(({ name, value }) => [name, value]));
}

/** Opens a folded panel of the review step ("Keep your answers safe", say) if it is closed. */
export async function openFold(page: Page, name: string): Promise<void> {
  const button = page.getByRole("main").getByRole("button", { name, exact: true });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/**
 * Makes the browser's offer to install the app, as Chromium does when it would show its own
 * banner; `installPrompted` says whether the app then showed the browser's install dialog.
 */
export async function offerInstall(page: Page): Promise<void> {
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
}

export const installPrompted = (page: Page) =>
  page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted === true);

/** "Copy link to my answers" for a workbook with the given name: the link, as a person copies it. */
export async function makeLink(page: Page, name: string): Promise<string> {
  await openStep(page, "about-you");
  await page.getByRole("textbox", { name: "Your name", exact: true }).fill(name);
  await waitForSaved(page, name);
  await openStep(page, "review");
  await openFold(page, "Send your answers in a link");
  await page.getByRole("button", { name: "Copy link to my answers" }).click();
  return page.getByRole("textbox", { name: "Link to your answers" }).inputValue();
}

/**
 * Types a name so the workbook holds answers, then chooses the backup `file` on the review step:
 * the app asks before replacing them.
 */
export async function chooseBackupOverAnswers(page: Page, file: string): Promise<void> {
  await openStep(page, "about-you");
  await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Someone");
  await waitForSaved(page, "Someone");
  await openStep(page, "review");
  await openFold(page, "Keep your answers safe");
  await page.getByLabel("Restore from backup").setInputFiles(file);
}
