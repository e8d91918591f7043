import fc from "fast-check";
import { withDefaults } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { mergeAnswers, type Side } from "../../src/store/merge";

const empty = (): Side => ({ answers: withDefaults(workbook), changedAt: {} });
const side = (answers: Record<string, string>, changedAt: Record<string, number>): Side => ({
  answers: { ...withDefaults(workbook), ...answers },
  changedAt,
});

describe("merging two tabs' answers", () => {
  it("takes the newer answer to each question, from whichever side has it", () => {
    const ours = side({ yourName: "Amira", coachName: "Sam" }, { yourName: 20, coachName: 5 });
    const theirs = side(
      { yourName: "Old", coachName: "Sam Taylor" },
      { yourName: 10, coachName: 30 },
    );
    const merged = mergeAnswers(workbook, ours, theirs);
    expect(merged.answers.yourName).toBe("Amira");
    expect(merged.answers.coachName).toBe("Sam Taylor");
    expect(merged.changedAt).toMatchObject({ yourName: 20, coachName: 30 });
    expect(merged).toMatchObject({ tookTheirs: true, keptOurs: true });
  });

  it("takes stored answers saved before change times existed over untouched ones here", () => {
    const merged = mergeAnswers(workbook, empty(), side({ yourName: "Amira" }, {}));
    expect(merged.answers.yourName).toBe("Amira");
    expect(merged.keptOurs).toBe(false);
  });

  it("keeps everything here when nothing is stored", () => {
    const ours = side({ yourName: "Amira" }, {});
    expect(mergeAnswers(workbook, ours, null)).toMatchObject({
      answers: ours.answers,
      tookTheirs: false,
    });
  });

  it("settles a same-millisecond tie the same way in both tabs", () => {
    const a = side({ yourName: "A" }, { yourName: 7 });
    const b = side({ yourName: "B" }, { yourName: 7 });
    // B writes (its own wins), then A hears of it (the stored one wins).
    const written = mergeAnswers(workbook, b, a, "ours");
    const heard = mergeAnswers(workbook, a, written, "theirs");
    expect(written.answers.yourName).toBe("B");
    expect(heard.answers.yourName).toBe("B");
  });

  it("never loses the newest answer to any question (property)", () => {
    const ids = ["yourName", "businessName", "businessWhat", "coachName"] as const;
    const sideArb = fc.record(
      Object.fromEntries(
        ids.map((id) => [id, fc.option(fc.tuple(fc.string(), fc.integer({ min: 1, max: 50 })))]),
      ) as Record<(typeof ids)[number], fc.Arbitrary<[string, number] | null>>,
    );
    const toSide = (s: Record<string, [string, number] | null>): Side => {
      const out = empty();
      for (const [id, entry] of Object.entries(s)) {
        if (entry) {
          out.answers[id] = entry[0];
          out.changedAt[id] = entry[1];
        }
      }
      return out;
    };
    fc.assert(
      fc.property(sideArb, sideArb, (o, t) => {
        const ours = toSide(o);
        const theirs = toSide(t);
        const merged = mergeAnswers(workbook, ours, theirs);
        for (const id of ids) {
          const mine = o[id];
          const other = t[id];
          if (mine && (!other || mine[1] > other[1])) expect(merged.answers[id]).toBe(mine[0]);
          if (other && (!mine || other[1] > mine[1])) expect(merged.answers[id]).toBe(other[0]);
          // Merging again changes nothing: both tabs settle on one answer.
          const again = mergeAnswers(workbook, merged, theirs);
          expect(again.answers[id]).toBe(merged.answers[id]);
        }
      }),
    );
  });
});
