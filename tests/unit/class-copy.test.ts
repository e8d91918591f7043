import fc from "fast-check";
import { hasVisibleText, withDefaults } from "../../src/content/kinds";
import type { Answers, ChecklistValue, TableRow } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { copyAnswers, planCopy } from "../../src/features/class-share/copy-answers";
import { answersArb } from "./answer-arbitraries";

const step = (id: string) => workbook.steps.find((s) => s.id === id)!;
const row = (id: string, point: string, service = ""): TableRow => ({ id, point, service });

describe("copying a step's class answers into my own workbook", () => {
  const winning = step("winning-customers");
  const [first, second] = winning.fields;

  it("fills empty questions, and keeps my own answer unless I ask", () => {
    const mine: Answers = { [first!.id]: "My words" };
    const theirs: Answers = { [first!.id]: "Class words", [second!.id]: "Class idea" };
    expect(planCopy(winning, mine, theirs).map((p) => [p.field.id, p.action])).toEqual([
      [first!.id, "clash"],
      [second!.id, "fill"],
    ]);
    expect(copyAnswers(winning, mine, theirs, new Set())).toEqual({ [second!.id]: "Class idea" });
    expect(copyAnswers(winning, mine, theirs, new Set([first!.id]))).toEqual({
      [first!.id]: "Class words",
      [second!.id]: "Class idea",
    });
  });

  it("adds the class's rows after mine, with ids of their own, and skips rows I already have", () => {
    const contact = step("contact-points");
    const mine: Answers = { contactPoints: [row("a", "Phone enquiry")] };
    const theirs: Answers = {
      contactPoints: [row("a", "Phone enquiry"), row("b", "Market stall", "Smile"), row("c", "")],
    };
    const copied = copyAnswers(contact, mine, theirs, new Set()).contactPoints as TableRow[];
    expect(copied.map((r) => r.point)).toEqual(["Phone enquiry", "Market stall"]);
    expect(copied[0]).toBe((mine.contactPoints as TableRow[])[0]);
    expect(copied[1]!.id).not.toBe("b");
  });

  it("fills checks I have not answered, and keeps those I have", () => {
    const organising = step("organising");
    const entry = (status: "yes" | "notYet", note = "") => ({ status, note });
    const mine: Answers = {
      organisingChecklist: { items: { contactWay: entry("notYet") }, own: [] },
    };
    const theirs: Answers = {
      organisingChecklist: {
        items: { contactWay: entry("yes"), payWay: entry("yes", "Cards too") },
        own: [{ id: "o1", text: "A loyalty card", status: "yes", note: "" }],
      },
    };
    const copied = copyAnswers(organising, mine, theirs, new Set())
      .organisingChecklist as ChecklistValue;
    expect(copied.items.contactWay).toEqual(entry("notYet"));
    expect(copied.items.payWay).toEqual(entry("yes", "Cards too"));
    expect(copied.own.map((o) => o.text)).toEqual(["A loyalty card"]);
  });

  it("never changes an answer of mine unless asked, whatever the class sent (property)", () => {
    fc.assert(
      fc.property(
        answersArb,
        answersArb,
        fc.constantFrom(...workbook.steps),
        (mineRaw, theirsRaw, s) => {
          const mine = withDefaults(workbook, mineRaw);
          const theirs = withDefaults(workbook, theirsRaw);
          const copied = copyAnswers(s, mine, theirs, new Set());
          for (const [id, value] of Object.entries(copied)) {
            const before = mine[id]!;
            if (typeof before === "string")
              expect(!hasVisibleText(before) || value === before).toBe(true);
            else if (Array.isArray(before))
              expect((value as TableRow[]).slice(0, before.length)).toEqual(before);
            else {
              const after = value as ChecklistValue;
              for (const [item, own] of Object.entries(before.items))
                if (own.status !== "" || own.note.trim() !== "")
                  expect(after.items[item]).toEqual(own);
              expect(after.own.slice(0, before.own.length)).toEqual(before.own);
            }
          }
        },
      ),
    );
  });
});
