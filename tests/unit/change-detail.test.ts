import { changeDetail, changesBetween } from "../../src/content/changes";
import { withDefaults } from "../../src/content/kinds";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { englishWords } from "../fixtures/english";

const blank = withDefaults(workbook);

/** Each change between two copies, with what a reader is told about it. */
const told = (before: Answers, now: Answers) =>
  Object.fromEntries(
    changesBetween(workbook, before, now).map((change) => [
      change.field.id,
      { kind: change.kind, ...changeDetail(englishWords, change, before, now) },
    ]),
  );

const checklist = (
  items: Record<string, { status: "" | "yes" | "notYet" | "notRelevant"; note?: string }>,
  own: { id: string; text: string; status: "" | "yes" | "notYet"; note?: string }[] = [],
) => ({
  items: Object.fromEntries(
    Object.entries(items).map(([id, e]) => [id, { status: e.status, note: e.note ?? "" }]),
  ),
  own: own.map((o) => ({ ...o, note: o.note ?? "" })),
});

describe("what a reader is told about each change", () => {
  it("gives a new answer's own words, and a removed answer's", () => {
    const before: Answers = { ...blank, stoppedUsing: "They moved away." };
    const now: Answers = {
      ...blank,
      businessWhat: "Cakes for weddings",
      serviceList: [
        { id: "a", text: "Be friendly." },
        { id: "b", text: "  " },
        { id: "c", text: "Ring back the same day" },
      ],
    };
    expect(told(before, now)).toEqual({
      businessWhat: { kind: "new", added: ["Cakes for weddings"], removed: [], changed: [] },
      stoppedUsing: { kind: "removed", added: [], removed: ["They moved away."], changed: [] },
      serviceList: {
        kind: "new",
        added: ["Be friendly.", "Ring back the same day"],
        removed: [],
        changed: [],
      },
    });
  });

  it("gives both texts of a changed text answer, to compare word by word", () => {
    const before: Answers = { ...blank, businessName: " Bloom " };
    const now: Answers = { ...blank, businessName: "Bloom & Crumb" };
    expect(told(before, now).businessName).toEqual({
      kind: "changed",
      words: { before: "Bloom", now: "Bloom & Crumb" },
      added: [],
      removed: [],
      changed: [],
    });
  });

  it("says a check's answer changed in words, without the sheet's full stop", () => {
    const before: Answers = {
      ...blank,
      organisingChecklist: checklist({
        payWay: { status: "notYet" },
        websiteEasy: { status: "yes" },
        askImprove: { status: "notYet", note: "A card on the counter" },
      }),
    };
    const now: Answers = {
      ...blank,
      organisingChecklist: checklist({
        payWay: { status: "yes" },
        websiteEasy: { status: "" },
        contactWay: { status: "notRelevant" },
        askImprove: { status: "notYet", note: "A card in every bag" },
      }),
    };
    expect(told(before, now).organisingChecklist).toEqual({
      kind: "changed",
      // A check answered for the first time is added; one no longer answered, removed.
      added: ["Customers can contact me in the way they prefer: Not relevant"],
      removed: ["My website is easy to find my way around: Yes"],
      changed: [
        "Customers can pay me in the way they prefer: changed from Not yet to Yes",
        "I ask customers what I could improve, What I'll change: changed from “A card on the counter” to “A card in every bag”",
      ],
    });
  });

  it("lists own checks added, renamed and removed whole, with their answers", () => {
    const before: Answers = {
      ...blank,
      organisingChecklist: checklist({}, [
        { id: "o1", text: "Parking is easy", status: "yes" },
        { id: "o2", text: "Open on Sundays.", status: "notYet", note: "From June" },
      ]),
    };
    const now: Answers = {
      ...blank,
      organisingChecklist: checklist({}, [
        { id: "o1", text: "Parking is free", status: "yes" },
        { id: "o3", text: "Cards taken", status: "" },
      ]),
    };
    expect(told(before, now).organisingChecklist).toEqual({
      kind: "changed",
      added: ["Parking is free: Yes", "Cards taken"],
      removed: ["Parking is easy: Yes", "Open on Sundays: Not yet. What I'll change: From June"],
      changed: [],
    });
  });

  it("prints a whole checklist as a new answer in the same words", () => {
    const now: Answers = {
      ...blank,
      organisingChecklist: checklist({ payWay: { status: "notYet", note: "Cards soon" } }),
    };
    expect(told(blank, now).organisingChecklist?.added).toEqual([
      "Customers can pay me in the way they prefer: Not yet. What I'll change: Cards soon",
    ]);
  });

  it("lists the rows of a table added and removed, a changed row as both", () => {
    const before: Answers = {
      ...blank,
      contactPoints: [
        { id: "a", point: "Phone", service: "" },
        { id: "b", point: "Website", service: "Clear prices" },
      ],
    };
    const now: Answers = {
      ...blank,
      contactPoints: [
        { id: "a", point: "Phone", service: "Answer in three rings" },
        { id: "b", point: "Website", service: "Clear prices" },
        { id: "c", point: "Delivery", service: "" },
      ],
    };
    expect(told(before, now).contactPoints).toEqual({
      kind: "changed",
      added: ["Phone | Answer in three rings", "Delivery"],
      removed: ["Phone"],
      changed: [],
    });
  });
});
