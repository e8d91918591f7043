// npm run bench — builds the app, serves the build on 127.0.0.1, drives the system Chromium and
// prints one JSON object of medians. Sizes come from the built files; timings from the browser;
// the mobile figures from Lighthouse (median of 3 runs, served with gzip).
// RUNS=7 LIGHTHOUSE_RUNS=5 npm run bench for more runs (at least 5 and 3).
// The PDF is timed against a peer in the same runs: the same questions and answers made into a
// PDF by SurveyJS (scripts/surveyjs-peer), timed the same way. BASELINE_DIST=<another build's
// dist> times that build's PDF in the same runs too, head to head (say, main's). The PDF in
// Arabic (its worked example, the workbook shown in Arabic, its script's font loaded on demand)
// is timed in the same runs too, against the English one.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build, createServer, preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { lighthouseRun } from "./lighthouse.mjs";
import { serveGzip } from "./serve-gzip.mjs";

const RUNS = Math.max(5, Number(process.env.RUNS ?? 5));
/** Lighthouse takes 6–8 s a run; the median of 3 is what the targets are set against. */
const LIGHTHOUSE_RUNS = Math.max(3, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const KEYSTROKES = 60;
const TABLE_ROWS = 200;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** First-load files are the ones index.html asks for; everything else loads on demand. */
function sizes() {
  const html = readFileSync("dist/index.html", "utf8");
  const linked = [...html.matchAll(/"\.?\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const firstJs = linked.filter((f) => f.endsWith(".js"));
  const allJs = readdirSync("dist/assets").filter((f) => f.endsWith(".js"));
  const sum = (files, fn) => files.reduce((n, f) => n + fn(join("dist", f)), 0);
  return {
    firstLoadJsBytes: sum(firstJs, (f) => statSync(f).size),
    firstLoadJsGzip: sum(firstJs, gz),
    // The page itself holds the first screen and all of the CSS, inline.
    pageBytes: statSync("dist/index.html").size,
    pageGzip: gz("dist/index.html"),
    totalJsGzip: sum(
      allJs.map((f) => `assets/${f}`),
      gz,
    ),
  };
}

/** The worked example, straight from the content, and the storage key it is saved under. */
async function fromSource() {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: "custom",
    logLevel: "silent",
  });
  try {
    const { workbook } = await vite.ssrLoadModule("/src/content/workbook.ts");
    const { exampleAnswers } = await vite.ssrLoadModule("/src/content/examples.ts");
    const { example: arabic } = await vite.ssrLoadModule("/src/content/words/ar/example.ts");
    const { more: arabicWords } = await vite.ssrLoadModule("/src/content/words/ar/more.ts");
    const { PERSONAL_KEY, LANGUAGE_KEY } = await vite.ssrLoadModule("/src/store/keys.ts");
    return {
      answers: exampleAnswers(workbook),
      arabicAnswers: exampleAnswers(workbook, arabic),
      arabicPdfButton: arabicWords.pdfDownload.download,
      STORAGE_KEY: PERSONAL_KEY,
      LANGUAGE_KEY,
    };
  } finally {
    await vite.close();
  }
}

const saved = (answers, lastStepId) =>
  JSON.stringify({ state: { answers, lastStepId }, version: 1 });

async function withPage(browser, seed, fn, language) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (seed) await context.addInitScript(([k, v]) => localStorage.setItem(k, v), seed);
  if (language) await context.addInitScript(([k, v]) => localStorage.setItem(k, v), language);
  const page = await context.newPage();
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

async function headingVisible(browser, url) {
  return withPage(browser, null, async (page) => {
    // Marks the first frame painted after the step's heading is in the page.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector("main h1")) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          window.__headingAt = performance.now();
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__headingAt !== undefined);
    return page.evaluate(() => window.__headingAt);
  });
}

/** The peer page, built from scripts/surveyjs-peer into node_modules/.cache, and served. */
async function servePeer() {
  const root = resolve("scripts/surveyjs-peer");
  const outDir = resolve("node_modules/.cache/surveyjs-peer");
  await build({ configFile: false, root, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return preview({
    configFile: false,
    root,
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0 },
    logLevel: "silent",
  });
}

/** Another build (BASELINE_DIST), served as the app's own is. */
const serveDist = (outDir) =>
  preview({
    build: { outDir: resolve(outDir) },
    preview: { host: "127.0.0.1", port: 0 },
    logLevel: "silent",
  });

const urlOf = (server) => server.resolvedUrls.local[0].replace(/\/$/, "");

async function pdfTimes(browser, url, answers, path = "/#/review", language) {
  const seed = [STORAGE_KEY, saved(answers, "review")];
  return withPage(
    browser,
    seed,
    async (page) => {
      await page.goto(`${url}${path}`);
      const button = page.getByRole("button", { name: language?.pdfButton ?? "Download PDF" });
      const times = [];
      let bytes = 0;
      for (let i = 0; i < 2; i++) {
        const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
        bytes = statSync(await download.path()).size;
        // The app measures from the button press to the finished file (code and fonts included).
        times.push(
          await page.evaluate(() => performance.getEntriesByName("pdf-made").at(-1).duration),
        );
      }
      return { first: times[0], repeat: times[1], bytes };
    },
    language && [LANGUAGE_KEY, language.code],
  );
}

async function typingLatency(browser, url) {
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => ({
    point: `Contact point ${i + 1}`,
    service: `What good service looks like at point ${i + 1}`,
  }));
  return withPage(
    browser,
    [STORAGE_KEY, saved({ contactPoints: rows }, "contact-points")],
    async (page) => {
      await page.goto(`${url}/#/contact-points`);
      const cell = page.getByRole("textbox", {
        name: `What good customer service looks like there, row ${TABLE_ROWS / 2}`,
      });
      await cell.click();
      await page.evaluate(() => {
        window.__latency = [];
        // From the key press to the frame after it is painted.
        document.addEventListener(
          "keydown",
          (event) => {
            const start = event.timeStamp;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => window.__latency.push(performance.now() - start);
              channel.port2.postMessage(null);
            });
          },
          true,
        );
      });
      for (let i = 0; i < KEYSTROKES; i++) {
        await page.keyboard.press(i % 10 === 9 ? "Space" : "KeyA");
        await page.waitForTimeout(25);
      }
      await page.waitForTimeout(500);
      return page.evaluate(() => window.__latency);
    },
  );
}

