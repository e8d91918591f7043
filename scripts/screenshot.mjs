// Screenshot a page of the running app: node scripts/screenshot.mjs URL OUT.png [width] [height] [fullPage 1|0]
// CLICK="Button name|Other button" clicks buttons (by accessible name) first.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
const [, , url, out, w = "1280", h = "900", full = "1"] = process.argv;
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on("console", (m) => console.log("console:", m.type(), m.text()));
p.on("pageerror", (e) => console.log("pageerror:", e.message));
await p.goto(url);
await p.waitForTimeout(400);
if (process.env.CLICK) {
  for (const n of process.env.CLICK.split("|"))
    await p.getByRole("button", { name: n }).first().click();
  await p.waitForTimeout(300);
}
await p.screenshot({ path: out, fullPage: full === "1" });
console.log("scrollWidth", await p.evaluate(() => document.documentElement.scrollWidth));
await b.close();
