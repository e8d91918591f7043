import { readdirSync, statSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page, Request } from "@playwright/test";
import { exampleAnswers } from "../../src/content/examples";
import { workbook } from "../../src/content/workbook";
import { PERSONAL_KEY } from "../../src/store/keys";
import { asReadBack, pdfInfoOf, pdfText } from "../fixtures/pdf-tools";
import { appStarted } from "./fill-workbook";
import { built, expect, keep, test } from "./fixtures";

/** Every request the page makes, from the moment it opens. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

async function openStep(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Workbook steps" })
    .getByRole("link", { name: title })
    .click();
  await expect(page.locator("main h1")).toHaveText(title);
}

/** Clicks "Download PDF" (and "Download anyway" if asked), keeps the file, times it. */
async function downloadPdf(page: Page, options: { anyway?: boolean } = {}) {
  const started = Date.now();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  if (options.anyway) await page.getByRole("button", { name: "Download anyway" }).click();
  const file = await download;
  const ms = Date.now() - started;
  return { path: await keep(file), name: file.suggestedFilename(), ms };
}

/** How many PDFs the page has made: it measures each, from the press to the finished file. */
const pdfsMade = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName("pdf-made").length);

/** A saved workbook (the first saved format, which the app migrates) for every page opened. */
async function seed(context: BrowserContext, answers: Record<string, unknown>) {
  const saved = JSON.stringify({ version: 1, state: { answers, lastStepId: "review" } });
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [PERSONAL_KEY, saved],
  );
}

