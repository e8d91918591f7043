// The first-load budget: every file index.html asks for (the entry and the chunks it preloads,
// named in its inline script, which fetches them once the first screen is painted), read from
// the build so a new shared chunk can never slip past the limit (its addresses are relative,
// "./assets/…", since the build works under any path); and index.html itself, which holds the
// first screen and all of the CSS.
import { existsSync, readFileSync } from "node:fs";

const html = "dist/index.html";
if (!existsSync(html)) throw new Error("Build the app first: npx vite build");
const linked = [...readFileSync(html, "utf8").matchAll(/"\.?\/(assets\/[^"]+)"/g)].map(
  (m) => `dist/${m[1]}`,
);

export default [
  {
    name: "First-load JavaScript, React included",
    path: linked.filter((f) => f.endsWith(".js")),
    // Main's 87.5 kB, plus the 3 kB Part 2 (issue 15) was allowed for its step list and words,
    // plus 0.2 kB (issue 23) for what keeps the app up when something fails: the error
    // boundaries, a part that cannot load saying so with "Try again", caps that hold in merges,
    // plus 0.3 kB (issue 26) for the coach's feedback where people look: "Coach commented" in
    // the step list and the step's header, the comment under its question's label, "From your
    // coach" on action points. Their words, and reading the feedback, load only when there is
    // some; react-hook-form loads with the coach's agreed actions only. Plus 0.5 kB (issue 27,
    // which allowed 1.5 kB) for the workbook in five languages: the Language control, the
    // chosen language read before the first paint, the number, date and plural formats, numbers
    // read as each language writes them (decimal commas, Arabic digits); only English's
    // first-screen words are in the page, each language's words load when chosen.
    // Rolldown now keeps its small module helpers in a file of their own, preloaded with the app.
    limit: "91.5 kB",
    gzip: true,
  },
  {
    name: "The page itself: first screen and all CSS, inline",
    path: [html],
    limit: "12 kB",
    gzip: true,
  },
];
