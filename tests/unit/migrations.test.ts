import { leftOutText } from "../../src/features/backup/words";
import { englishWords } from "../fixtures/english";
import fc from "fast-check";
import { withDefaults } from "../../src/content/kinds";
import type { Step } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { mergeDocs } from "../../src/store/merge";
import {
  fromV1,
  fromV2,
  fromV3,
  migrate,
  migrations,
  SAVE_VERSION,
  UnreadableError,
} from "../../src/formats/migrations";
import { emptyDoc, readSaved, serialize, type ReadResult } from "../../src/formats/saved-data";
import { readSnapshots } from "../../src/formats/snapshots";

/** Saved data exactly as each version wrote it, one file per version. */
const fixtures = import.meta.glob<string>("../fixtures/saved-v*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const fixturePath = (version: number) => `../fixtures/saved-v${version}.json`;
const fixture = (version: number): string => {
  const text = fixtures[fixturePath(version)];
  if (text === undefined) throw new Error(`No fixture for version ${version}`);
  return text;
};

/** The saved workbook read from raw text; fails the test when it cannot be read. */
function readOk(raw: string): Extract<ReadResult, { status: "ok" }> {
  const read = readSaved(raw);
  if (read.status !== "ok") throw new Error(`Expected readable data, got ${JSON.stringify(read)}`);
  return read;
}

const v2Text = (state: Record<string, unknown>) => JSON.stringify({ version: 2, state });

describe("the chain of migrations", () => {
  it("has a step from every past version, and a fixture of every version's saved data", () => {
    for (let v = 1; v < SAVE_VERSION; v++)
      expect(migrations[v], `migration from v${v}`).toBeTypeOf("function");
    for (let v = 1; v <= SAVE_VERSION; v++)
      expect(fixtures[fixturePath(v)], `saved-v${v}.json`).toBeDefined();
  });

  it("reads every version's fixture as the same kind of workbook, with nothing left out", () => {
    for (let v = 1; v <= SAVE_VERSION; v++) {
      const read = readOk(fixture(v));
      expect(read.unreadableFields, `v${v}`).toEqual([]);
      expect(read.leftOut, `v${v}`).toEqual([]);
      expect(read.saved.answers.businessName, `v${v}`).toBe("Bloom & Crumb");
      expect(Object.keys(read.saved.answers).sort(), `v${v}`).toEqual(
        Object.keys(withDefaults(workbook)).sort(),
      );
    }
  });
});

describe("version 1 → 2", () => {
  const v1 = JSON.parse(fixture(1)) as { state: unknown };

  it("keeps every answer and the step, and records no change times yet", () => {
    const v2 = fromV1(v1.state);
    expect(v2.answers).toEqual((v1.state as { answers: unknown }).answers);
    expect(v2.lastStepId).toBe("organising");
    expect(v2.changedAt).toEqual({});
    expect(v2.savedAt).toBeNull();
  });

  it("refuses state without answers", () => {
    expect(() => fromV1(null)).toThrow(UnreadableError);
    expect(() => fromV1({ lastStepId: "x" })).toThrow(UnreadableError);
    expect(() => fromV1({ answers: ["not", "a", "record"] })).toThrow(UnreadableError);
  });

  it("reads a version 1 save as the workbook the user left, rows numbered by place", () => {
    const read = readOk(fixture(1));
    expect(read.saved.answers.yourName).toBe("Zofia Wróblewska");
    expect(read.saved.answers.contactPoints).toEqual([
      { id: "row-1", point: "Phone enquiry", service: "Answer within three rings" },
      { id: "row-2", point: "Delivery", service: "" },
    ]);
    expect(read.saved.answers.serviceList).toEqual([
      { id: "row-1", text: "Be friendly." },
      { id: "row-2", text: "Do what you say you will do." },
    ]);
    // Version 1 kept an unchosen radio group as null; it reads as "no choice".
    expect(read.saved.answers.organisingChecklist).toEqual({
      items: {
        contactWay: { status: "yes", note: "" },
        payWay: { status: "", note: "Card reader next month" },
        websiteEasy: { status: "notRelevant", note: "" },
      },
      own: [{ id: "row-1", text: "Sign by the door", status: "notYet", note: "" }],
    });
    expect(read.saved).toMatchObject({
      lastStepId: "organising",
      stamps: {},
      removed: {},
      removals: [],
      savedAt: null,
      startedAt: null,
    });
  });
});

describe("version 3 → 4", () => {
  const v3 = JSON.parse(fixture(3)) as { state: Record<string, unknown> };

  it("keeps everything, with no workbook id yet", () => {
    expect(fromV3(v3.state)).toEqual({ ...v3.state, workbookId: null });
  });

  it("reads a version 4 save with its id, and hands on the snapshots saved with it", () => {
    const read = readOk(fixture(4));
    expect(read.saved.workbookId).toBe("wb7Tq2Lx9Pz4");
    expect(read.saved).not.toHaveProperty("snapshots");
    const moving = readSnapshots(read.oldSnapshots).snapshots;
    expect(moving).toEqual([
      expect.objectContaining({ id: "sn4Hk8Qw2Rt6", takenAt: 1746180000000 }),
    ]);
    expect(moving[0]?.answers.businessName).toBe("Bloom");
  });
});

describe("version 2 → 3", () => {
  const v2 = JSON.parse(fixture(2)) as { state: Record<string, unknown> };

  it("turns each answer's change time into the time of its whole path", () => {
    const v3 = fromV2(v2.state);
    expect(v3).toEqual({
      answers: v2.state.answers,
      stamps: { yourName: 1746262800000, contactPoints: 1746266400000 },
      removed: {},
      removals: [],
      lastStepId: "contact-points",
      savedAt: 1746266400500,
      // Started no later than the first save a version 2 workbook knows of.
      startedAt: 1746266400500,
      backedUpAt: null,
      remindedAt: null,
    });
  });

  it("refuses state without answers", () => {
    expect(() => fromV2(undefined)).toThrow(UnreadableError);
    expect(() => fromV2({ answers: "text", changedAt: {} })).toThrow(UnreadableError);
  });

  it("reads a version 2 save with rows numbered by place and change times as stamps", () => {
    const read = readOk(fixture(2));
    expect(read.saved.answers.contactPoints).toEqual([
      { id: "row-1", point: "Phone enquiry", service: "Answer within three rings" },
    ]);
    expect(read.saved.answers.serviceList).toEqual([{ id: "row-1", text: "Be friendly." }]);
    expect(read.saved.answers.organisingChecklist).toEqual({
      items: { contactWay: { status: "yes", note: "" } },
      own: [{ id: "row-1", text: "Sign by the door", status: "notYet", note: "" }],
    });
    expect(read.saved.answers.actions).toEqual([
      { id: "row-1", action: "Order card reader", byWhen: "May" },
    ]);
    expect(read.saved.stamps).toEqual({ yourName: 1746262800000, contactPoints: 1746266400000 });
    expect(read.saved).toMatchObject({ savedAt: 1746266400500, lastStepId: "contact-points" });
  });

  it("gives the same ids every time the same data is read, so two tabs agree on each row", () => {
    expect(readSaved(fixture(2))).toEqual(readSaved(fixture(2)));
    expect(readSaved(fixture(1))).toEqual(readSaved(fixture(1)));
  });

  it("gives the same ids to the same rows whatever they hold (property)", () => {
    const text = fc.string({ maxLength: 12 });
    const rows = fc.array(fc.record({ point: text, service: text }), { maxLength: 6 });
    const items = fc.array(fc.record({ text }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, items, (contactPoints, serviceList) => {
        const raw = v2Text({ answers: { contactPoints, serviceList }, changedAt: {} });
        const first = readOk(raw);
        expect(readOk(raw)).toEqual(first);
        expect(first.saved.answers.contactPoints).toEqual(
          contactPoints.map((row, i) => ({ id: `row-${i + 1}`, ...row })),
        );
        expect(first.saved.answers.serviceList).toEqual(
          serviceList.map((item, i) => ({ id: `row-${i + 1}`, ...item })),
        );
      }),
    );
  });

  it("lets an answer's old change time stand for every part of it when merged", () => {
    // Version 2 knew only that contactPoints changed at 1000, not which cell.
    const old = readOk(
      v2Text({
        answers: { contactPoints: [{ point: "Phone", service: "Old words" }] },
        changedAt: { contactPoints: 1000 },
      }),
    ).saved;
    const edited = (service: string, at: number) => ({
      ...old,
      answers: { ...old.answers, contactPoints: [{ id: "row-1", point: "Phone", service }] },
      stamps: { ...old.stamps, "contactPoints/row-1/service": at },
    });
    // A cell edited before the version 2 answer changed loses to it; one edited after wins.
    expect(mergeDocs(edited("Earlier", 500), old, null).doc.answers.contactPoints).toEqual([
      { id: "row-1", point: "Phone", service: "Old words" },
    ]);
    expect(mergeDocs(old, edited("Later", 1500), null).doc.answers.contactPoints).toEqual([
      { id: "row-1", point: "Phone", service: "Later" },
    ]);
  });

  it("drops change times that are not numbers, and answers to questions that no longer exist", () => {
    const read = readSaved(
      v2Text({
        answers: { yourName: "A", retiredQuestion: "old" },
        changedAt: { yourName: "yesterday", retiredQuestion: 5 },
        lastStepId: 7,
      }),
    );
    expect(read).toEqual({
      status: "ok",
      saved: {
        ...emptyDoc(),
        answers: withDefaults(workbook, { yourName: "A" }),
        lastStepId: "",
        savedAt: null,
        startedAt: null,
        backedUpAt: null,
        remindedAt: null,
        workbookId: null,
      },
      unreadableFields: [],
      leftOut: [{ key: "answers", count: 1 }],
      oldSnapshots: [],
    });
  });
});

describe("version 3 (current)", () => {
  it("reads answers with their ids, stamps, removed rows, undo history and dates", () => {
    const raw = fixture(3);
    const { state } = JSON.parse(raw) as { state: Record<string, unknown> };
    const read = readOk(raw);
    expect(read.saved.answers).toEqual(
      withDefaults(workbook, state.answers as Record<string, never>),
    );
    expect(read.saved).toMatchObject({
      stamps: state.stamps,
      removed: state.removed,
      removals: state.removals,
      lastStepId: "organising",
      savedAt: 1746266700500,
      startedAt: 1746262800000,
      backedUpAt: 1746266000000,
      remindedAt: null,
    });
  });

  it("writes what it reads: a saved workbook reads back the same", () => {
    const { saved } = readOk(fixture(3));
    expect(readOk(serialize(saved)).saved).toEqual(saved);
    expect(JSON.parse(serialize(saved))).toMatchObject({ version: SAVE_VERSION });
  });

  it("keeps only the undo entries and times that still fit the workbook", () => {
    const { state } = JSON.parse(fixture(3)) as { state: Record<string, unknown> };
    const [good] = state.removals as Record<string, unknown>[];
    const read = readOk(
      JSON.stringify({
        version: 3,
        state: {
          ...state,
          stamps: { yourName: 5, "retiredQuestion/x": 6, "#step": 7, businessName: "noon" },
          removed: { "contactPoints/a1": 8, "retiredQuestion/b2": 9 },
          removals: [
            good,
            { ...good, id: "no spaces allowed" },
            { ...good, id: "other1", fieldId: "retiredQuestion" },
            { ...good, id: "other2", path: ["own"] },
            { ...good, id: "other3", index: -1 },
            { ...good, id: "other4", row: { id: "x", point: 3 } },
            { ...good, id: "other5", fieldId: "yourName" },
            "not a removal",
          ],
        },
      }),
    );
    expect(read.saved.stamps).toEqual({ yourName: 5, "#step": 7 });
    expect(read.saved.removed).toEqual({ "contactPoints/a1": 8 });
    expect(read.saved.removals).toEqual([good]);
  });

  it("reads an undo entry of an own check, at its path within the checklist", () => {
    const removal = {
      id: "u1",
      fieldId: "organisingChecklist",
      path: ["own"],
      index: 0,
      label: "check 1: Tidy the shop",
      at: 10,
      row: { id: "c1", text: "Tidy the shop", status: "yes", note: "" },
    };
    const read = readOk(
      JSON.stringify({
        version: 3,
        state: { answers: {}, removals: [removal, { ...removal, id: "u2", path: [] }] },
      }),
    );
    expect(read.saved.removals).toEqual([removal]);
  });
});

describe("saved data that cannot be read", () => {
  it.each([
    ["broken JSON", '{"state":{"answers":'],
    ["not an object", "[1,2,3]"],
    ["no version", JSON.stringify({ state: { answers: {} } })],
    ["a version that never existed", JSON.stringify({ version: 0, state: { answers: {} } })],
    ["a fractional version", JSON.stringify({ version: 1.5, state: { answers: {} } })],
    ["no answers", JSON.stringify({ version: 1, state: { lastStepId: "about-you" } })],
    ["answers that are text", JSON.stringify({ version: 2, state: { answers: "hello" } })],
    ["version 3 answers that are a list", JSON.stringify({ version: 3, state: { answers: [] } })],
  ])("calls %s damaged", (_, raw) => {
    expect(readSaved(raw)).toEqual({ status: "unreadable", reason: "damaged" });
  });

  it("calls data from a newer version newer, whatever its shape", () => {
    expect(readSaved(JSON.stringify({ version: SAVE_VERSION + 1, anything: true }))).toEqual({
      status: "unreadable",
      reason: "newer",
    });
  });

  it("reads what it can when only some answers are damaged, and names the others", () => {
    const read = readOk(
      JSON.stringify({
        version: 1,
        state: {
          answers: { yourName: "Amira", contactPoints: "Phone", serviceList: [{ text: 3 }] },
          lastStepId: "about-you",
        },
      }),
    );
    expect(read.saved.answers).toEqual(withDefaults(workbook, { yourName: "Amira" }));
    expect(read.unreadableFields).toEqual(["contactPoints", "serviceList"]);
  });

  it("leaves out, and names, checks and columns the workbook does not have", () => {
    const read = readOk(
      JSON.stringify({
        version: 3,
        state: {
          answers: {
            organisingChecklist: {
              items: {
                constructor: { status: "yes", note: "" },
                payWay: { status: "yes", note: "" },
              },
              own: [],
            },
            contactPoints: [{ id: "a1", point: "Phone", service: "", colour: "red" }],
          },
        },
      }),
    );
    expect(read.saved.answers.organisingChecklist).toEqual({
      items: { payWay: { status: "yes", note: "" } },
      own: [],
    });
    expect(read.saved.answers.contactPoints).toEqual([{ id: "a1", point: "Phone", service: "" }]);
    expect(read.leftOut.map((item) => leftOutText(item, englishWords))).toEqual([
      "“Contact points and good service”: parts of row 1 it does not have (colour)",
      "“Is it easy to do business with you?”: a check it does not have",
    ]);
  });

  it("says nothing is saved when nothing is", () => {
    expect(readSaved(null)).toEqual({ status: "empty" });
  });

  it("refuses versions the chain does not know", () => {
    expect(() => migrate({ answers: {} }, SAVE_VERSION + 1)).toThrow(UnreadableError);
    expect(() => migrate({ answers: {} }, -1)).toThrow(UnreadableError);
  });
});

describe("Part 2, added after version 3", () => {
  const steps: readonly Step[] = workbook.steps;
  const part2 = steps.slice(steps.findIndex((s) => s.id === "customer-worth"));

  it("arrives empty in every past version's workbook, with no migration", () => {
    for (let v = 1; v <= SAVE_VERSION; v++) {
      const { answers } = readOk(fixture(v)).saved;
      for (const field of part2.flatMap((s) => s.fields))
        expect(answers[field.id], `v${v} ${field.id}`).toEqual(withDefaults(workbook)[field.id]);
    }
  });

  it("keeps numbers as typed and scorecard rows through saving and reading back", () => {
    const { saved } = readOk(fixture(3));
    const doc = {
      ...saved,
      answers: {
        ...saved.answers,
        averageSpend: "£1,200",
        yearsStay: "12,50",
        scorecard: [
          {
            id: "m1",
            month: "May",
            asked: "20",
            top: "11",
            bottom: "3",
            complaints: "1",
            compliments: "",
          },
        ],
      },
    };
    const read = readOk(serialize(doc));
    expect(read.unreadableFields).toEqual([]);
    expect(read.saved.answers.averageSpend).toBe("£1,200");
    expect(read.saved.answers.yearsStay).toBe("12,50");
    expect(read.saved.answers.scorecard).toEqual(doc.answers.scorecard);
    expect(read.saved.answers.lifetimeValue).toBeNull();
  });
});
