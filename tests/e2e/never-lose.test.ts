import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { PERSONAL_KEY } from "../../src/store/keys";
import { TIMING } from "../../src/store/persistence";
import {
  appStarted,
  closeAndReadStorage,
  openStep,
  waitForSaved,
  openFold,
  offerInstall,
  installPrompted,
} from "./fill-workbook";
import { expect, guard, test } from "./fixtures";

/**
 * The ways a user could once lose work, each tried as a user meets it: two tabs on one table,
 * undo that must outlast the step and a reload, closing the tab while not saved, removing the
 * answers then moving on, restoring a partly damaged copy, strange ids in a backup, and storage
 * that lasts. The update that must not reload under a typing user is in offline.test.ts.
 */

const cell = (page: Page, heading: string, row: number) =>
  page.getByRole("textbox", { name: `${heading}, row ${row}`, exact: true });
const point = (page: Page, row: number) => cell(page, "Customer contact point", row);
const service = (page: Page, row: number) =>
  cell(page, "What good customer service looks like there", row);

type Saved = { state: { answers: Record<string, unknown>; lastStepId: string } };
const savedData = async (page: Page): Promise<Saved | null> => {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY);
  return raw === null ? null : (JSON.parse(raw) as Saved);
};
const savedPoints = async (page: Page) =>
  ((await savedData(page))?.state.answers.contactPoints as { point: string }[] | undefined)?.map(
    (r) => r.point,
  );