/** Presses "Download PDF" and waits for it to say the PDF could not be made. */
async function pressAndFail(page: Page) {
  await page.getByRole("button", { name: "Download PDF" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Sorry, your PDF could not be made. Your answers are still saved on this device.",
  );
}

const isPdfCode = (url: string) =>
  /\/assets\/(make-pdf|pdf-worker|jspdf)[^/]*\.js$|\.(ttf|zlib)$/i.test(url);

test.describe("Download PDF", () => {
  test("the build leaves out jsPDF's optional html2canvas, canvg and dompurify", () => {
    const assets = readdirSync(built("assets"));
    expect(assets.filter((name) => /html2canvas|purify|canvg|^index\.es/i.test(name))).toEqual([]);
    // Both faces cut into six script groups (Arabic script from Noto Naskh Arabic, the rest
    // from DejaVu Sans); the core of Latin, which PDFs hold whole, comes compressed. And the
    // two faces of Noto Naskh Arabic whole, for a right-to-left page.
    expect(assets.filter((name) => name.endsWith(".ttf"))).toHaveLength(12);
    expect(assets.filter((name) => name.endsWith(".zlib"))).toHaveLength(2);
  });

  test("loads no PDF code before the click, then downloads a PDF with the answers typed", async ({
    page,
    baseURL,
  }) => {
    const requests = recordRequests(page);

    await page.goto("/#/about-you");
    await appStarted(page);
    await page.getByLabel("Your name").fill("Zoë Łukasiewicz");
    await page.getByLabel("Business name").fill("Café Ürün");

    await openStep(page, "Why customer service matters");
    await page
      .getByLabel("Think of a time you stopped using a business", { exact: false })
      .fill("Магазин потерял мой заказ.\n\nخدمة العملاء الجيدة تجعل الزبائن يعودون");

    await openStep(page, "Your customer contact points");
    await page.getByRole("button", { name: "Add contact point" }).click();
    await page.getByLabel("Customer contact point, row 1").fill("Market stall in İzmir");
    await page
      .getByLabel("What good customer service looks like there, row 1")
      .fill("Smile, say hello, offer a taste.");

    await openStep(page, "Review and download");
    await expect(page).toHaveURL(/#\/review$/);

    // Nothing of the PDF (code or font) has been asked for yet, and nothing left this host.
    expect(requests.map((r) => r.url()).filter(isPdfCode)).toEqual([]);
    for (const request of requests) expect(request.url().startsWith(baseURL!)).toBe(true);
    const scripts = requests.filter((r) => r.resourceType() === "script");
    for (const script of scripts) {
      const body = (await (await script.response())?.text()) ?? "";
      expect(body, script.url()).not.toContain("jsPDF");
    }
    const before = requests.length;

    const pdf = await downloadPdf(page);
    console.info(`Browser: small workbook PDF made and downloaded in ${pdf.ms} ms`);

    const after = requests.slice(before).map((r) => r.url());
    expect(after.some((url) => /make-pdf[^/]*\.js$/.test(url))).toBe(true);
    expect(after.some((url) => /pdf-worker[^/]*\.js$/.test(url))).toBe(true);
    // Only the font groups these answers need: Latin, Cyrillic and Arabic, in both faces.
    const fonts = after
      .filter((url) => /\.(ttf|zlib)$/.test(url))
      .map(
        (url) =>
          /\/((?:DejaVuSans|NotoNaskhArabic)(?:-Bold|-Regular)?-\w+)-[\w-]+\.(?:ttf|zlib)$/.exec(
            url,
          )?.[1],
      )
      .sort();
    expect(fonts).toEqual([
      "DejaVuSans-Bold-greekCyrillic",
      "DejaVuSans-Bold-latin",
      "DejaVuSans-greekCyrillic",
      "DejaVuSans-latin",
      "NotoNaskhArabic-Bold-arabic",
      "NotoNaskhArabic-Regular-arabic",
    ]);
    for (const url of after) expect(url.startsWith(baseURL!)).toBe(true);

    expect(pdf.name).toMatch(/^keeping-customers-cafe-urun-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(pdf.path);
    const pages = Number(pdfInfoOf(pdf.path).Pages);
    expect(pdfText(pdf.path, { first: 1, last: 1 })).toContain(
      `Zoë Łukasiewicz · Café Ürün · Page 1 of ${pages}`,
    );
    expect(text).toContain("Магазин потерял мой заказ.");
    expect(text).toContain(asReadBack("خدمة العملاء الجيدة تجعل الزبائن يعودون"));
    expect(text).toContain("Market stall in İzmir");
    expect(text).toContain("Smile, say hello, offer a taste.");
    expect(text).toContain("Not answered yet");
    expect(text).toContain("Notes from the coaching session");
    expect(pdfInfoOf(pdf.path).Author).toBe("Zoë Łukasiewicz");
  });

  test("names the answers it cannot print before the download, and prints the rest", async ({
    page,
  }) => {
    await page.goto("/#/winning-customers");
    await appStarted(page);
    await page
      .getByLabel("What do customers like about you and your business?")
      .fill("The 🎂 and the 抹茶 cupcakes.");
    await openStep(page, "Review and download");

    await page.getByRole("button", { name: "Download PDF" }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("can’t be printed");
    await expect(
      alert.getByRole("link", {
        name: "Step 6: What do customers like about you and your business?",
      }),
    ).toHaveCount(1);

    const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/pdf-warning.png`,
        fullPage: true,
      });

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download anyway" }).click();
    const file = await download;
    const path = await keep(file);
    expect(file.suggestedFilename()).toMatch(/^keeping-customers-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdfText(path)).toContain("The \uFFFD and the \uFFFD\uFFFD cupcakes.");
  });

  test("the full worked example: size and time to make in Chromium", async ({ context, page }) => {
    // Start from a saved workbook holding the whole worked example.
    await seed(context, exampleAnswers(workbook));
    await page.goto("/#/review");
    await appStarted(page);

    // First click includes fetching jsPDF and the fonts; the second shows the warm cost.
    const cold = await downloadPdf(page);
    const warm = await downloadPdf(page);
    const size = statSync(warm.path).size;
    console.info(
      `Browser: full example PDF ${(size / 1024).toFixed(0)} KB; first click to download ${cold.ms} ms, again ${warm.ms} ms`,
    );
    expect(pdfText(cold.path)).toContain("Amira Khan · Bloom & Crumb · Page 1 of");
    expect(cold.name).toMatch(/^keeping-customers-bloom-crumb-/);
  });

  test("when the fonts cannot be fetched it says so, and the next press makes the PDF", async ({
    context,
    page,
  }) => {
    await seed(context, { yourName: "Amira Khan", businessName: "Bloom & Crumb" });
    // The Latin faces every PDF needs fail to arrive, as when offline before the app was kept.
    const latin = /-latin-[^/]*\.zlib$/;
    await page.route(latin, (route) => route.abort("internetdisconnected"));
    await page.goto("/#/review");
    await appStarted(page);

    await pressAndFail(page);

    await page.unroute(latin);
    const again = await downloadPdf(page);
    expect(pdfText(again.path)).toContain("Amira Khan · Bloom & Crumb · Page 1 of");
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("when the PDF code cannot load (offline) it says so, and works once back online", async ({
    context,
    page,
  }) => {
    await seed(context, { yourName: "Amira Khan", businessName: "Bloom & Crumb" });
    await page.goto("/#/review");
    await appStarted(page);
    await context.setOffline(true);
    await pressAndFail(page);

    await context.setOffline(false);
    const again = await downloadPdf(page);
    expect(pdfText(again.path)).toContain("Amira Khan · Bloom & Crumb · Page 1 of");
  });

  test("a font file that arrives damaged is fetched again on the next press", async ({
    context,
    page,
  }) => {
    await seed(context, {
      yourName: "Amira Khan",
      businessName: "Bloom & Crumb",
      stoppedUsing: "Καλή εξυπηρέτηση",
    });
    // The Greek and Cyrillic faces arrive whole but are not fonts.
    const greek = /-greekCyrillic-[^/]*\.ttf$/;
    await page.route(greek, (route) =>
      route.fulfill({ status: 200, body: "<html>Not a font</html>" }),
    );
    await page.goto("/#/review");
    await appStarted(page);
    await pressAndFail(page);

    await page.unroute(greek);
    const again = await downloadPdf(page);
    expect(pdfText(again.path)).toContain("Καλή εξυπηρέτηση");
  });

  test("holding Enter on the button makes one PDF", async ({ context, page }) => {
    await seed(context, { yourName: "Amira Khan", businessName: "Bloom & Crumb" });
    await page.goto("/#/review");
    await appStarted(page);
    const downloads: string[] = [];
    page.on("download", (download) => downloads.push(download.suggestedFilename()));
    await downloadPdf(page); // warm, so a repeat would have time to make another
    expect(await pdfsMade(page)).toBe(1);
    downloads.length = 0;

    const button = page.getByRole("button", { name: "Download PDF" });
    await button.focus();
    // The key goes down, and repeats while its PDF is made and after it is done.
    await page.keyboard.down("Enter");
    for (let i = 0; i < 6; i++) await page.keyboard.down("Enter"); // the key's own repeat
    await expect.poll(() => pdfsMade(page)).toBe(2);
    for (let i = 0; i < 6; i++) await page.keyboard.down("Enter");
    await page.keyboard.up("Enter");
    // Nothing is being made once the key is up: a repeat that had asked for a PDF would be.
    await expect(button).toHaveAttribute("aria-busy", "false");
    expect(await pdfsMade(page)).toBe(2);
    await expect(page.getByText(/^Downloaded /)).toHaveCount(1);
    await expect.poll(() => downloads.length).toBe(1);
  });

  test("a double click downloads one PDF", async ({ context, page }) => {
    await seed(context, { yourName: "Amira Khan", businessName: "Bloom & Crumb" });
    await page.goto("/#/review");
    await appStarted(page);
    const downloads: string[] = [];
    page.on("download", (download) => downloads.push(download.suggestedFilename()));

    const button = page.getByRole("button", { name: "Download PDF" });
    await button.dblclick();
    await expect.poll(() => downloads.length).toBe(1);
    // One more press, to be sure: the worker makes PDFs in the order asked, so had the double
    // click asked for a second, it would have been downloaded before this one.
    await button.click();
    await expect.poll(() => downloads.length).toBeGreaterThanOrEqual(2);
    await expect(page.getByText(/^Downloaded /)).toHaveCount(1);
    expect(downloads).toHaveLength(2);
    await expect(button).toHaveAttribute("aria-busy", "false");
    expect(await pdfsMade(page)).toBe(2);
  });

  test("a 150-row table's PDF is made while typing elsewhere still paints within 100 ms", async ({
    context,
    page,
  }) => {
    const rows = Array.from({ length: 150 }, (_, i) => ({
      point: `Contact point ${i + 1}: the market stall on Saturday mornings`,
      service: `Row ${i + 1}. Say hello, offer a taste, know the regulars by name, and write down what they ask for that we do not sell yet.`,
    }));
    await seed(context, { yourName: "Amira Khan", contactPoints: rows });
    await page.goto("/#/review");
    await appStarted(page);
    // The Latin faces every PDF needs are held back until keys have been pressed, so the typing
    // falls while the PDF is being made however quick or busy the machine is.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/-latin-[^/]*\.zlib$/, async (route) => {
      await released;
      await route.continue();
    });
    const download = page.waitForEvent("download");

    await page.getByRole("button", { name: "Download PDF" }).click();
    // Back to the first step while the PDF is made (by the hash, at once), and type there.
    await page.evaluate(() => (location.hash = "#/about-you"));
    const name = page.getByRole("textbox", { name: "Your name" });
    await name.click();
    await page.evaluate(() => {
      const w = window as unknown as { paints: { at: number; ms: number }[] };
      w.paints = [];
      // From the key press to the frame after it is painted, as in the benchmark.
      document.addEventListener(
        "keydown",
        (event) => {
          const at = event.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => w.paints.push({ at, ms: performance.now() - at });
            channel.port2.postMessage(null);
          });
        },
        true,
      );
    });
    const painted = () =>
      page.evaluate(() => (window as unknown as { paints: unknown[] }).paints.length);
    const made = () =>
      page.evaluate(() => {
        const entry = performance.getEntriesByName("pdf-made").at(-1);
        return entry ? { from: entry.startTime, to: entry.startTime + entry.duration } : null;
      });
    for (let i = 0; i < 5; i++) await page.keyboard.press("KeyA");
    await expect.poll(painted).toBe(5);
    expect(await made()).toBeNull();
    // Then the fonts arrive, and typing goes on while the worker writes the pages.
    release();
    while (!(await made())) await page.keyboard.press("KeyA");

    const pdf = await made();
    expect(pdf).not.toBeNull();
    const paints = await page.evaluate(
      () => (window as unknown as { paints: { at: number; ms: number }[] }).paints,
    );
    const whileMaking = paints.filter((p) => p.at >= pdf!.from && p.at <= pdf!.to);
    console.info(
      `Browser: 150-row PDF made in ${(pdf!.to - pdf!.from).toFixed(0)} ms; ${whileMaking.length} key presses meanwhile, slowest painted in ${Math.max(...whileMaking.map((p) => p.ms)).toFixed(1)} ms`,
    );
    expect(whileMaking.length).toBeGreaterThan(0);
    // The 100 ms promise is a timing, checked by the benchmark on a quiet machine, never in CI,
    // where other jobs share the cores.
    if (!process.env.CI) for (const paint of whileMaking) expect(paint.ms).toBeLessThanOrEqual(100);
    await expect(name).toHaveValue(/^Amira Khana+$/);

    const path = await keep(await download);
    expect(pdfText(path)).toContain("Row 150. Say hello");
  });
});
