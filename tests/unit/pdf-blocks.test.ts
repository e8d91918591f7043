import fc from "fast-check";
import { allFields, withDefaults } from "../../src/content/kinds";
import { exampleAnswers } from "../../src/content/examples";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { coverFieldIds, pdfInfo, toPdfBlocks, type PdfBlock } from "../../src/pdf/pdf-blocks";
import { pdfFileName, slugify } from "../../src/pdf/pdf-file-name";
import { longAnswer, sixtyRows } from "../fixtures/pdf-answers";
import { englishWords } from "../fixtures/english";

const date = new Date(2025, 10, 22);

type FieldBlock = Extract<PdfBlock, { type: "field" }>;
const fieldBlocks = (blocks: PdfBlock[]) =>
  blocks.filter((b): b is FieldBlock => b.type === "field");
const cover = (blocks: PdfBlock[]) => {
  const first = blocks[0];
  if (first?.type !== "cover") throw new Error("The first block is not the cover");
  return first;
};

const printedFieldIds = allFields(workbook)
  .map((f) => f.id)
  .filter((id) => !Object.values<string>(coverFieldIds).includes(id));

describe("toPdfBlocks", () => {
  test("the cover's answers are fields of the workbook", () => {
    const ids = allFields(workbook).map((f) => f.id);
    for (const id of Object.values(coverFieldIds)) expect(ids).toContain(id);
  });

  test("an empty workbook prints every prompt as not answered yet", () => {
    const blocks = toPdfBlocks(englishWords, withDefaults(workbook), date);

    expect(blocks[0]?.type).toBe("cover");
    expect(blocks.at(-1)).toEqual({
      type: "notes",
      title: "Notes from the coaching session",
      lead: "For you and your coach to write on.",
    });
    expect(cover(blocks).details.map((d) => d.value)).toEqual(["", "", "", ""]);
    expect(cover(blocks).date).toBe("22 November 2025");
    expect(cover(blocks).progress.every((p) => p.answered === 0)).toBe(true);

    const fields = fieldBlocks(blocks);
    expect(fields.map((b) => b.fieldId)).toEqual(printedFieldIds);
    expect(fields.every((b) => !b.answered)).toBe(true);
    const kindOf = (id: string) => allFields(workbook).find((f) => f.id === id)?.kind;
    for (const block of fields) {
      const { answer } = block;
      const kind = kindOf(block.fieldId);
      if (answer.type === "checklist") {
        // The sheet's checks still print, each with a box per answer, for the coach to tick.
        expect(answer.items.length).toBeGreaterThan(0);
        expect(answer.items.every((i) => i.status === "" && i.statusText === "")).toBe(true);
        expect(answer.options).toEqual(["Yes", "Not yet", "Not relevant"]);
      } else if (kind === "table" || kind === "scorecard") {
        // The table's headings over blank rows to write in.
        expect(answer).toMatchObject({ type: kind, rows: [], blankRows: 3 });
      } else {
        // Ruled lines to write on: more for a long answer than a one-line one, one for a number.
        const linesByKind: Record<string, number> = {
          longText: 4,
          list: 3,
          number: 1,
          calculated: 1,
        };
        const lines = linesByKind[kind ?? ""] ?? 2;
        expect(answer, block.fieldId).toEqual({ type: "empty", lines });
      }
    }
  });

  test("steps come in workbook order, each with its heading and prompt before its fields", () => {
    const blocks = toPdfBlocks(englishWords, withDefaults(workbook), date);
    const steps = blocks.filter((b) => b.type === "step");
    // About you is all on the cover; the review step has no questions.
    const expected = workbook.steps.filter((s) => s.id !== "about-you" && s.fields.length > 0);
    expect(steps.map((s) => s.title)).toEqual(expected.map((s) => s.title));
    expect(steps.map((s) => s.prompt)).toEqual(expected.map((s) => s.prompt));
    for (const step of expected) {
      const at = blocks.findIndex((b) => b.type === "step" && b.title === step.title);
      const next = blocks.slice(at + 1, at + 1 + step.fields.length);
      expect(next.map((b) => (b.type === "field" ? b.fieldId : b.type))).toEqual(
        step.fields.map((f) => f.id),
      );
    }
  });

  test("the full worked example prints every answer", () => {
    const answers = exampleAnswers(workbook);
    const blocks = toPdfBlocks(englishWords, answers, date);

    expect(cover(blocks).details.map((d) => d.value)).toEqual([
      "Amira Khan",
      "Bloom & Crumb",
      "Celebration cakes and bakes, sold at the Saturday market and made to order.",
      "Sam Taylor",
    ]);
    expect(cover(blocks).progress.every((p) => p.answered === p.total)).toBe(true);
    const fields = fieldBlocks(blocks);
    expect(fields.every((b) => b.answered)).toBe(true);

    const byId = Object.fromEntries(fields.map((b) => [b.fieldId, b.answer]));
    expect(byId.contactPoints).toEqual({
      type: "table",
      headings: ["Customer contact point", "What good customer service looks like there"],
      blankRows: 0,
      rows: [
        [
          "Instagram page",
          "Prices and allergy information are easy to find. Messages answered the same day.",
        ],
        [
          "Placing an order",
          "I repeat the order back in writing, with the date, price and what is in it.",
        ],
        ["Market stall", "Smile, say hello, offer a taste. Cash only until I get a card reader."],
        ["Collection", "Cake ready on time, boxed neatly, with care instructions."],
      ],
    });
    expect(byId.serviceList).toMatchObject({ type: "list" });
    expect(byId.stoppedUsing).toEqual({
      type: "text",
      paragraphs: [answers.stoppedUsing],
    });
    const organising = byId.organisingChecklist;
    expect(organising?.type).toBe("checklist");
    if (organising?.type === "checklist") {
      expect(organising.noteLabel).toBe("What I'll change");
      expect(organising.items.map((i) => i.statusText)).toEqual([
        "Yes",
        "Not yet",
        "Not relevant",
        "Not yet",
        "Yes",
        "Yes",
      ]);
      expect(organising.items.at(-1)).toMatchObject({
        text: "Allergy information is clear on every label.",
        own: true,
      });
    }
  });

  test("very long answers come through whole", () => {
    const long = longAnswer();
    const rows = sixtyRows();
    const answers: Answers = withDefaults(workbook, {
      useResearch: long,
      contactPoints: rows,
    });
    const byId = Object.fromEntries(
      fieldBlocks(toPdfBlocks(englishWords, answers, date)).map((b) => [b.fieldId, b.answer]),
    );
    expect(long.length).toBeGreaterThanOrEqual(5000);
    expect(byId.useResearch).toEqual({ type: "text", paragraphs: [long] });
    const table = byId.contactPoints;
    expect(table?.type === "table" && table.rows).toEqual(
      rows.map((row) => [row.point, row.service]),
    );
  });

  test("blank rows, items and whitespace-only answers are left out", () => {
    const answers = withDefaults(workbook, {
      stoppedUsing: "   \n  ",
      contactPoints: [
        { id: "row-1", point: "", service: "  " },
        { id: "row-2", point: "Phone", service: "" },
      ],
      serviceList: [
        { id: "item-1", text: " " },
        { id: "item-2", text: "Be friendly." },
      ],
      testimonials: "First paragraph.\nSame paragraph.\n\n\nSecond paragraph.",
    });
    const byId = Object.fromEntries(
      fieldBlocks(toPdfBlocks(englishWords, answers, date)).map((b) => [b.fieldId, b]),
    );
    expect(byId.stoppedUsing).toMatchObject({ answered: false, answer: { type: "empty" } });
    expect(byId.contactPoints?.answer).toEqual({
      type: "table",
      headings: ["Customer contact point", "What good customer service looks like there"],
      rows: [["Phone", ""]],
      blankRows: 0,
    });
    expect(byId.serviceList?.answer).toEqual({ type: "list", items: ["Be friendly."] });
    expect(byId.testimonials?.answer).toEqual({
      type: "text",
      paragraphs: ["First paragraph.\nSame paragraph.", "Second paragraph."],
    });
  });

  test("any text typed into any text field reaches the blocks", () => {
    const textFields = allFields(workbook).filter(
      (f) => f.kind === "longText" && !Object.values<string>(coverFieldIds).includes(f.id),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...textFields),
        fc.string({ unit: "grapheme", minLength: 1 }),
        (field, text) => {
          fc.pre(text.trim() !== "" && !/\n\s*\n/.test(text));
          const blocks = toPdfBlocks(
            englishWords,
            withDefaults(workbook, { [field.id]: text }),
            date,
          );
          const block = fieldBlocks(blocks).find((b) => b.fieldId === field.id);
          expect(block?.answer).toEqual({ type: "text", paragraphs: [text.trim()] });
          expect(block?.answered).toBe(true);
        },
      ),
    );
  });
});

