// The first-load budget: every file index.html asks for (the entry and the chunks it preloads),
// read from the build so a new shared chunk can never slip past the limit.
import { existsSync, readFileSync } from "node:fs";

const html = "dist/index.html";
if (!existsSync(html)) throw new Error("Build the app first: npx vite build");
const linked = [...readFileSync(html, "utf8").matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map(
  (m) => `dist/${m[1]}`,
);

export default [
  {
    name: "First-load JavaScript, React included",
    path: linked.filter((f) => f.endsWith(".js")),
    limit: "100 kB",
    gzip: true,
  },
  {
    name: "First-load CSS",
    path: linked.filter((f) => f.endsWith(".css")),
    limit: "10 kB",
    gzip: true,
  },
];
