import fc from "fast-check";
import { allFields, isAnswered, withDefaults } from "../../src/content/kinds";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { backupText, BACKUP_VERSION } from "../../src/formats/backup-file";
import { readAnswers } from "../../src/formats/answer-shape";
import { carriesAnswers } from "../../src/formats/link-prefixes";
import {
  ANSWERS_PREFIX,
  answersLink,
  LINK_MAX_CHARS,
  packText,
  readAnswersLink,
  readStepLink,
} from "../../src/formats/link";
import { answersArb } from "./answer-arbitraries";
import { said, worded } from "../fixtures/english";

const BASE = "https://example.org/app/";
const payloadOf = (url: string, prefix = ANSWERS_PREFIX) =>
  url.slice(url.indexOf(prefix) + prefix.length);

/** Answers as a backup restores them, unanswered questions empty: what a link gives back. */
function restored(answers: Answers): Answers {
  const all = readAnswers(
    workbook,
    (JSON.parse(backupText(answers)) as { answers: unknown }).answers,
  ).answers;
  const answered = allFields(workbook).filter((f) => isAnswered(f, all));
  return withDefaults(workbook, Object.fromEntries(answered.map((f) => [f.id, all[f.id]!])));
}

describe("a link to the answers", () => {
  it("holds the answers only after #, in letters, digits, - and _", async () => {
    const link = await answersLink(BASE, { yourName: "Amira", businessName: "Bloom & Crumb" });
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${BASE}${ANSWERS_PREFIX}`)).toBe(true);
    expect(new URL(link.url).search).toBe("");
    expect(payloadOf(link.url)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(link.url).not.toContain("Amira");
    // What the first load checks to know a link holds answers.
    expect(carriesAnswers(new URL(link.url).hash)).toBe(true);
    expect(carriesAnswers("#/about-you")).toBe(false);
  });

  it("gives back the same answers when opened (property)", async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const link = await answersLink(BASE, answers);
        if (!link.ok) return; // too long for a link: checked below
        const read = await readAnswersLink(payloadOf(link.url));
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.answers).toEqual(restored(answers));
      }),
      { numRuns: 60 },
    );
  });

  it("is refused when too long, pointing to the backup file instead", async () => {
    // Random letters barely compress, so this cannot fit however well the link packs.
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const bytes = crypto.getRandomValues(new Uint8Array(12_000));
    const noise = Array.from(bytes, (b) => letters[b % letters.length]).join("");
    const link = await answersLink(BASE, { stoppedUsing: noise });
    expect(worded(link as never)).toEqual({
      ok: false,
      message: expect.stringMatching(/too long.*backup file/) as string,
    });
    expect(LINK_MAX_CHARS).toBeLessThanOrEqual(8000);
  });
});

describe("a link that cannot be used", () => {
  const packed = (value: unknown) => packText(JSON.stringify(value));

  it.each<[string, () => Promise<string>, RegExp]>([
    ["empty", () => Promise.resolve(""), /damaged or incomplete/],
    ["not base64url", () => Promise.resolve("abc$%"), /damaged or incomplete/],
    ["not deflated", () => Promise.resolve("SGVsbG8gd29ybGQ"), /damaged or incomplete/],
    [
      "another app's",
      () => packed({ app: "other", version: 1, answers: {} }),
      /does not hold answers this workbook can read/,
    ],
    [
      "a newer version",
      () =>
        packed({
          app: "keeping-customers",
          version: BACKUP_VERSION + 1,
          exportedAt: new Date().toISOString(),
          answers: {},
        }),
      /newer version/,
    ],
    ["not JSON", () => packText("{ not json"), /does not hold answers this workbook can read/],
    [
      "cut short",
      async () =>
        (
          await packed({
            app: "keeping-customers",
            version: 1,
            answers: { yourName: "A".repeat(400) },
          })
        ).slice(0, 20),
      /incomplete/,
    ],
  ])("%s, gives a message and no answers", async (_, make, message) => {
    const read = await readAnswersLink(await make());
    expect(worded(read)).toEqual({ ok: false, message: expect.stringMatching(message) as string });
  });

  it("stops unpacking past the backup file's limit, however small the link", async () => {
    const bomb = await packText(" ".repeat(5.3 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(LINK_MAX_CHARS);
    expect((await readAnswersLink(bomb)).ok).toBe(false);
  });

  it("any text after # either opens valid answers or is refused (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().chain((v) => fc.constant(JSON.stringify(v))),
        ),
        async (value) => {
          const read = await readAnswersLink(value.startsWith("{") ? await packText(value) : value);
          if (read.ok)
            expect(Object.keys(read.answers).sort()).toEqual(
              Object.keys(withDefaults(workbook)).sort(),
            );
          else expect(said(read)).toMatch(/link/);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("a link to one step's class answers", () => {
  it("is refused when it names no step of the workbook", async () => {
    const packed = await packText(
      JSON.stringify({
        app: "keeping-customers",
        version: 1,
        step: "nope",
        exportedAt: new Date().toISOString(),
        answers: {},
      }),
    );
    expect((await readStepLink(packed)).ok).toBe(false);
  });
});
