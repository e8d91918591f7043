// Draws the app icons in public/ from public/favicon.svg with the system Chromium:
// node scripts/make-icons.mjs. Run again after changing the favicon; commit the PNGs.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

const favicon = readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8");
// The heart alone, on a full square: maskable icons are cropped to a circle (or any shape) by
// the system, which keeps only the middle 80%; iOS rounds the corners of its own accord.
const heart = favicon.match(/<path [^>]*\/>/)?.[0];
if (!heart) throw new Error("No <path> in public/favicon.svg");
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1f5f5b"/><g transform="translate(32 32) scale(0.72) translate(-32 -32)">${heart}</g></svg>`;

const icons = [
  { file: "pwa-192.png", size: 192, svg: favicon },
  { file: "pwa-512.png", size: 512, svg: favicon },
  { file: "maskable-512.png", size: 512, svg: fullBleed },
  { file: "apple-touch-icon.png", size: 180, svg: fullBleed },
];

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const { file, size, svg } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
  await page.screenshot({
    path: new URL(`../public/${file}`, import.meta.url).pathname,
    omitBackground: true,
  });
  await page.close();
  console.log("wrote public/" + file);
}
await browser.close();
