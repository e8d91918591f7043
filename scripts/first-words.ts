import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformWithOxc, type Plugin } from "vite";
import type { WorkbookWordsFor } from "../src/content/workbook-words.ts";

/**
 * Serves `virtual:first-words`: the English workbook's words that the first screen shows, picked
 * from src/content/words/en/workbook.ts on every build and dev start. The first load carries
 * these (about 1 KB gzip) instead of the whole workbook's words (about 5 KB): the title, the
 * welcome and the parts, every step's title for the step list, and the first step whole. The
 * rest of the English words load as a chunk of their own straight after the first screen, as
 * any other language's do (src/content/language.ts).
 */

const VIRTUAL = "virtual:first-words";
const RESOLVED = `\0${VIRTUAL}`;
const SOURCE = fileURLToPath(new URL("../src/content/words/en/workbook.ts", import.meta.url));

type Words = WorkbookWordsFor;

/** What the first screen shows of the workbook's words. */
export function firstScreenWords(words: Words): unknown {
  const [firstId] = Object.keys(words.steps) as (keyof Words["steps"])[];
  const steps = Object.fromEntries(
    Object.entries(words.steps).map(([id, step]) =>
      id === firstId ? [id, step] : [id, { title: step.title, shortTitle: step.shortTitle }],
    ),
  );
  return { ...words, steps };
}

/** The English words, read from their TypeScript source (it imports types only). */
async function englishWords(): Promise<Words> {
  const { code } = await transformWithOxc(readFileSync(SOURCE, "utf8"), SOURCE, {
    lang: "ts",
  });
  const url = `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`;
  return ((await import(url)) as { workbook: Words }).workbook;
}

export function firstWords(): Plugin {
  return {
    name: "first-words",
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(SOURCE);
      return `export const firstWords = ${JSON.stringify(firstScreenWords(await englishWords()))};`;
    },
  };
}
