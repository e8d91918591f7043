import { leftOutText } from "../../src/features/backup/words";
import { englishWords, said, worded } from "../fixtures/english";
import fc from "fast-check";
import { allFields, LIMITS } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { backupText } from "../../src/formats/backup-file";
import {
  actionsToAdd,
  FEEDBACK_MAX_BYTES,
  FEEDBACK_VERSION,
  feedbackFileName,
  feedbackText,
  parseFeedback,
  readFeedbackFile,
  WHO,
  type Feedback,
} from "../../src/formats/feedback-file";
import { text } from "./answer-arbitraries";

const encode = (value: string) => new TextEncoder().encode(value);
const fieldIds = allFields(workbook).map((f) => f.id);

const visible = fc.string({ minLength: 1, maxLength: 30 }).map((t) => `${t}x`);
const feedbackArb: fc.Arbitrary<Feedback> = fc.record({
  madeAt: fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
  forName: text,
  forBusiness: text,
  coachName: text,
  comments: fc.dictionary(fc.constantFrom(...fieldIds), visible),
  actions: fc
    .array(fc.record({ action: visible, byWhen: text, who: fc.constantFrom("", ...WHO) }), {
      maxLength: 5,
    })
    .map((rows) => rows.map((row, i) => ({ ...row, id: `a${i}` }))),
});

const sample: Feedback = {
  madeAt: new Date("2025-05-03T10:00:00Z"),
  forName: "Amira",
  forBusiness: "Bloom & Crumb",
  coachName: "Jo Carter",
  comments: { contactPoints: "Add the market stall as a contact point.", askCoach: "" },
  actions: [
    { id: "a1", action: "Ask three customers for a testimonial", byWhen: "June", who: "client" },
  ],
};
const sampleObject = () =>
  JSON.parse(feedbackText(sample, "Use “Add coach feedback” to read it.")) as Record<
    string,
    unknown
  >;

describe("the feedback file", () => {
  it("is named after the client and the day it was made, in safe characters only", () => {
    const day = new Date(2025, 4, 3, 23, 59);
    expect(feedbackFileName({ name: "Amira Khan", business: "Bloom & Crumb" }, day)).toBe(
      "keeping-customers-feedback-bloom-crumb-2025-05-03.json",
    );
    expect(feedbackFileName({ name: "Zoë O'Brien", business: "  " }, day)).toBe(
      "keeping-customers-feedback-zoe-o-brien-2025-05-03.json",
    );
    expect(feedbackFileName({ name: "../../etc/passwd", business: "" }, day)).toBe(
      "keeping-customers-feedback-etc-passwd-2025-05-03.json",
    );
    // A name in another script, or none, still gives a safe name with the day.
    expect(feedbackFileName({ name: "أميرة", business: "" }, day)).toBe(
      "keeping-customers-feedback-2025-05-03.json",
    );
    expect(feedbackFileName({ name: "", business: "" }, day)).toBe(
      "keeping-customers-feedback-2025-05-03.json",
    );
  });

  it("names the coach, and reads a file from before coaches gave a name", () => {
    expect(sampleObject().coachName).toBe("Jo Carter");
    const older = sampleObject();
    delete older.coachName;
    const read = parseFeedback(encode(JSON.stringify(older)));
    expect(read).toMatchObject({ ok: true, feedback: { coachName: "" } });
  });

  it("says what it is, for whom, and leaves out empty comments", () => {
    const file = sampleObject();
    expect(file).toMatchObject({ app: "keeping-customers-feedback", version: FEEDBACK_VERSION });
    expect(file.forBusiness).toBe("Bloom & Crumb");
    expect(file.comments).toEqual({ contactPoints: "Add the market stall as a contact point." });
    expect(file.about).toMatch(/Add coach feedback/);
  });

  it("gives back the same comments and actions when read (property)", () => {
    fc.assert(
      fc.property(feedbackArb, (feedback) => {
        const read = parseFeedback(encode(feedbackText(feedback)));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.feedback).toEqual(feedback);
        expect(read.leftOut).toEqual([]);
      }),
    );
  });
});

