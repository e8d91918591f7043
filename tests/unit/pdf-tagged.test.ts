// @vitest-environment node
/**
 * The PDF as assistive technology reads it: its structure tree through poppler
 * (`pdfinfo -struct-text`) and pdf.js (getStructTree, as Firefox gives it to a screen reader),
 * every page's marked content, and right-to-left answers read back as they were typed.
 */
import { execFileSync } from "node:child_process";
import { exampleAnswers } from "../../src/content/examples";
import { withDefaults } from "../../src/content/kinds";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { pdfInfo, toPdfBlocks, type PdfBlock } from "../../src/pdf/pdf-blocks";
import { withCoachFeedback, type CoachFeedback } from "../../src/pdf/coach-comments";
import { writePdf } from "../../src/pdf/write-pdf";
import { edgeAnswers, hugeAnswers, languageSamples, workbookIn } from "../fixtures/pdf-answers";
import {
  checkMarkedContent,
  elementsOf,
  flatten,
  kidsOf,
  pagesAndParentTree,
  pdfJsStructure,
  pdfJsText,
  structTree,
  textOf,
  type StructElement,
} from "../fixtures/pdf-structure";
import {
  answerTexts,
  asReadBack,
  cutFonts,
  expectInOrder,
  pdfInfoOf,
  pdfText,
  savePdf,
  squash,
} from "../fixtures/pdf-tools";
import { englishWords } from "../fixtures/english";

const { fonts, printable } = await cutFonts();
const date = new Date(2025, 10, 22);

async function makePdf(answers: Answers, name: string, feedback?: CoachFeedback) {
  const blocks = withCoachFeedback(
    englishWords,
    toPdfBlocks(englishWords, answers, date),
    feedback,
  );
  const info = pdfInfo(englishWords, answers, date);
  const bytes = await writePdf(blocks, info, fonts, printable, { backup: JSON.stringify(answers) });
  return { path: savePdf(bytes, `${name}.pdf`), blocks, info };
}

const example = await makePdf(exampleAnswers(workbook), "tagged-example");

type Field = Extract<PdfBlock, { type: "field" }>;
const fields = (blocks: PdfBlock[]) => blocks.filter((b): b is Field => b.type === "field");
const ofType = <T extends Field["answer"]["type"]>(blocks: PdfBlock[], type: T) =>
  fields(blocks).flatMap((b) =>
    b.answer.type === type ? [b.answer as Extract<Field["answer"], { type: T }>] : [],
  );

/** Arabic letter forms as letters, and the marks pdftotext puts around right-to-left words gone. */
const typed = (text: string) => squash(text.normalize("NFKC").replace(/[\u200e\u200f]/g, ""));

