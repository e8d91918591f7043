import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PERSONAL_KEY } from "../../src/store/keys";
import { baseUrl, useBrowser } from "./browser";
import { openStep, SETTLE_MS, waitForSaved, openFold } from "./fill-workbook";

/**
 * The ways a user could once lose work, each tried as a user meets it: two tabs on one table,
 * undo that must outlast the step and a reload, closing the tab while not saved, removing the
 * answers then moving on, restoring a partly damaged copy, strange ids in a backup, and storage
 * that lasts. The update that must not reload under a typing user is in offline.test.ts.
 */

const browser = useBrowser();

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

describe("two tabs on one table", () => {
  it("keeps both rows when two pages type into different rows at human speed", async () => {
    const { context, page: a } = await browser.newPage();
    const b = await context.newPage();
    await openStep(a, baseUrl(), "contact-points");
    const add = a.getByRole("button", { name: "Add contact point", exact: true });
    await add.click();
    await add.click();
    await point(a, 1).fill("Placeholder");
    await waitForSaved(a, "Placeholder");
    await point(a, 1).fill("");
    await openStep(b, baseUrl(), "contact-points");
    await expect.poll(() => point(b, 2).count()).toBe(1);

    // Both type at the same time, one key every 60–70 ms, in rows 1 and 2 of the same table.
    await Promise.all([
      point(a, 1).pressSequentially("Phone enquiry, typed in tab A", { delay: 60 }),
      point(b, 2).pressSequentially("Delivery, typed in tab B", { delay: 70 }),
    ]);
    for (const page of [a, b]) {
      await expect
        .poll(() => Promise.all([point(page, 1).inputValue(), point(page, 2).inputValue()]), {
          timeout: SETTLE_MS,
        })
        .toEqual(["Phone enquiry, typed in tab A", "Delivery, typed in tab B"]);
    }
    await expect
      .poll(() => savedPoints(a), { timeout: SETTLE_MS })
      .toEqual(["Phone enquiry, typed in tab A", "Delivery, typed in tab B"]);

    // One tab adds a row while the other types in an existing one: both kept.
    await Promise.all([
      service(a, 1).pressSequentially("Answer in three rings", { delay: 50 }),
      b.getByRole("button", { name: "Add Paying" }).click(),
    ]);
    for (const page of [a, b]) {
      await expect.poll(() => point(page, 3).count(), { timeout: SETTLE_MS }).toBe(1);
      expect(await point(page, 3).inputValue()).toBe("Paying");
      await expect
        .poll(() => service(page, 1).inputValue(), { timeout: SETTLE_MS })
        .toBe("Answer in three rings");
    }
  });

  it("tells the user when the same text was typed in both, and gives back the other version", async () => {
    const { context, page: a } = await browser.newPage();
    const b = await context.newPage();
    await openStep(a, baseUrl(), "about-you");
    await openStep(b, baseUrl(), "about-you");
    const name = (page: Page) => page.getByRole("textbox", { name: "Your name", exact: true });

    // Within the same moment, before either has heard of the other.
    await Promise.all([name(a).fill("Amira Khan"), name(b).fill("Amira K.")]);
    const told = async () =>
      (await Promise.all([a, b].map((p) => p.getByRole("alert").allTextContents()))).flat();
    await expect
      .poll(async () => (await told()).join(" "), { timeout: SETTLE_MS })
      .toMatch(/“Your name” was changed in another tab at the same time/);
    // Both tabs end with the same answer; the one told can take the other.
    const kept = await name(a).inputValue();
    await expect.poll(() => name(b).inputValue()).toBe(kept);
    const page = (await a.getByRole("alert").count()) > 0 ? a : b;
    const alert = page.getByRole("alert");
    const other = kept === "Amira Khan" ? "Amira K." : "Amira Khan";
    expect(await alert.textContent()).toContain(other);
    await alert.getByRole("button", { name: "Use this version instead" }).click();
    for (const p of [a, b]) await expect.poll(() => name(p).inputValue()).toBe(other);
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});

describe("undo", () => {
  it("outlasts leaving the step and a reload, several removals deep", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "contact-points");
    for (const suggestion of ["Phone enquiry", "Paying", "Delivery"])
      await page.getByRole("button", { name: `Add ${suggestion}` }).click();
    await page.getByRole("button", { name: "Remove row 1", exact: true }).click();
    await page.getByRole("button", { name: "Remove row 1", exact: true }).click();
    expect(await page.getByText("Removed row 1: Paying.").count()).toBe(1);

    // Away and back: both removals can still be undone.
    await openStep(page, baseUrl(), "good-service");
    await openStep(page, baseUrl(), "contact-points");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    expect(await point(page, 1).inputValue()).toBe("Paying");

    // After a reload, the earlier removal too.
    await waitForSaved(page, "Paying");
    await page.reload();
    await page.getByText("Removed earlier").or(page.getByText("Removed row 1")).first().waitFor();
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    expect(await Promise.all([1, 2, 3].map((n) => point(page, n).inputValue()))).toEqual([
      "Phone enquiry",
      "Paying",
      "Delivery",
    ]);
    expect(await page.getByRole("button", { name: "Undo", exact: true }).count()).toBe(0);
  });
});