/** Lighthouse's mobile profile on the build served with gzip: medians, and the spread. */
async function lighthouseMedians() {
  const site = await serveGzip("dist");
  try {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseRun(`${site.url}/`));
    const offHost = runs.flatMap((r) => r.offHost);
    if (offHost.length > 0) throw new Error(`Requests to other hosts: ${offHost.join(" ")}`);
    const m = (key) => round(median(runs.map((r) => r[key])), 0);
    return {
      lighthouseRuns: runs.length,
      mobileFcpMs: m("fcp"),
      mobileLcpMs: m("lcp"),
      mobileTbtMs: m("tbt"),
      mobileSpeedIndexMs: m("speedIndex"),
      mobilePerformanceScore: m("score"),
      mobileScores: runs.map((r) => r.score),
      // How fast Lighthouse found this machine at the time; lower means busier, slower runs.
      benchmarkIndex: m("benchmarkIndex"),
    };
  } finally {
    await site.close();
  }
}

const { answers, arabicAnswers, arabicPdfButton, STORAGE_KEY, LANGUAGE_KEY } = await fromSource();
const ARABIC = { code: "ar", pdfButton: arabicPdfButton };
const mobile = await lighthouseMedians();
const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "silent" });
const url = urlOf(server);
const peer = await servePeer();
const baseline = process.env.BASELINE_DIST ? await serveDist(process.env.BASELINE_DIST) : null;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  headless: true,
});
try {
  const heading = [];
  const pdfFirst = [];
  const pdfRepeat = [];
  const pdfBytes = [];
  const keys = [];
  const peerRuns = [];
  const baselineRuns = [];
  const arabicRuns = [];
  for (let run = 0; run < RUNS; run++) {
    heading.push(await headingVisible(browser, url));
    const pdf = await pdfTimes(browser, url, answers);
    pdfFirst.push(pdf.first);
    pdfRepeat.push(pdf.repeat);
    pdfBytes.push(pdf.bytes);
    // The peer and any baseline straight after, so all three meet the machine alike.
    peerRuns.push(await pdfTimes(browser, urlOf(peer), answers, "/"));
    if (baseline) baselineRuns.push(await pdfTimes(browser, urlOf(baseline), answers));
    arabicRuns.push(await pdfTimes(browser, url, arabicAnswers, "/#/review", ARABIC));
    keys.push(...(await typingLatency(browser, url)));
  }
  const medianOf = (runs, key) =>
    runs.length ? round(median(runs.map((r) => r[key]))) : undefined;
  const peerFirst = medianOf(peerRuns, "first");
  const result = {
    runs: RUNS,
    ...sizes(),
    ...mobile,
    headingVisibleMs: round(median(heading)),
    pdfFirstMs: round(median(pdfFirst)),
    pdfRepeatMs: round(median(pdfRepeat)),
    pdfBytes: median(pdfBytes),
    peerPdfFirstMs: peerFirst,
    peerPdfRepeatMs: medianOf(peerRuns, "repeat"),
    peerPdfBytes: medianOf(peerRuns, "bytes"),
    // The first PDF's time as a share of the peer's, run by run, then the median.
    pdfFirstOfPeer: round(median(pdfFirst.map((ms, i) => ms / peerRuns[i].first)), 2),
    arabicPdfFirstMs: medianOf(arabicRuns, "first"),
    arabicPdfRepeatMs: medianOf(arabicRuns, "repeat"),
    arabicPdfBytes: medianOf(arabicRuns, "bytes"),
    // The first Arabic PDF's time as a share of the English one's, run by run, then the median.
    arabicPdfFirstOfEnglish: round(median(arabicRuns.map((r, i) => r.first / pdfFirst[i])), 2),
    ...(baseline && {
      baselinePdfFirstMs: medianOf(baselineRuns, "first"),
      baselinePdfRepeatMs: medianOf(baselineRuns, "repeat"),
      baselinePdfBytes: medianOf(baselineRuns, "bytes"),
    }),
    keystrokeMedianMs: round(median(keys)),
    keystrokeP95Ms: round(percentile(keys, 95)),
    keystrokes: keys.length,
    tableRows: TABLE_ROWS,
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
  await peer.close();
  await baseline?.close();
}