describe("file name and document details", () => {
  test("the file is named after the business and the day", () => {
    expect(pdfFileName("Bloom & Crumb", date)).toBe("keeping-customers-bloom-crumb-2025-11-22.pdf");
    expect(pdfFileName("  Café Ürün, Łódź!  ", date)).toBe(
      "keeping-customers-cafe-urun-łodz-2025-11-22.pdf",
    );
    expect(pdfFileName("", new Date(2026, 0, 5))).toBe("keeping-customers-2026-01-05.pdf");
    expect(pdfFileName("🎂🎂", date)).toBe("keeping-customers-2025-11-22.pdf");
  });

  test("slugs stay short and never end on a hyphen", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugify(text);
        expect(slug.length).toBeLessThanOrEqual(40);
        expect(slug).not.toMatch(/^-|-$|--|[\s/\\:*?"<>|]/);
      }),
    );
  });

  test("title, author and footer come from About you, with fallbacks", () => {
    expect(pdfInfo(englishWords, exampleAnswers(workbook), date)).toMatchObject({
      language: "en-GB",
      title: "Keeping customers: Bloom & Crumb",
      subject: "Customer service workbook, for the coaching session",
      author: "Amira Khan",
      footer: "Amira Khan · Bloom & Crumb",
      fileName: "keeping-customers-bloom-crumb-2025-11-22.pdf",
    });
    expect(pdfInfo(englishWords, withDefaults(workbook), date)).toMatchObject({
      title: "Keeping customers",
      author: "Keeping customers",
      footer: "Keeping customers",
    });
    const long = pdfInfo(englishWords, withDefaults(workbook, { yourName: "A".repeat(100) }), date);
    expect(long.footer).toBe(`${"A".repeat(39)}…`);
  });
});
