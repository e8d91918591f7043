// Lighthouse's mobile profile (its default: a mid-range phone's screen, simulated slow 4G and a
// 4x slower processor) against the system Chromium, a fresh profile each run, so every run is
// a first visit. Only 127.0.0.1 resolves: nothing can leave the machine.
// lighthouse 12 is the last line that runs on Node 20.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_PATH } from "./chromium.mjs";

const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--disable-domain-reliability",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** One Lighthouse run: the four timings, the score, and anything asked of another host. */
export async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
    chromeFlags: FLAGS,
  });
  try {
    const { lhr, artifacts } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      disableFullPageScreenshot: true,
      enableErrorReporting: false,
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const offHost = artifacts.DevtoolsLog.filter((e) => e.method === "Network.requestWillBeSent")
      .map((e) => e.params.request.url)
      .filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(u));
    const audit = (id) => lhr.audits[id].numericValue;
    return {
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      speedIndex: audit("speed-index"),
      score: Math.round(lhr.categories.performance.score * 100),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      offHost,
    };
  } finally {
    await chrome.kill();
  }
}