describe("closing the page", () => {
  it("warns while changes are not saved", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "about-you");
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
    await page.getByRole("status").filter({ hasText: "Not saved" }).waitFor();
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe("beforeunload");
  });

  it("does not warn once everything is saved", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Saved");
    await waitForSaved(page, "Saved");
    let asked = false;
    page.on("dialog", (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    expect(asked).toBe(false);
  });
});

describe("Remove my answers", () => {
  it("then moving to other steps writes nothing back", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");
    await openStep(page, baseUrl(), "review");
    await openFold(page, "Using a shared computer?");
    await page.getByRole("button", { name: "Remove my answers" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Yes, remove them" }).click();
    await page.getByText("Removed 1 answered question from this browser.").waitFor();

    for (const step of ["about-you", "contact-points", "review"]) {
      await page.goto(`${baseUrl()}/#/${step}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
    }
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
});

describe("a partly damaged workbook", () => {
  it("restores the readable answers of the copy kept aside, naming the damaged one", async () => {
    const { context, page } = await browser.newPage();
    await openStep(page, baseUrl(), "about-you");
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira Khan");
    await openStep(page, baseUrl(), "contact-points");
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
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Part of your saved workbook could not be read.");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert.getByRole("button", { name: "Download the saved data" }).click(),
    ]);
    const copy = await readFile(await download.path());

    // On another computer, the downloaded copy is restored.
    const other = await context.browser()!.newContext();
    const fresh = await other.newPage();
    await openStep(fresh, baseUrl(), "review");
    await openFold(fresh, "Keep your answers safe");
    await fresh.getByLabel("Restore from backup").setInputFiles({
      name: download.suggestedFilename(),
      mimeType: "application/json",
      buffer: copy,
    });
    const dialog = fresh.getByRole("dialog", { name: "Replace your answers with the backup?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("“Contact points and good service”: damaged");
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    await openStep(fresh, baseUrl(), "about-you");
    expect(await fresh.getByRole("textbox", { name: "Your name", exact: true }).inputValue()).toBe(
      "Amira Khan",
    );
    await other.close();
  });
});

describe("a backup with ids the workbook does not have", () => {
  it("leaves them out, says so, and does not count them as answers", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "review");
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
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("will be left out");
    expect(text).toContain("2 checks it does not have");
    await dialog.getByRole("button", { name: "Replace my answers" }).click();
    const nav = page.getByRole("navigation", { name: "Workbook steps" });
    await expect
      .poll(async () => (await nav.textContent()) ?? "")
      .toMatch(/Organising for customer service\s*Answered:\s*0 of 1/);
    const saved = JSON.stringify(await savedData(page));
    expect(saved).not.toContain("constructor");
    expect(saved).not.toContain("from another app");
  });
});

describe("storage that lasts", () => {
  it("asks the browser to keep the answers once there are some", async () => {
    const { context, page } = await browser.newPage();
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
    await openStep(page, baseUrl(), "about-you");
    const calls = () =>
      page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls);
    expect(await calls()).toEqual([]);
    await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Amira");
    await expect.poll(calls).toEqual(["persist"]);
  });

  it("offers to install the app where the browser allows it", async () => {
    const { page } = await browser.newPage();
    await openStep(page, baseUrl(), "review");
    expect(await page.getByRole("button", { name: "Install the app" }).count()).toBe(0);
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
    await openFold(page, "Keep your answers safe");
    await page.getByRole("button", { name: "Install the app" }).click();
    expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
      true,
    );
  });

  it("reminds once, quietly, to keep a backup after many answers and no backup for a week", async () => {
    const { context, page } = await browser.newPage();
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
    await openStep(page, baseUrl(), "about-you");
    const reminder = page.getByText(/You have answered 11 questions/);
    await reminder.waitFor();
    await page.getByRole("button", { name: "Not now" }).click();
    expect(await reminder.count()).toBe(0);
    await page.waitForTimeout(1000);
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    expect(await reminder.count()).toBe(0);
  });
});

describe("the Content-Security-Policy", () => {
  it("lets nothing from another origin load, and every test page would say if it did", async () => {
    const { context } = await browser.newPage();
    // A page of the same context, without the handler that fails a test on any page error.
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await openStep(page, baseUrl(), "about-you");
    const fetched = await page.evaluate(() =>
      fetch("http://127.0.0.2:9/answers").then(
        () => "sent",
        () => "blocked",
      ),
    );
    expect(fetched).toBe("blocked");
    await expect
      .poll(() => errors.join(" "))
      .toMatch(/Blocked by the Content-Security-Policy: connect-src http:\/\/127\.0\.0\.2:9/);
  });
});