test.describe("two tabs on one table", () => {
  test("keeps both rows when two pages type into different rows at human speed", async ({
    context,
    page: a,
  }) => {
    const b = await context.newPage();
    await openStep(a, "contact-points");
    const add = a.getByRole("button", { name: "Add contact point", exact: true });
    await add.click();
    await add.click();
    await point(a, 1).fill("Placeholder");
    await waitForSaved(a, "Placeholder");
    await point(a, 1).fill("");
    await openStep(b, "contact-points");
    await expect(point(b, 2)).toHaveCount(1);

    // Both type at the same time, one key every 60–70 ms, in rows 1 and 2 of the same table.
    await Promise.all([
      point(a, 1).pressSequentially("Phone enquiry, typed in tab A", { delay: 60 }),
      point(b, 2).pressSequentially("Delivery, typed in tab B", { delay: 70 }),
    ]);
    for (const page of [a, b]) {
      await expect(point(page, 1)).toHaveValue("Phone enquiry, typed in tab A");
      await expect(point(page, 2)).toHaveValue("Delivery, typed in tab B");
    }
    await expect
      .poll(() => savedPoints(a))
      .toEqual(["Phone enquiry, typed in tab A", "Delivery, typed in tab B"]);

    // One tab adds a row while the other types in an existing one: both kept.
    await Promise.all([
      service(a, 1).pressSequentially("Answer in three rings", { delay: 50 }),
      b.getByRole("button", { name: "Add Paying" }).click(),
    ]);
    for (const page of [a, b]) {
      await expect(point(page, 3)).toHaveValue("Paying");
      await expect(service(page, 1)).toHaveValue("Answer in three rings");
    }
  });

  test("tells the user when the same text was typed in both, and gives back the other version", async ({
    context,
    page: a,
  }) => {
    // The tabs' clocks are the test's, so "at the same time" is certain on a busy machine too.
    await context.clock.install();
    const b = await context.newPage();
    await openStep(a, "about-you");
    await openStep(b, "about-you");
    const name = (page: Page) => page.getByRole("textbox", { name: "Your name", exact: true });

    // Both type before either has saved: each tab saves a short pause after its typing.
    await context.clock.pauseAt(Date.now() + 1000);
    await name(a).fill("Amira Khan");
    await context.clock.runFor(100);
    await name(b).fill("Amira K.");
    // The first tab saves; the second, its own typing not yet saved, hears of it.
    await context.clock.runFor(TIMING.delayMs - 50);
    await context.clock.resume();
    const told = async () =>
      (await Promise.all([a, b].map((p) => p.getByRole("alert").allTextContents()))).flat();
    await expect
      .poll(async () => (await told()).join(" "))
      .toMatch(/“Your name” was changed in another tab at the same time/);
    // Both tabs end with the same answer; the one told can take the other.
    const kept = await name(a).inputValue();
    await expect(name(b)).toHaveValue(kept);
    const page = (await a.getByRole("alert").count()) > 0 ? a : b;
    const alert = page.getByRole("alert");
    const other = kept === "Amira Khan" ? "Amira K." : "Amira Khan";
    await expect(alert).toContainText(other);
    await alert.getByRole("button", { name: "Use this version instead" }).click();
    for (const p of [a, b]) await expect(name(p)).toHaveValue(other);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

test.describe("undo", () => {
  test("outlasts leaving the step and a reload, several removals deep", async ({ page }) => {
    await openStep(page, "contact-points");
    for (const suggestion of ["Phone enquiry", "Paying", "Delivery"])
      await page.getByRole("button", { name: `Add ${suggestion}` }).click();
    await page.getByRole("button", { name: "Remove row 1", exact: true }).click();
    await page.getByRole("button", { name: "Remove row 1", exact: true }).click();
    await expect(page.getByText("Removed row 1: Paying.")).toHaveCount(1);

    // Away and back: both removals can still be undone.
    await openStep(page, "good-service");
    await openStep(page, "contact-points");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(point(page, 1)).toHaveValue("Paying");

    // After a reload, the earlier removal too.
    await waitForSaved(page, "Paying");
    await page.reload();
    await expect(
      page.getByText("Removed earlier").or(page.getByText("Removed row 1")).first(),
    ).toBeVisible();
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    for (const [n, text] of ["Phone enquiry", "Paying", "Delivery"].entries())
      await expect(point(page, n + 1)).toHaveValue(text);
    await expect(page.getByRole("button", { name: "Undo", exact: true })).toHaveCount(0);
  });
});

test.describe("closing the page", () => {
  test("warns while changes are not saved", async ({ page }) => {
    await openStep(page, "about-you");
    // Storage full: what is typed cannot be saved.
    await page.evaluate(() => {
      let size = 1 << 20;
      for (let n = 0; size >= 1;) {
        try {
          localStorage.setItem(`filler-${n++}`, "x".repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Not yet saved");
    await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toBeVisible();
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe("beforeunload");
  });

  test("does not warn once everything is saved", async ({ page }) => {
    await openStep(page, "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Saved");
    await waitForSaved(page, "Saved");
    let asked = false;
    page.on("dialog", (dialog) => {
      asked = true;
      void dialog.accept();
    });
    // Closed for good: had the browser asked first, the page would have closed after the answer.
    const closed = page.waitForEvent("close");
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toBe(false);
  });
});

test.describe("Remove my answers", () => {
  test("then moving to other steps writes nothing back", async ({ page }) => {
    await openStep(page, "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");
    await openStep(page, "review");
    await openFold(page, "Using a shared computer?");
    await page.getByRole("button", { name: "Remove my answers" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Yes, remove them" }).click();
    await expect(page.getByText("Removed 1 answered question from this browser.")).toBeVisible();

    for (const step of ["about-you", "contact-points", "review"]) {
      await page.goto(`/#/${step}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    // Closing the tab writes anything still waiting: nothing is.
    expect(Object.keys(await closeAndReadStorage(page))).toEqual([]);
  });
});

test.describe("a partly damaged workbook", () => {
  test("restores the readable answers of the copy kept aside, naming the damaged one", async ({
    page,
    freshProfile,
  }) => {
    await openStep(page, "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira Khan");
    await openStep(page, "contact-points");
    await page.getByRole("button", { name: "Add Paying" }).click();
    await waitForSaved(page, "Paying");
    // One answer damaged: the list of contact points became a number.
    await page.evaluate((key) => {
      const data = JSON.parse(localStorage.getItem(key)!) as Saved;
      data.state.answers.contactPoints = 42;
      localStorage.setItem(key, JSON.stringify(data));
    }, PERSONAL_KEY);
    await page.reload();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Part of your saved workbook could not be read.");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert.getByRole("button", { name: "Download the saved data" }).click(),
    ]);
    const copy = await readFile(await download.path());

    // On another computer, the downloaded copy is restored.
    const fresh = await freshProfile();
    await openStep(fresh, "review");
    await openFold(fresh, "Keep your answers safe");
    await fresh.getByLabel("Restore from backup").setInputFiles({
      name: download.suggestedFilename(),
      mimeType: "application/json",
      buffer: copy,
    });
    const dialog = fresh.getByRole("dialog", { name: "Replace your answers with the backup?" });
    await expect(dialog).toContainText("“Contact points and good service”: damaged");
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    await openStep(fresh, "about-you");
    await expect(fresh.getByRole("textbox", { name: "Your name", exact: true })).toHaveValue(
      "Amira Khan",
    );
  });
});

test.describe("a backup with ids the workbook does not have", () => {
  test("leaves them out, says so, and does not count them as answers", async ({ page }) => {
    await openStep(page, "review");
    const file = {
      app: "keeping-customers",
      version: 1,
      answers: {
        organisingChecklist: {
          items: {
            constructor: { status: "yes", note: "" },
            __proto__x: { status: "yes", note: "" },
          },
          own: [],
        },
        yourName: "Zofia",
        somethingElse: "from another app",
      },
    };
    await openFold(page, "Keep your answers safe");
    await page.getByLabel("Restore from backup").setInputFiles({
      name: "keeping-customers-backup-2026-11-01.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("will be left out");
    await expect(dialog).toContainText("2 checks it does not have");
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    const nav = page.getByRole("navigation", { name: "Workbook steps" });
    await expect(nav).toContainText(/Organising for customer service\s*Answered:\s*0 of 1/);
    const saved = JSON.stringify(await savedData(page));
    expect(saved).not.toContain("constructor");
    expect(saved).not.toContain("from another app");
  });
});

test.describe("storage that lasts", () => {
  test("asks the browser to keep the answers once there are some", async ({ context, page }) => {
    await context.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { persistCalls: string[] }).persistCalls = calls;
      Object.defineProperty(navigator, "storage", {
        value: {
          persisted: () => Promise.resolve(false),
          persist: () => {
            calls.push("persist");
            return Promise.resolve(true);
          },
          estimate: () => Promise.resolve({ quota: 1e9, usage: 0 }),
        },
      });
    });
    await openStep(page, "about-you");
    const calls = () =>
      page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls);
    expect(await calls()).toEqual([]);
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira");
    await expect.poll(calls).toEqual(["persist"]);
  });

  test("offers to install the app where the browser allows it", async ({ page }) => {
    await openStep(page, "review");
    await expect(page.getByRole("button", { name: "Install the app" })).toHaveCount(0);
    await offerInstall(page);
    await openFold(page, "Keep your answers safe");
    await page.getByRole("button", { name: "Install the app" }).click();
    await expect.poll(() => installPrompted(page)).toBe(true);
  });

  test("reminds once, quietly, to keep a backup after many answers and no backup for a week", async ({
    context,
    page,
  }) => {
    const tenDaysAgo = Date.now() - 10 * 24 * 60 * 60 * 1000;
    const answers = {
      yourName: "Amira Khan",
      businessName: "Bloom & Crumb",
      businessWhat: "Cakes",
      coachName: "Sam",
      stoppedUsing: "The dry cleaner.",
      wordOfMouth: "A card in every box.",
      testimonials: "I ask after each order.",
      customersLike: "The flavours.",
      customersLookingFor: "Vegan cakes.",
      othersInterested: "Cafés.",
      useResearch: "A vegan range.",
    };
    const seed = JSON.stringify({
      version: 3,
      state: {
        answers,
        stamps: {},
        removed: {},
        removals: [],
        lastStepId: "about-you",
        savedAt: tenDaysAgo,
        startedAt: tenDaysAgo,
        backedUpAt: null,
        remindedAt: null,
      },
    });
    await context.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      },
      [PERSONAL_KEY, seed],
    );
    await openStep(page, "about-you");
    const reminder = page.getByText(/You have answered 11 questions/);
    // The app marks whether a visit reminds as the page opens; the reminder itself loads later.
    const marked = () =>
      page.evaluate(() =>
        performance
          .getEntriesByName("backup-reminder")
          .map((entry) => (entry as PerformanceMark).detail as unknown),
      );
    await expect(reminder).toBeVisible();
    expect(await marked()).toEqual([true]);
    await page.getByRole("button", { name: "Not now" }).click();
    await expect(reminder).toHaveCount(0);
    await expect
      .poll(() => savedData(page))
      .toMatchObject({ state: { remindedAt: expect.any(Number) } });
    await page.reload();
    await appStarted(page);
    await expect.poll(marked).toEqual([false]);
    await expect(reminder).toHaveCount(0);
  });
});

test.describe("the Content-Security-Policy", () => {
  /** Asks the page to send the answers to another address; says whether it was let through. */
  const sendAway = (page: Page) =>
    page.evaluate(() =>
      fetch("http://127.0.0.2:9/answers").then(
        () => "sent",
        () => "blocked",
      ),
    );

  test.describe("read by the test itself", () => {
    test.use({ failOnPageError: false });

    test("lets nothing from another origin load, and every test page would say if it did", async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await openStep(page, "about-you");
      expect(await sendAway(page)).toBe("blocked");
      await expect
        .poll(() => errors.join(" "))
        .toMatch(/Blocked by the Content-Security-Policy: connect-src http:\/\/127\.0\.0\.2:9/);
    });
  });

  test("anything it blocks fails the test that caused it", async ({ browser }) => {
    // A context held to the rules every test's context is held to, and the check each test ends with.
    const context = await browser.newContext();
    const endOfTest = await guard(context, true);
    const page = await context.newPage();
    await openStep(page, "about-you");
    const thrown = context.waitForEvent("weberror");
    expect(await sendAway(page)).toBe("blocked");
    await thrown;
    expect(endOfTest).toThrow(/Blocked by the Content-Security-Policy: connect-src/);
    await context.close();
  });
});
