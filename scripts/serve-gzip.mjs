// Serves a build the way a plain static host does: 127.0.0.1 only, gzip (level 9, kept in
// memory), hashed files under /assets/ cached for a year, everything else revalidated.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = /\.(html|js|css|json|webmanifest|svg|ttf)$/;

export async function serveGzip(dir) {
  const root = resolve(dir);
  const cache = new Map();
  const load = async (file) => {
    if (!cache.has(file)) {
      const raw = await readFile(file);
      cache.set(file, { raw, gz: COMPRESSIBLE.test(file) ? gzipSync(raw, { level: 9 }) : null });
    }
    return cache.get(file);
  };
  const find = async (path) => {
    const file = join(root, normalize(decodeURIComponent(path)));
    if (file !== root && !file.startsWith(root + sep)) return null;
    try {
      return (await stat(file)).isDirectory() ? join(file, "index.html") : file;
    } catch {
      return extname(file) ? null : join(root, "index.html");
    }
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = await find(path);
    if (!file) return res.writeHead(404).end();
    try {
      const { raw, gz } = await load(file);
      const zipped = gz && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      const body = zipped ? gz : raw;
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": path.startsWith("/assets/")
          ? "public, max-age=31536000, immutable"
          : "no-cache",
        vary: "accept-encoding",
        ...(zipped ? { "content-encoding": "gzip" } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
