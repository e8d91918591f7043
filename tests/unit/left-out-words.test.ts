import { speakerFor, type LanguageCode } from "../../src/content/catalogue";
import { LANGUAGES } from "../../src/content/languages";
import { workbookIn, type WorkbookWords } from "../../src/content/workbook-in";
import { leftOutText } from "../../src/features/backup/words";
import type { MoreWords, ScreenWords, Words } from "../../src/content/language";
import type { LeftOut } from "../../src/formats/problems";

/** A language's words as the app has them once all are loaded. */
async function wordsIn(code: LanguageCode): Promise<Words> {
  const file = async <T>(name: string) =>
    ((await import(`../../src/content/words/${code}/${name}.ts`)) as Record<string, T>)[name]!;
  const info = LANGUAGES[code];
  return {
    ...speakerFor(info.tag),
    info,
    screen: await file<ScreenWords>("screen"),
    workbook: workbookIn(await file<WorkbookWords>("workbook"), info.tag),
    more: await file<MoreWords>("more"),
    complete: true,
  };
}

describe("parts of a row a backup has and this workbook does not", () => {
  const parts = ["colour", "size", "price"];
  const item: LeftOut = { key: "rowParts", fieldId: "actions", row: 2, parts };

  it("are listed the English way", async () => {
    expect(leftOutText(item, await wordsIn("en"))).toBe(
      "“Action points”: parts of row 2 it does not have (colour, size and price)",
    );
  });

  it.each(["ar", "ur", "pl"] as const)("are listed the way %s lists things", async (code) => {
    const words = await wordsIn(code);
    const said = leftOutText(item, words);
    expect(said).toContain(new Intl.ListFormat(LANGUAGES[code].tag).format(parts));
    if (code !== "pl") expect(said).not.toContain(", ");
  });
});