describe("the tagged PDF", () => {
  test("is tagged PDF 1.7 that qpdf finds sound, with a title for the viewer", () => {
    const info = pdfInfoOf(example.path);
    expect(info.Tagged).toBe("yes");
    expect(info["PDF version"]).toBe("1.7");
    expect(info["Metadata Stream"]).toBe("yes");
    expect(execFileSync("qpdf", ["--check", example.path], { encoding: "utf8" })).toContain(
      "No syntax or stream encoding errors",
    );
    const xmp = execFileSync("pdfinfo", ["-meta", example.path], { encoding: "utf8" });
    expect(xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(xmp).toContain("Keeping customers: Bloom &amp; Crumb</rdf:li>");
  });

  test("the structure holds every answer in the order of the screen, and no page furniture", () => {
    const tree = structTree(example.path);
    const sections = kidsOf(tree);
    expect(sections.every((s) => s.type === "Sect")).toBe(true);
    // The cover, then each printed step, then the notes page, each headed by one H1.
    const steps = example.blocks.filter((b) => b.type === "step");
    expect(sections.map((s) => textOf(kidsOf(s)[0]!))).toEqual([
      "Keeping customers",
      ...steps.map((s) => `Step ${s.number} ${s.title}`),
      "Notes from the coaching session",
    ]);
    const reading = squash(textOf(tree));
    expectInOrder(reading, answerTexts(example.blocks));
    // Each question is a heading of its own.
    expect(elementsOf(tree, "H2").map(textOf)).toEqual(
      expect.arrayContaining(fields(example.blocks).map((f) => f.label)),
    );
    // Nothing a page repeats or draws for the look: no footer, no "(continued)", each table's
    // header row once.
    expect(reading).not.toMatch(/Page \d+ of \d+/);
    expect(reading).not.toContain("(continued)");
    expect(reading).not.toContain("Amira Khan · Bloom & Crumb");
    expect(reading.split("What good customer service looks like there").length).toBe(2);
  });

  test("tables have a header cell per column and the typed cells, row by row", () => {
    const tables = elementsOf(structTree(example.path), "Table");
    const cells = (row: StructElement) =>
      kidsOf(row).map((cell) => [cell.type, squash(textOf(cell))]);
    // The cover's progress comes first; then each answer table and the scorecard, in order.
    const answers = fields(example.blocks).flatMap(({ answer }) =>
      answer.type === "table"
        ? [answer]
        : answer.type === "scorecard"
          ? [
              {
                headings: [...answer.headings, answer.chartTitle],
                rows: answer.rows.map((row, r) => [...row, answer.scores[r]?.text ?? ""]),
              },
            ]
          : [],
    );
    expect(tables.length).toBe(answers.length + 1);
    answers.forEach((answer, t) => {
      const [head, ...rows] = kidsOf(tables[t + 1]!);
      expect(cells(head!)).toEqual(answer.headings.map((h) => ["TH", squash(h)]));
      expect(
        head!.content.every(
          (th) => typeof th !== "string" && th.attributes.includes("/Scope /Column"),
        ),
      ).toBe(true);
      expect(rows.map(cells)).toEqual(
        answer.rows.map((row) => row.map((cell) => ["TD", squash(cell)])),
      );
    });
    const progress = kidsOf(tables[0]!);
    expect(cells(progress[0]!)).toEqual([
      ["TH", "Step"],
      ["TH", "Answered"],
    ]);
    expect(cells(progress[1]!)).toEqual([
      ["TD", "1 About you"],
      ["TD", "All answered"],
    ]);
  });

  test("lists and checklists: an item each, a checklist's answer read after its item", () => {
    const lists = elementsOf(structTree(example.path), "L");
    const expected = fields(example.blocks).flatMap((b) =>
      b.answer.type === "list" || b.answer.type === "checklist" ? [b.answer] : [],
    );
    expect(lists.length).toBe(expected.length);
    expected.forEach((answer, i) => {
      const items = kidsOf(lists[i]!);
      expect(items.every((item) => item.type === "LI")).toBe(true);
      if (answer.type === "list") {
        expect(lists[i]!.attributes).toContain("/ListNumbering /Disc");
        expect(items.map((item) => kidsOf(item).map((k) => k.type))).toEqual(
          answer.items.map(() => ["Lbl", "LBody"]),
        );
        expect(items.map((item) => squash(textOf(kidsOf(item)[1]!)))).toEqual(answer.items);
        return;
      }
      answer.items.forEach((item, j) => {
        const parts = kidsOf(kidsOf(items[j]!)[0]!).map((p) => squash(textOf(p)));
        expect(parts[0]).toBe(item.text);
        expect(parts[1]).toBe(item.statusText || answer.options.join(""));
        if (item.note) expect(parts.at(-1)).toBe(`${answer.noteLabel} ${item.note}`);
      });
    });
  });

  test("pdf.js reads the headings, tables, lists and the chart's words, and no footer", async () => {
    const pages = await pdfJsStructure(example.path);
    const nodes = pages.flatMap(flatten);
    const headings = nodes.filter((n) => n.role === "H1").map((n) => squash(pdfJsText(n)));
    for (const step of example.blocks.filter((b) => b.type === "step"))
      expect(headings).toContain(`Step ${step.number} ${step.title}`);
    const [scorecard] = ofType(example.blocks, "scorecard");
    const figures = nodes.filter((n) => n.role === "Figure");
    expect(figures.map((f) => f.alt)).toEqual([scorecard!.chartAlt]);
    expect(scorecard!.chartAlt).toBe(
      "Recommend score by month: January +40, February +48, March +58.",
    );
    const th = nodes.filter((n) => n.role === "TH").map((n) => squash(pdfJsText(n)));
    expect(th).toContain("Customer contact point");
    expect(nodes.filter((n) => n.role === "TD").map((n) => squash(pdfJsText(n)))).toContain(
      "Prices and allergy information are easy to find. Messages answered the same day.",
    );
    expect(nodes.filter((n) => n.role === "LI").length).toBeGreaterThan(20);
    const everything = pages.map(pdfJsText).join(" ");
    expect(everything).not.toMatch(/Page \d+ of/);
    expect(everything).not.toContain("(continued)");
  });

  // The example; right to left in every kind of field; a 60-row table over pages (rows split,
  // header rows repeated); an empty workbook (boxes, lines and rows for the pen); coach comments.
  const feedback: CoachFeedback = {
    coachName: "Jo Carter",
    madeAt: date,
    comments: { stoppedUsing: "Good.\n\nNow ask why.", contactPoints: "Add email." },
    actions: [
      { id: "a", action: "Ring every late order", byWhen: "End of May", who: "client" },
      { id: "b", action: "Send a testimonial template", byWhen: "1 June", who: "coach" },
    ],
  };
  test.each([
    ["example", () => exampleAnswers(workbook)],
    ["edge", edgeAnswers],
    ["arabic", () => workbookIn("arabic")],
    ["huge", hugeAnswers],
    ["empty", () => withDefaults(workbook)],
    ["coach", () => exampleAnswers(workbook)],
  ])(
    "%s: everything painted is marked content in the parent tree, or an artifact",
    async (name, answers) => {
      const pdf =
        name === "example"
          ? example
          : await makePdf(answers(), `marked-${name}`, name === "coach" ? feedback : undefined);
      const { pages, parentTree, isElement } = pagesAndParentTree(pdf.path);
      expect(pages.length).toBe(Number(pdfInfoOf(pdf.path).Pages));
      pages.forEach(({ key, contents }, i) => {
        const { problems, mcids } = checkMarkedContent(contents);
        expect(problems, `page ${i + 1}`).toEqual([]);
        const parents = parentTree.get(key)!;
        expect(
          [...mcids].sort((a, b) => a - b),
          `page ${i + 1}`,
        ).toEqual(parents.map((_, m) => m));
        expect(parents.every(isElement)).toBe(true);
      });
    },
  );
});

describe("the coach's page", () => {
  test("a section after the cover: its heading, who sent it, the comments as a list, the actions as a table", async () => {
    const pdf = await makePdf(exampleAnswers(workbook), "tagged-coach", {
      coachName: "Jo Carter",
      madeAt: date,
      comments: { stoppedUsing: "Good.\n\nNow ask why.", contactPoints: "Add email." },
      actions: [{ id: "a", action: "Ring every late order", byWhen: "End of May", who: "both" }],
    });
    const sections = kidsOf(structTree(pdf.path));
    const coach = sections[1]!;
    expect(coach.type).toBe("Sect");
    expect(kidsOf(coach).map((k) => k.type)).toEqual(["H1", "P", "H2", "L", "H2", "Table"]);
    const [h1, intro, comments, list, actions, table] = kidsOf(coach);
    expect(squash(textOf(h1!))).toBe("From your coach");
    expect(squash(textOf(intro!))).toMatch(
      /^Jo Carter, your coach, sent this feedback on 22 November 2025/,
    );
    expect([comments, actions].map((h) => squash(textOf(h!)))).toEqual([
      "Comments",
      "Agreed actions",
    ]);
    expect(list!.attributes).toContain("/ListNumbering /Disc");
    expect(
      kidsOf(list!).map((li) => [
        li.type,
        ...kidsOf(li).map((k) => [k.type, kidsOf(k).map((p) => squash(textOf(p)))]),
      ]),
    ).toEqual([
      [
        "LI",
        ["Lbl", []],
        [
          "LBody",
          [expect.stringMatching(/^Step 2: Think of a time/) as string, "Good.", "Now ask why."],
        ],
      ],
      ["LI", ["Lbl", []], ["LBody", ["Step 3: Contact points and good service", "Add email."]]],
    ]);
    const [head, row] = kidsOf(table!);
    expect(kidsOf(head!).map((c) => [c.type, squash(textOf(c))])).toEqual([
      ["TH", "Action"],
      ["TH", "By when"],
      ["TH", "Who"],
    ]);
    expect(kidsOf(row!).map((c) => [c.type, squash(textOf(c))])).toEqual([
      ["TD", "Ring every late order"],
      ["TD", "End of May"],
      ["TD", "You and your coach"],
    ]);
    // Its own bookmark, and the steps start on the page after it.
    const text = pdfText(pdf.path, { first: 2, last: 2 });
    expect(squash(text)).toContain("From your coach");
    expect(squash(text)).not.toContain("Why customer service matters");
  });
});

describe("right-to-left answers, as typed", () => {
  test.each(["arabic", "hebrew"] as const)(
    "a whole workbook in %s: the structure, pdf.js and pdftotext give the typed text",
    async (language) => {
      const answers = workbookIn(language);
      const pdf = await makePdf(answers, `workbook-${language}`);
      const sentences = languageSamples[language];
      // Every answer is one of the language's sentences or two; each paragraph reads as typed.
      const tree = structTree(pdf.path);
      const paragraphs = elementsOf(tree, "P").map((p) => typed(textOf(p)));
      for (const sentence of sentences) expect(paragraphs).toContain(typed(sentence));
      // In the order of the screen, with no letter pair swapped.
      const reading = typed(textOf(tree));
      let from = 0;
      for (const answer of answerTexts(pdf.blocks).filter((t) => /[\u0590-\u06ff]/.test(t))) {
        const at = reading.indexOf(typed(answer), from);
        expect(at, answer).toBeGreaterThanOrEqual(0);
        from = at + typed(answer).length;
      }

      // pdf.js gives each right-to-left run as a Span in its language, with its text as typed.
      const spans = (await pdfJsStructure(pdf.path))
        .flatMap(flatten)
        .filter((n) => n.role === "Span");
      expect(spans.length).toBeGreaterThan(50);
      expect(new Set(spans.map((s) => s.lang))).toEqual(
        new Set([language === "arabic" ? "ar" : "he"]),
      );
      const all = sentences.join(" ");
      for (const span of spans) expect(all).toContain(squash(span.alt!));

      // pdftotext reads each sentence as typed (poppler reads a lam-alef back to front).
      const text = typed(pdfText(pdf.path));
      for (const sentence of sentences) expect(text).toContain(asReadBack(typed(sentence)));
    },
  );

  test("numbers and Latin inside right-to-left text keep their place", async () => {
    const edge = await makePdf(edgeAnswers(), "edge-structure");
    const items = elementsOf(structTree(edge.path), "LBody").map((b) => typed(textOf(b)));
    expect(items).toContain(typed("עונים תוך 2 שעות"));
    expect(items).toContain(typed("Mixed: call 020 7946 0000 or اتصل بنا"));
  });
});
