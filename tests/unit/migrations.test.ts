import {
  fromV1,
  migrate,
  migrations,
  SAVE_VERSION,
  UnreadableError,
} from "../../src/store/migrations";
import { readSaved } from "../../src/store/saved-data";

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

describe("the chain of migrations", () => {
  it("has a step from every past version, and a fixture of every version's saved data", () => {
    for (let v = 1; v < SAVE_VERSION; v++)
      expect(migrations[v], `migration from v${v}`).toBeTypeOf("function");
    for (let v = 1; v <= SAVE_VERSION; v++)
      expect(fixtures[fixturePath(v)], `saved-v${v}.json`).toBeDefined();
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

  it("reads a version 1 save as the workbook the user left", () => {
    const read = readSaved(fixture(1));
    expect(read.status).toBe("ok");
    if (read.status !== "ok") return;
    expect(read.unreadableFields).toEqual([]);
    expect(read.saved.answers.yourName).toBe("Zofia Wróblewska");
    expect(read.saved.answers.contactPoints).toEqual([
      { point: "Phone enquiry", service: "Answer within three rings" },
      { point: "Delivery", service: "" },
    ]);
    // Version 1 kept an unchosen radio group as null; it reads as "no choice".
    expect(read.saved.answers.organisingChecklist).toEqual({
      items: {
        contactWay: { status: "yes", note: "" },
        payWay: { status: "", note: "Card reader next month" },
        websiteEasy: { status: "notRelevant", note: "" },
      },
      own: [{ text: "Sign by the door", status: "notYet", note: "" }],
    });
    expect(read.saved.lastStepId).toBe("organising");
  });
});

describe("version 2 (current)", () => {
  it("reads answers, change times and when it was saved", () => {
    const read = readSaved(fixture(2));
    expect(read.status).toBe("ok");
    if (read.status !== "ok") return;
    expect(read.saved.answers.businessName).toBe("Bloom & Crumb");
    expect(read.saved.changedAt).toEqual({ yourName: 1746262800000, contactPoints: 1746266400000 });
    expect(read.saved.savedAt).toBe(1746266400500);
    expect(read.saved.lastStepId).toBe("contact-points");
  });

  it("drops change times that are not numbers, and answers to questions that no longer exist", () => {
    const read = readSaved(
      JSON.stringify({
        version: 2,
        state: {
          answers: { yourName: "A", retiredQuestion: "old" },
          changedAt: { yourName: "yesterday", retiredQuestion: 5 },
          lastStepId: 7,
        },
      }),
    );
    expect(read).toEqual({
      status: "ok",
      saved: { answers: { yourName: "A" }, changedAt: {}, lastStepId: "", savedAt: null },
      unreadableFields: [],
    });
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
    const read = readSaved(
      JSON.stringify({
        version: 1,
        state: {
          answers: { yourName: "Amira", contactPoints: "Phone", serviceList: [{ text: 3 }] },
          lastStepId: "about-you",
        },
      }),
    );
    expect(read.status).toBe("ok");
    if (read.status !== "ok") return;
    expect(read.saved.answers).toEqual({ yourName: "Amira" });
    expect(read.unreadableFields).toEqual(["contactPoints", "serviceList"]);
  });

  it("says nothing is saved when nothing is", () => {
    expect(readSaved(null)).toEqual({ status: "empty" });
  });

  it("refuses versions the chain does not know", () => {
    expect(() => migrate({ answers: {} }, SAVE_VERSION + 1)).toThrow(UnreadableError);
    expect(() => migrate({ answers: {} }, -1)).toThrow(UnreadableError);
  });
});