describe("a file that is not usable feedback", () => {
  const withChange = (change: (file: Record<string, unknown>) => void) => {
    const file = sampleObject();
    change(file);
    return encode(JSON.stringify(file));
  };

  it.each<[string, Uint8Array, RegExp]>([
    ["empty", new Uint8Array(), /empty/],
    ["not JSON", encode("{ damaged"), /not coach feedback/],
    ["not text", new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), /not coach feedback/],
    ["another app's", encode('{"app":"other","version":1}'), /not coach feedback/],
    ["a backup of answers", encode(backupText({})), /backup of answers.*Restore from backup/],
    ["a newer version", withChange((f) => (f.version = FEEDBACK_VERSION + 1)), /newer version/],
    ["no version", withChange((f) => delete f.version), /not coach feedback/],
    ["a comment that is not text", withChange((f) => (f.comments = { askCoach: 3 })), /damaged/],
    ["actions that are not rows", withChange((f) => (f.actions = [{ action: 1 }])), /damaged/],
    [
      "a comment over the limit",
      withChange((f) => (f.comments = { askCoach: "a".repeat(LIMITS.textLength + 1) })),
      /comment on “What do you want to ask your coach\?” is longer than the workbook allows/,
    ],
    [
      "too many actions",
      withChange(
        (f) =>
          (f.actions = Array.from({ length: LIMITS.rows + 1 }, () => ({
            action: "x",
            byWhen: "",
          }))),
      ),
      /damaged/,
    ],
  ])("%s, is refused with a message", (_, bytes, message) => {
    expect(worded(parseFeedback(bytes))).toEqual({
      ok: false,
      message: expect.stringMatching(message) as string,
    });
  });

  it("is refused before it is read when it is too big", async () => {
    const big = new File([new Uint8Array(FEEDBACK_MAX_BYTES + 1)], "big.json");
    const spy = vi.spyOn(big, "arrayBuffer");
    expect(worded(await readFeedbackFile(big))).toEqual({
      ok: false,
      message: expect.stringMatching(/too big/) as string,
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it("leaves out comments on questions the workbook does not have, and says so", () => {
    const read = parseFeedback(
      withChange((f) => (f.comments = { askCoach: "Good", gone: "Old question" })),
    );
    expect(read).toMatchObject({ ok: true, feedback: { comments: { askCoach: "Good" } } });
    if (read.ok)
      expect(read.leftOut.map((item) => leftOutText(item, englishWords))).toEqual([
        "a comment on a question this workbook does not have",
      ]);
  });

  it.each(["soon", "+275760-09-13T00:00:00.000Z", "1e20", "1899-12-31T00:00:00Z"])(
    "is read with a date that is not real (%s) left out, and says so",
    (date) => {
      const read = parseFeedback(withChange((f) => (f.madeAt = date)));
      expect(read).toMatchObject({ ok: true, leftOut: [{ key: "madeAtNotReal" }] });
      expect(worded(read)).toMatchObject({
        leftOut: ["the date it was made, which is not a real date"],
      });
    },
  );

  it("any JSON value either reads as valid feedback or gives a message (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.constant(sampleObject())),
        fc.jsonValue(),
        (file, part) => {
          if (typeof file === "object" && file !== null && !Array.isArray(file))
            (file as Record<string, unknown>).comments = part;
          const read = parseFeedback(encode(JSON.stringify(file)));
          if (read.ok) {
            for (const [id, comment] of Object.entries(read.feedback.comments)) {
              expect(fieldIds).toContain(id);
              expect(typeof comment).toBe("string");
            }
          } else expect(said(read).length).toBeGreaterThan(10);
        },
      ),
    );
  });
});

describe("agreed actions added to the action points", () => {
  const row = (i: number) => ({ id: `r${i}`, action: `Action ${i}`, byWhen: "" });
  const feedbackWith = (count: number): Feedback => ({
    ...sample,
    actions: Array.from({ length: count }, (_, i) => row(1000 + i)),
  });

  it("adds the action and its date to the action points, who is to do it staying in the feedback", () => {
    const { rows } = actionsToAdd({}, sample);
    expect(rows).toEqual([
      {
        id: expect.any(String) as string,
        action: "Ask three customers for a testimonial",
        byWhen: "June",
      },
    ]);
  });

  it("adds the new ones, as new rows, and not those already there", () => {
    const answers = { actions: [row(1000)] };
    const { rows, noRoom } = actionsToAdd(answers, feedbackWith(3));
    expect(rows.map((r) => r.action)).toEqual(["Action 1001", "Action 1002"]);
    expect(rows.every((r) => r.id !== "r1001" && r.id !== "r1002")).toBe(true);
    expect(noRoom).toBe(0);
  });

  it("never takes the table past its limit, and counts what had no room", () => {
    const answers = { actions: Array.from({ length: LIMITS.rows - 2 }, (_, i) => row(i)) };
    const { rows, noRoom } = actionsToAdd(answers, feedbackWith(5));
    expect(rows).toHaveLength(2);
    expect(noRoom).toBe(3);
    const full = { actions: Array.from({ length: LIMITS.rows }, (_, i) => row(i)) };
    expect(actionsToAdd(full, feedbackWith(1))).toEqual({ rows: [], noRoom: 1 });
  });
});
