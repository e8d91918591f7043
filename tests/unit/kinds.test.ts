import {
  allFields,
  isAnswered,
  stepProgress,
  withDefaults,
  workbookProgress,
} from "../../src/content/kinds";
import type { Field } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";

const field = (id: string): Field => {
  const found = allFields(workbook).find((f) => f.id === id);
  if (!found) throw new Error(`No field ${id}`);
  return found;
};

describe("what counts as answered", () => {
  it("needs more than spaces in text", () => {
    expect(isAnswered(field("businessName"), { businessName: "   " })).toBe(false);
    expect(isAnswered(field("businessName"), { businessName: "Bloom" })).toBe(true);
  });

  it("needs one filled cell in a table, not just empty rows", () => {
    const f = field("contactPoints");
    expect(isAnswered(f, { contactPoints: [{ point: "", service: " " }] })).toBe(false);
    expect(isAnswered(f, { contactPoints: [{ point: "", service: "Smile" }] })).toBe(true);
  });

  it("needs one written item in a list", () => {
    const f = field("serviceList");
    expect(isAnswered(f, { serviceList: [{ text: "" }] })).toBe(false);
    expect(isAnswered(f, { serviceList: [{ text: "Be honest" }] })).toBe(true);
  });

  it("needs a chosen status or an own check in a checklist", () => {
    const f = field("organisingChecklist");
    const blank = { items: { a: { status: "" as const, note: "" } }, own: [] };
    expect(isAnswered(f, { organisingChecklist: blank })).toBe(false);
    const chosen = { items: { a: { status: "yes" as const, note: "" } }, own: [] };
    expect(isAnswered(f, { organisingChecklist: chosen })).toBe(true);
    const own = { items: {}, own: [{ text: "Tidy the shop", status: "" as const, note: "" }] };
    expect(isAnswered(f, { organisingChecklist: own })).toBe(true);
  });

  it("counts answered questions per step and overall", () => {
    const about = workbook.steps[0]!;
    const answers = withDefaults(workbook, { yourName: "Amira", businessName: "Bloom" });
    expect(stepProgress(about, answers)).toEqual({ answered: 2, total: about.fields.length });
    const overall = workbookProgress(workbook, answers);
    expect(overall.answered).toBe(2);
    expect(overall.total).toBe(workbook.steps.reduce((n, s) => n + s.fields.length, 0));
  });

  it("keeps saved answers over the empty defaults and drops nothing it knows", () => {
    const answers = withDefaults(workbook, { yourName: "Amira" });
    expect(answers.yourName).toBe("Amira");
    expect(answers.contactPoints).toEqual([]);
  });
});
