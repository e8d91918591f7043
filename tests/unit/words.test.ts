/**
 * Every language the workbook is offered in has every entry of the English words, every plural
 * form its language needs (as the browser's Intl.PluralRules has them) and the same
 * {placeholders} as the English; the worked example has the English one's shape. TypeScript
 * checks the entries already (catalogue.ts, WordsOf); this checks what types cannot.
 */
import { readdirSync } from "node:fs";
import {
  placeholdersOf,
  type LanguageCode,
  type PluralCategory,
} from "../../src/content/catalogue";
import { LANGUAGES, OFFERED } from "../../src/content/languages";

type Tree = { [key: string]: Tree } | string | number | boolean | null | readonly Tree[];
type Files = { workbook: Tree; example: Tree; screen: Tree; more: Tree };

const FILES = ["workbook", "example", "screen", "more"] as const;

async function wordsOf(code: LanguageCode): Promise<Files> {
  const read = async (file: (typeof FILES)[number]) =>
    ((await import(`../../src/content/words/${code}/${file}.ts`)) as Record<string, Tree>)[file]!;
  const [workbook, example, screen, more] = await Promise.all(FILES.map(read));
  return { workbook: workbook!, example: example!, screen: screen!, more: more! };
}

const isPlural = (value: Tree): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && "other" in value;

/** Every message in a tree, by its path: "nav.overall.one" → "{answered} of {count} …". */
function messages(tree: Tree, path = ""): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: Tree, at: string) => {
    if (typeof value === "string") found.set(at, value);
    else if (Array.isArray(value)) value.forEach((v: Tree, i: number) => walk(v, `${at}[${i}]`));
    else if (value && typeof value === "object")
      for (const [key, v] of Object.entries(value)) walk(v, at ? `${at}.${key}` : key);
  };
  walk(tree, path);
  return found;
}

/** The paths of every plural message in a tree. */
function plurals(tree: Tree, at = ""): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  const walk = (value: Tree, path: string) => {
    if (isPlural(value)) found.set(path, value);
    else if (Array.isArray(value)) value.forEach((v: Tree, i: number) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === "object")
      for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
  };
  walk(tree, at);
  return found;
}

/** The shape of a tree: its keys and list lengths, each plural message as one leaf. */
function shapeOf(tree: Tree): unknown {
  if (isPlural(tree)) return "plural";
  if (Array.isArray(tree)) return tree.map((v: Tree) => shapeOf(v));
  if (tree && typeof tree === "object")
    return Object.fromEntries(
      Object.entries(tree)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v)]),
    );
  return typeof tree;
}

const english = await wordsOf("en");

describe("every language's words", () => {
  it("are offered only where all four files are written", () => {
    const written = readdirSync(new URL("../../src/content/words", import.meta.url));
    for (const code of OFFERED) expect(written).toContain(code);
    expect(OFFERED[0]).toBe("en");
  });

  describe.each(OFFERED.filter((code) => code !== "en"))("%s", (code) => {
    const pluralRules = new Intl.PluralRules(LANGUAGES[code].tag);
    const needed = pluralRules.resolvedOptions().pluralCategories as PluralCategory[];

    it.each(FILES)("%s has every entry of the English, and no other", async (file) => {
      const words = await wordsOf(code);
      expect(shapeOf(words[file])).toEqual(shapeOf(english[file]));
    });

    it.each(FILES)("%s keeps each message's {placeholders}", async (file) => {
      const words = messages((await wordsOf(code))[file]);
      for (const [path, text] of messages(english[file])) {
        // A plural form is checked against the English "other": "{count}" may go unsaid in a
        // form for one number ("one" in Polish), but nothing else may be lost or added.
        const plural = /\.(zero|one|two|few|many|other)$/.exec(path);
        const base = plural ? path.replace(/\.\w+$/, ".other") : path;
        const expected = new Set(placeholdersOf(messages(english[file]).get(base) ?? text));
        const forms = plural
          ? [...words].filter(([p]) => p.startsWith(path.replace(/\.\w+$/, ".")))
          : [[path, words.get(path)] as const];
        for (const [at, translated] of forms) {
          const has = new Set(placeholdersOf(translated ?? ""));
          const extra = [...has].filter((name) => !expected.has(name));
          expect(extra, `${code} ${file} ${at}`).toEqual([]);
          const lost = [...expected].filter((name) => !has.has(name) && name !== "count");
          expect(lost, `${code} ${file} ${at}`).toEqual([]);
        }
      }
    });

    it("gives every plural message each form the language has", async () => {
      const words = await wordsOf(code);
      for (const file of ["screen", "more"] as const)
        for (const [path, forms] of plurals(words[file]))
          expect(Object.keys(forms).sort(), `${code} ${file} ${path}`).toEqual([...needed].sort());
    });
  });

  it("English gives each of its plural messages its two forms, one and other", () => {
    for (const file of ["screen", "more"] as const)
      for (const [path, forms] of plurals(english[file]))
        expect(Object.keys(forms).sort(), path).toEqual(["one", "other"]);
  });
});
