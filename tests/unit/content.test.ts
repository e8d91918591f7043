import { allFields, isAnswered, partsOf, withDefaults } from "../../src/content/kinds";
import { exampleAnswers, examples } from "../../src/content/examples";
import type { Answers, Step } from "../../src/content/types";
import { readAnswer } from "../../src/formats/answer-shape";
import { workbook } from "../../src/content/workbook";
import { ID_PATTERN } from "../../src/lib/ids";

describe("workbook content", () => {
  it("has the eight steps of the sheet, the six of Part 2, then the review, in order", () => {
    expect(workbook.steps.map((s) => s.id)).toEqual([
      "about-you",
      "why-it-matters",
      "contact-points",
      "good-service",
      "organising",
      "winning-customers",
      "complaints",
      "talk-it-through",
      "customer-worth",
      "where-you-want-to-be",
      "stay-in-touch",
      "follow-up-calls",
      "answers-book",
      "measure",
      "review",
    ]);
  });

  it("puts every step but the closing review in exactly one part, each part under its title", () => {
    const parts = partsOf(workbook);
    expect(parts.map((p) => p.title)).toEqual([
      "Part 1: Customer service",
      "Part 2: Keep them coming back",
    ]);
    expect(parts.flatMap((p) => p.steps)).toEqual(workbook.steps.slice(0, -1));
    const steps: readonly Step[] = workbook.steps;
    expect(steps.at(-1)?.review).toBe(true);
    expect(parts[1]?.steps.map((s) => s.id)).toEqual([
      "customer-worth",
      "where-you-want-to-be",
      "stay-in-touch",
      "follow-up-calls",
      "answers-book",
      "measure",
    ]);
  });

  it("gives every step and every field a unique id", () => {
    const stepIds = workbook.steps.map((s) => s.id);
    const fieldIds = allFields(workbook).map((f) => f.id);
    expect(new Set(stepIds).size).toBe(stepIds.length);
    expect(new Set(fieldIds).size).toBe(fieldIds.length);
    // Steps and fields share the URL and the saved data; ids must be safe in both.
    for (const id of [...stepIds, ...fieldIds]) expect(id).toMatch(/^[a-zA-Z0-9-]+$/);
  });

  it("gives every step a title, a short title and a prompt", () => {
    for (const step of workbook.steps) {
      expect(step.title.trim()).not.toBe("");
      expect(step.shortTitle.trim()).not.toBe("");
      expect(step.prompt.trim()).not.toBe("");
    }
  });

  it("gives every question a label and a worked example that counts as answered", () => {
    const example = exampleAnswers(workbook);
    for (const field of allFields(workbook)) {
      expect(field.label.trim()).not.toBe("");
      expect(examples, field.id).toHaveProperty(field.id);
      expect(isAnswered(field, example), field.id).toBe(true);
    }
  });

  it("gives every example the shape of its question's answers", () => {
    const answers: Answers = examples;
    expect(Object.keys(answers).sort()).toEqual(
      allFields(workbook)
        .map((f) => f.id)
        .sort(),
    );
    for (const field of allFields(workbook)) {
      const value = answers[field.id];
      const leftOut: unknown[] = [];
      expect(
        readAnswer(field, value, (what) => leftOut.push(what)),
        field.id,
      ).toEqual(value);
      expect(leftOut, field.id).toEqual([]);
      if ((field.kind === "table" || field.kind === "scorecard") && Array.isArray(value))
        for (const { id, ...cells } of value) {
          expect(id, field.id).toMatch(ID_PATTERN);
          expect(field.columns.map((c) => c.id)).toEqual(
            expect.arrayContaining(Object.keys(cells)),
          );
        }
      if (field.kind === "checklist" && value && typeof value === "object" && "items" in value)
        expect(field.items.map((i) => i.id)).toEqual(
          expect.arrayContaining(Object.keys(value.items)),
        );
    }
  });

  it("gives table columns and checklist items unique ids within their field", () => {
    for (const field of allFields(workbook)) {
      const ids =
        field.kind === "table" || field.kind === "scorecard"
          ? field.columns.map((c) => c.id)
          : field.kind === "checklist"
            ? field.items.map((i) => i.id)
            : [];
      expect(new Set(ids).size, field.id).toBe(ids.length);
    }
  });

  it("starts every field empty and unanswered", () => {
    const empty = withDefaults(workbook);
    for (const field of allFields(workbook)) expect(isAnswered(field, empty)).toBe(false);
  });

  it("keeps the sheet's checklists whole", () => {
    const fields = allFields(workbook);
    const organising = fields.find((f) => f.id === "organisingChecklist");
    const routine = fields.find((f) => f.id === "complaintRoutine");
    expect(organising?.kind === "checklist" && organising.items).toHaveLength(5);
    expect(routine?.kind === "checklist" && routine.items).toHaveLength(10);
  });

  it("works out each value from number fields of its own step", () => {
    for (const step of workbook.steps)
      for (const field of step.fields) {
        if (field.kind !== "calculated") continue;
        for (const id of field.times)
          expect(step.fields.find((f) => f.id === id)?.kind, `${field.id} uses ${id}`).toBe(
            "number",
          );
      }
  });

  it("works out the scorecard's score from columns it has", () => {
    for (const field of allFields(workbook)) {
      if (field.kind !== "scorecard") continue;
      const ids = field.columns.map((c) => c.id);
      const { asked, top, bottom } = field.score;
      expect(ids).toEqual(expect.arrayContaining([asked, top, bottom]));
      expect(ids[0]).not.toBe(asked);
    }
  });
});
