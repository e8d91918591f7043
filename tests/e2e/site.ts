import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Page } from "@playwright/test";
import { built, expect, test } from "./fixtures";

/** Waits until the service worker has installed everything and controls the page. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/**
 * A copy of the build on a server of the test's own, so the test can publish a new version.
 * Requests for the service worker can be held, to decide when the browser may find an update.
 */
type Site = {
  url: string;
  /** Publishes a new version: a changed page, and a service worker that lists it afresh. */
  publish: (version: string) => void;
  /**
   * Publishes a new version as a real release does: every script gets a new name (a name
   * holds a hash of what is in it), and the old ones are gone.
   */
  deploy: (version: string) => void;
  /** Holds every request for the service worker until the returned function is called. */
  holdWorker: () => () => void;
};

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".webmanifest": "application/manifest+json",
};

/** The page's inline script, and its hash as the Content-Security-Policy allows it. */
const inlineScript = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
const allowed = (script: string) =>
  `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

/**
 * Files of the build that may name others: where a renamed file's name is changed too. The
 * page's inline script names the app's first files, so its hash in the policy changes with it.
 */
const namesOthers = (file: string) => /\.(html|js|webmanifest)$/.test(file);

export const withSite = test.extend<{ site: Site }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from here: none.
  site: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), "offline-update-"));
    cpSync(built(), root, { recursive: true });
    let workerHeld: Promise<void> = Promise.resolve();
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      const file = join(root, path === "/" ? "index.html" : path);
      void (path === "/sw.js" ? workerHeld : Promise.resolve()).then(() => {
        try {
          const body = readFileSync(file);
          res.writeHead(200, {
            "content-type": types[extname(file)] ?? "application/octet-stream",
            "cache-control": "no-cache",
          });
          res.end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const publish = (version: string) => {
      const html = readFileSync(join(root, "index.html"), "utf8");
      writeFileSync(
        join(root, "index.html"),
        html.replace("<head>", `<head><meta name="app-version" content="${version}">`),
      );
      const sw = readFileSync(join(root, "sw.js"), "utf8");
      writeFileSync(
        join(root, "sw.js"),
        sw.replace(/(url:"index\.html",revision:")[^"]+/, `$1version-${version}`),
      );
    };
    const deploy = (version: string) => {
      const assets = join(root, "assets");
      const moves = readdirSync(assets)
        .filter((file) => file.endsWith(".js"))
        .map((file) => [file, file.replace(/\.js$/, `-v${version}.js`)] as const);
      for (const [from, to] of moves) renameSync(join(assets, from), join(assets, to));
      for (const file of readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
        namesOthers,
      )) {
        const before = readFileSync(join(root, file), "utf8");
        let text = before;
        for (const [from, to] of moves) text = text.replaceAll(from, to);
        if (file.endsWith(".html"))
          text = text.replace(allowed(inlineScript(before)), allowed(inlineScript(text)));
        writeFileSync(join(root, file), text);
      }
      publish(version);
    };
    const holdWorker = () => {
      let release = () => {};
      workerHeld = new Promise((resolve) => (release = resolve));
      return release;
    };
    await use({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      publish,
      deploy,
      holdWorker,
    });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  },
});
