import { readFileSync, writeFileSync } from "node:fs";
import { createDeflate, deflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { LIMITS } from "../../src/content/kinds";
import { BACKUP_ATTACHMENT } from "../../src/lib/backup-attachment";
import { PERSONAL_KEY, snapshotsKey } from "../../src/store/keys";
import { appStarted, makeLink, openFold, openStep, waitForSaved } from "./fill-workbook";
import { expect, keep, outputFile, test } from "./fixtures";

/**
 * What once took the app down or lost work at its edges, each tried as a hostile user would:
 * a file with a date that is not real, a PDF crafted to inflate to a gigabyte, two tabs filling
 * a list past its limit, an older tab under a newer version's save, long answers compared, a
 * PDF made with storage full, a PDF cut short and a link that inflates too far. The coach's
 * space is in at-the-edges-coach.test.ts; parts that cannot load, and updates, in
 * at-the-edges-update.test.ts.
 */

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const DAY = 24 * 60 * 60 * 1000;

/** A backup file as the app writes it, with the session copies given. */
function backupFile(answers: Record<string, unknown>, snapshots: unknown[]) {
  return JSON.stringify({
    app: "keeping-customers",
    version: 2,
    exportedAt: new Date().toISOString(),
    answers,
    workbookId: "wbEdges1",
    snapshots,
  });
}

/** A PDF holding `stream` as the app's backup attachment (deflated), as the app writes one. */
function pdfHolding(stream: Uint8Array): Buffer {
  const dictionary = `<< /Type /EmbeddedFile /Subtype /application#2Fjson /${BACKUP_ATTACHMENT.marker} true /Filter /FlateDecode /Length ${stream.byteLength} >>`;
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n5 0 obj\n${dictionary}\nstream\n`,
    ),
    stream,
    Buffer.from("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  ]);
}

/**
 * The longest the page's main thread was busy in one go while `action` ran, in ms (0 when no
 * task took over 50 ms): the browser's own long-task timings.
 */
async function longestBusy(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: "longtask" });
  });
  await action();
  // The observer reports each long task as it ends; one more frame lets the last one arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return page.evaluate(() => (window as unknown as { longest: number }).longest);
}

/** Not a speed target (npm run bench measures those): a frozen page took seconds, before. */
const RESPONSIVE_MS = 1000;

/** Chooses a file for "Restore from backup", from disk as a person would. */
async function restore(page: Page, name: string, buffer: Buffer) {
  // From a file, not from the test's memory: Playwright would build that one in the page itself.
  const path = outputFile(name);
  writeFileSync(path, buffer);
  await openFold(page, "Keep your answers safe");
  await page.getByLabel("Restore from backup").setInputFiles(path);
}

test.describe("a date that is not real", () => {
  const snapshots = [
    { id: "notReal1", takenAt: 1e20, answers: { yourName: "From no real day" } },
    { id: "real1", takenAt: Date.now() - 3 * DAY, answers: { yourName: "Amira" } },
  ];

  for (const kind of ["backup file", "PDF"] as const) {
    test(`in a ${kind} is left out and said so; the app stays up, and after a reload`, async ({
      page,
    }) => {
      const text = backupFile({ yourName: "Amira Khan" }, snapshots);
      const file =
        kind === "PDF"
          ? { name: "workbook.pdf", buffer: pdfHolding(deflateSync(text)) }
          : { name: "keeping-customers-backup.json", buffer: Buffer.from(text) };
      await openStep(page, "review");
      await restore(page, file.name, file.buffer);
      const dialog = page.getByRole("dialog", { name: "Replace your answers with the backup?" });
      await expect(dialog).toContainText("a session copy that cannot be read");
      await dialog.getByRole("button", { name: "Replace my answers" }).click();
      await expect(page.getByText("Restored your answers from")).toBeVisible();

      for (const visit of ["now", "after a reload"]) {
        await expect(h1(page), visit).toHaveText("Review and download");
        await expect(
          page.getByRole("heading", { name: "Changes since your last session" }),
        ).toBeVisible();
        await expect(
          page.getByRole("listitem").filter({ hasText: "Taken to your session on" }),
        ).toHaveCount(1);
        await openFold(page, "Keep your answers safe");
        await expect(page.getByRole("button", { name: "Download backup" }).first()).toBeVisible();
        await page.reload();
        await appStarted(page);
      }
    });
  }

  test("kept by an earlier version is left out, not shown, on every visit", async ({ page }) => {
    await openStep(page, "about-you");
    await page.evaluate(([key, list]) => localStorage.setItem(key, JSON.stringify(list)), [
      snapshotsKey(PERSONAL_KEY),
      snapshots,
    ] as const);
    await openStep(page, "review");
    await expect(
      page.getByRole("listitem").filter({ hasText: "Taken to your session on" }),
    ).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Download PDF" })).toBeVisible();
  });
});

test.describe("a PDF crafted to stop the page", () => {
  /** Deflated: a gigabyte of zeros, about a megabyte. */
  async function gigabyteBomb(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const deflate = createDeflate({ level: 9 });
    deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => deflate.on("end", resolve));
    const zeros = Buffer.alloc(16 * 1024 * 1024);
    for (let i = 0; i < 64; i++)
      if (!deflate.write(zeros)) await new Promise((r) => deflate.once("drain", r));
    deflate.end();
    await done;
    return Buffer.concat(chunks);
  }

  test("that inflates to 1 GB is refused, with the page free all along", async ({ page }) => {
    const bomb = pdfHolding(await gigabyteBomb());
    await openStep(page, "review");
    const busy = await longestBusy(page, async () => {
      await restore(page, "workbook.pdf", bomb);
      await expect(
        page.getByRole("alert").filter({ hasText: "bigger than any backup" }),
      ).toBeVisible();
    });
    test.info().annotations.push({ type: "longest main-thread task (ms)", description: `${busy}` });
    expect(busy).toBeLessThan(RESPONSIVE_MS);
    await expect(page.getByRole("alert")).toContainText("Your answers have not been changed.");
  });

  test("of nothing but markers, up to the size limit, is refused as quickly", async ({ page }) => {
    const marker = `<< /${BACKUP_ATTACHMENT.marker} `;
    const body = Buffer.from(`%PDF-1.7\n${marker.repeat(Math.floor(4.9e6 / marker.length))}%%EOF`);
    await openStep(page, "review");
    const busy = await longestBusy(page, async () => {
      await restore(page, "markers.pdf", body);
      await expect(page.getByRole("alert").filter({ hasText: "damaged" })).toBeVisible();
    });
    test.info().annotations.push({ type: "longest main-thread task (ms)", description: `${busy}` });
    expect(busy).toBeLessThan(RESPONSIVE_MS);
  });

  test("made by the app but cut short says so, not that the app did not make it", async ({
    page,
  }) => {
    await openStep(page, "about-you");
    await page.getByRole("textbox", { name: "Your name" }).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");
    await openStep(page, "review");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    const pdf = readFileSync(await keep(await downloading));
    await restore(page, "cut.pdf", pdf.subarray(0, Math.floor(pdf.byteLength / 2)));
    await expect(
      page.getByRole("alert").filter({ hasText: "This PDF is incomplete" }),
    ).toBeVisible();
  });
});

test.describe("two tabs adding the last rows a list may hold", () => {
  test("keep it at the limit, say what did not fit, and the backup restores", async ({
    context,
    page: a,
  }) => {
    await context.clock.install();
    await openStep(a, "good-service");
    // A list one short of full, saved as the app saves it.
    const items = Array.from({ length: LIMITS.rows - 1 }, (_, i) => ({
      id: `p${i + 1}`,
      text: `Promise ${i + 1}`,
    }));
    await a.evaluate(
      ([key, list]) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 4,
            state: {
              answers: { serviceList: list },
              stamps: { serviceList: 1 },
              removed: {},
              removals: [],
              lastStepId: "good-service",
              savedAt: null,
              startedAt: null,
              backedUpAt: null,
              remindedAt: null,
              workbookId: null,
            },
          }),
        ),
      [PERSONAL_KEY, items] as const,
    );
    await a.reload();
    await appStarted(a);
    const b = await context.newPage();
    await openStep(b, "good-service");
    const add = (page: Page) =>
      page.getByRole("button", { name: "Add a promise of my own", exact: true });
    const last = (page: Page) =>
      page.getByRole("textbox", { name: `Promise ${LIMITS.rows}`, exact: true });

    // Both add the 300th promise before either has saved.
    await context.clock.pauseAt(Date.now() + 1000);
    await add(a).click();
    await last(a).fill("Added in tab A");
    await add(b).click();
    await last(b).fill("Added in tab B");
    await context.clock.resume();

    const told = async () =>
      (await Promise.all([a, b].map((p) => p.getByRole("alert").allTextContents()))).flat();
    await expect.poll(async () => (await told()).join(" ")).toMatch(/did not fit/);
    const saved = async () =>
      (
        JSON.parse((await a.evaluate((k) => localStorage.getItem(k), PERSONAL_KEY))!) as {
          state: { answers: { serviceList: unknown[] } };
        }
      ).state.answers.serviceList.length;
    await expect.poll(saved).toBe(LIMITS.rows);
    for (const page of [a, b]) await expect(last(page)).toHaveValue(/Added in tab [AB]/);

    // The app reads its own backup back: nothing past a limit.
    const downloading = a.waitForEvent("download");
    await openStep(a, "review");
    await openFold(a, "Keep your answers safe");
    await a.getByRole("button", { name: "Download backup" }).first().click();
    const backup = await keep(await downloading);
    await a.getByLabel("Restore from backup").setInputFiles(backup);
    await expect(
      a.getByRole("dialog", { name: "Replace your answers with the backup?" }),
    ).toBeVisible();
  });
});

test.describe("an older tab under a newer version's save", () => {
  test("stops writing, says so and offers to reload", async ({ context, page }) => {
    await openStep(page, "about-you");
    const name = page.getByRole("textbox", { name: "Your name" });
    await name.fill("Typed in the older tab");
    await waitForSaved(page, "Typed in the older tab");

    // A newer version of the app, in another tab, saves in a shape this one cannot read.
    const newer = JSON.stringify({ version: 99, state: { everything: "reshaped" } });
    const other = await context.newPage();
    await other.goto("about:blank");
    await openStep(other, "about-you");
    await other.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
      PERSONAL_KEY,
      newer,
    ] as const);

    const alert = page.getByRole("alert").filter({ hasText: "newer version of the app" });
    await expect(alert).toContainText("This workbook was opened in a newer version of the app.");
    await expect(
      alert.getByRole("button", { name: "Reload to use the newer version" }),
    ).toBeVisible();
    await name.fill("Typed after the newer version saved");
    await page.getByRole("link", { name: /Why customer service matters/ }).click();
    await expect(h1(page)).toHaveText("Why customer service matters");
    const kept = await page.evaluate(() => Object.entries(localStorage));
    expect(Object.fromEntries(kept)[PERSONAL_KEY]).toBe(newer);
    expect(kept.filter(([k]) => k.includes(":unreadable-"))).toEqual([]);
  });
});

test.describe("long answers compared with the last session", () => {
  test("ten answers of 20,000 characters rewritten: the review step opens with the page free", async ({
    page,
  }) => {
    const ids = [
      "stoppedUsing",
      "wordOfMouth",
      "testimonials",
      "customersLike",
      "customersLookingFor",
      "othersInterested",
      "useResearch",
      "putRight",
      "sayThankYou",
      "checkBack",
    ];
    const words = (seed: string) =>
      Array.from({ length: 4000 }, (_, i) => `${seed}${(i * 7919) % 1000}`)
        .join(" ")
        .slice(0, 20_000);
    await openStep(page, "about-you");
    await page.evaluate(
      ([key, snapKey, list, then]) => {
        const answers = (seed: string) => Object.fromEntries(list.map((id) => [id, seed]));
        localStorage.setItem(
          snapKey,
          JSON.stringify([{ id: "lastTime", takenAt: then, answers: answers("before") }]),
        );
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 4,
            state: {
              answers: answers("now"),
              stamps: {},
              removed: {},
              removals: [],
              lastStepId: "about-you",
              savedAt: null,
              startedAt: null,
              backedUpAt: null,
              remindedAt: null,
              workbookId: null,
            },
          }),
        );
      },
      [PERSONAL_KEY, snapshotsKey(PERSONAL_KEY), ids, Date.now() - 7 * DAY] as const,
    );
    // The long texts themselves, different throughout, put in place of the seeds.
    await page.evaluate(
      ([key, snapKey, before, now]) => {
        const swap = (k: string, from: string, to: string) =>
          localStorage.setItem(
            k,
            localStorage.getItem(k)!.replaceAll(`"${from}"`, JSON.stringify(to)),
          );
        swap(snapKey, "before", before);
        swap(key, "now", now);
      },
      [PERSONAL_KEY, snapshotsKey(PERSONAL_KEY), words("old"), words("new")] as const,
    );
    await page.reload();
    await appStarted(page);
    const busy = await longestBusy(page, async () => {
      await page.getByRole("link", { name: /Review and download/ }).click();
      await expect(page.getByText("10 questions changed", { exact: false })).toBeVisible();
    });
    test.info().annotations.push({ type: "longest main-thread task (ms)", description: `${busy}` });
    expect(busy).toBeLessThan(RESPONSIVE_MS);
    await expect(page.getByText("Too long to compare word by word here").first()).toBeVisible();
  });
});

test.describe("session copies", () => {
  test("six dated in the future (a wrong clock) never push out the one a new PDF takes", async ({
    page,
  }) => {
    await openStep(page, "about-you");
    await page.getByRole("textbox", { name: "Your name" }).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");
    const future = Array.from({ length: 6 }, (_, i) => ({
      id: `future${i}`,
      takenAt: Date.UTC(2031, 0, i + 1),
      answers: { yourName: "Amira" },
    }));
    await page.evaluate(([key, list]) => localStorage.setItem(key, JSON.stringify(list)), [
      snapshotsKey(PERSONAL_KEY),
      future,
    ] as const);
    await openStep(page, "review");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    await downloading;
    const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" }).format(
      new Date(),
    );
    await expect(page.getByRole("combobox", { name: "Compare with" })).toContainText(
      `Taken to your session on ${today}`,
    );
  });

  test("one a PDF could not keep (storage full) is said so", async ({ context, page }) => {
    await context.addInitScript((suffix) => {
      // Storage full for the session copies alone: the answers still save.
      const { setItem } = Storage.prototype as {
        setItem: (this: Storage, k: string, v: string) => void;
      };
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.endsWith(suffix))
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        setItem.call(this, key, value);
      };
    }, ":snapshots");
    await openStep(page, "review");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    await downloading;
    await expect(page.getByRole("alert")).toContainText(
      "Your PDF is made, but this browser's storage is full",
    );
  });
});

test.describe("a link", () => {
  test("that would inflate past what a workbook holds says so, not that it was cut short", async ({
    page,
  }) => {
    const packed = deflateSync(Buffer.alloc(8 * 1024 * 1024, 32), { level: 9 })
      .subarray(2, -4) // zlib's header and checksum off: the link holds raw deflate.
      .toString("base64url");
    await page.goto(`/#answers=${packed}`);
    const dialog = page.getByRole("dialog", { name: "Answers shared with you in a link" });
    await expect(dialog.getByRole("alert")).toContainText("more than a workbook can hold");
    await expect(dialog.getByRole("alert")).not.toContainText("cut short");
  });

  test("opened in the class workbook says it would change the class workbook", async ({ page }) => {
    const link = await makeLink(page, "Amira Khan");
    await page.goto(`/?workbook=class${new URL(link).hash}`);
    const dialog = page.getByRole("dialog", { name: "Answers shared with you in a link" });
    await expect(dialog).toContainText("The class workbook is open");
    await expect(dialog.getByRole("button", { name: "Add to the class workbook" })).toBeVisible();
  });
});
