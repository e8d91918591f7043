import fc from "fast-check";
import {
  allFields,
  findField,
  hasVisibleText,
  isAnswered,
  stepProgress,
  withDefaults,
  workbookProgress,
} from "../../src/content/kinds";
import type { Field } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";

const field = (id: string): Field => {
  const found = findField(workbook, id)?.field;
  if (!found) throw new Error(`No field ${id}`);
  return found;
};

/** Characters a reader cannot see: spaces, line breaks, zero-width and joining marks. */
const INVISIBLE = [
  " ",
  "\t",
  "\n",
  "\u00A0", // no-break space
  "\u200B", // zero-width space
  "\u200C", // zero-width non-joiner
  "\u200D", // zero-width joiner
  "\u2060", // word joiner
  "\u00AD", // soft hyphen
  "\uFEFF", // byte-order mark
  "\u3000", // ideographic space
  "\u2800", // braille blank
  "\u3164", // Hangul filler
];

describe("what counts as answered", () => {
  it("needs more than spaces in text", () => {
    expect(isAnswered(field("businessName"), { businessName: "   " })).toBe(false);
    expect(isAnswered(field("businessName"), { businessName: "Bloom" })).toBe(true);
  });

  it("does not count zero-width spaces and other invisible characters as an answer", () => {
    expect(isAnswered(field("businessName"), { businessName: "\u200B\u200B\u200B" })).toBe(false);
    expect(isAnswered(field("stoppedUsing"), { stoppedUsing: "\uFEFF\n\u00AD\u2060" })).toBe(false);
    expect(isAnswered(field("businessName"), { businessName: "\u200BBloom\u200B" })).toBe(true);
  });

  it("needs one filled cell in a table, not just empty rows", () => {
    const f = field("contactPoints");
    expect(isAnswered(f, { contactPoints: [{ id: "r1", point: "", service: " " }] })).toBe(false);
    expect(
      isAnswered(f, { contactPoints: [{ id: "r1", point: "\u200B", service: "\u200D" }] }),
    ).toBe(false);
    expect(isAnswered(f, { contactPoints: [{ id: "r1", point: "", service: "Smile" }] })).toBe(
      true,
    );
  });

  it("needs one written item in a list", () => {
    const f = field("serviceList");
    expect(isAnswered(f, { serviceList: [{ id: "r1", text: "" }] })).toBe(false);
    expect(isAnswered(f, { serviceList: [{ id: "r1", text: "\u200B " }] })).toBe(false);
    expect(isAnswered(f, { serviceList: [{ id: "r1", text: "Be honest" }] })).toBe(true);
  });

  it("needs a chosen status or a written own check in a checklist", () => {
    const f = field("organisingChecklist");
    const blank = { items: { payWay: { status: "" as const, note: "" } }, own: [] };
    expect(isAnswered(f, { organisingChecklist: blank })).toBe(false);
    const chosen = { items: { payWay: { status: "yes" as const, note: "" } }, own: [] };
    expect(isAnswered(f, { organisingChecklist: chosen })).toBe(true);
    const own = (text: string) => ({
      items: {},
      own: [{ id: "c1", text, status: "" as const, note: "" }],
    });
    expect(isAnswered(f, { organisingChecklist: own("Tidy the shop") })).toBe(true);
    expect(isAnswered(f, { organisingChecklist: own("\u200B") })).toBe(false);
  });

  it("counts answered questions per step and overall", () => {
    const about = workbook.steps[0]!;
    const answers = withDefaults(workbook, { yourName: "Amira", businessName: "Bloom" });
    expect(stepProgress(about, answers)).toEqual({ answered: 2, total: about.fields.length });
    const overall = workbookProgress(workbook, answers);
    expect(overall.answered).toBe(2);
    const calculated = allFields(workbook).filter((f) => f.kind === "calculated").length;
    expect(calculated).toBeGreaterThan(0);
    expect(overall.total).toBe(allFields(workbook).length - calculated);
  });

  it("never counts a worked-out value as a question, answered or not", () => {
    const worth = workbook.steps.find((s) => s.id === "customer-worth")!;
    const empty = withDefaults(workbook);
    expect(stepProgress(worth, empty)).toEqual({ answered: 0, total: 5 });
    const sums = withDefaults(workbook, {
      averageSpend: "£150",
      timesAYear: "52",
      yearsStay: "10",
    });
    expect(stepProgress(worth, sums)).toEqual({ answered: 3, total: 5 });
  });

  it("keeps saved answers over the empty defaults and drops nothing it knows", () => {
    const answers = withDefaults(workbook, { yourName: "Amira" });
    expect(answers.yourName).toBe("Amira");
    expect(answers.contactPoints).toEqual([]);
  });
});

describe("visible text", () => {
  it("is never found in any mix of invisible characters (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 30 }), (chars) => {
        expect(hasVisibleText(chars.join(""))).toBe(false);
      }),
    );
  });

  it("is found wherever a letter, digit or mark a reader sees is (property)", () => {
    const visible = fc.constantFrom("a", "Ł", "ж", "ب", "抹", "7", "?", "🎂", "é");
    const padding = fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 10 });
    fc.assert(
      fc.property(padding, visible, padding, (before, char, after) => {
        expect(hasVisibleText(before.join("") + char + after.join(""))).toBe(true);
      }),
    );
  });
});

describe("finding a question", () => {
  it("finds every question with its step and the step's number", () => {
    for (const [i, step] of workbook.steps.entries())
      for (const f of step.fields)
        expect(findField(workbook, f.id)).toEqual({ field: f, step, stepNumber: i + 1 });
  });

  it("finds nothing for ids the workbook does not have, even ones every object has", () => {
    for (const id of ["noSuchQuestion", "constructor", "__proto__", "toString", ""])
      expect(findField(workbook, id)).toBeUndefined();
  });
});
