import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { built, test } from "./fixtures";

/**
 * The same build, served as a host serves a site under a sub-path: /keeping-customers/ holds
 * dist/, and nothing else is there. Every request is noted, to show none left the folder.
 */
export const PREFIX = "/keeping-customers/";

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".webmanifest": "application/manifest+json",
};

export const withSubPath = test.extend<{ site: { url: string; requested: string[] } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from here: none.
  site: async ({}, use) => {
    const requested: string[] = [];
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      requested.push(path);
      const inside = normalize(path.slice(PREFIX.length));
      const file = inside === "." || inside === "" ? "index.html" : inside;
      try {
        if (!path.startsWith(PREFIX) || inside.startsWith("..")) throw new Error("Not here");
        const body = readFileSync(join(built(), file));
        res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    await use({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requested });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  },
});
