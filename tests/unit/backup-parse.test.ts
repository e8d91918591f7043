import fc from "fast-check";
import { allFields, withDefaults } from "../../src/content/kinds";
import type { Answers, Field } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { readAnswers } from "../../src/store/answer-shape";
import {
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  backupFileName,
  backupText,
  parseBackup,
  readBackupFile,
} from "../../src/store/backup-file";
import { readSaved } from "../../src/store/saved-data";
import { createWorkbookStore } from "../../src/store/workbook-store";

const encode = (text: string) => new TextEncoder().encode(text);
const fields = allFields(workbook);

/** Text as people type it: any Unicode, including new lines. */
const text = fc.string({ unit: "binary", maxLength: 40 });
const status = fc.constantFrom("", "yes", "notYet", "notRelevant");
const entry = fc.record({ status, note: text });

function valueArb(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case "text":
    case "longText":
      return text;
    case "table":
      return fc.array(fc.dictionary(fc.constantFrom(...field.columns.map((c) => c.id)), text), {
        maxLength: 4,
      });
    case "list":
      return fc.array(fc.record({ text }), { maxLength: 4 });
    case "checklist":
      return fc.record({
        items: fc.dictionary(fc.constantFrom(...field.items.map((i) => i.id)), entry),
        own: fc.array(fc.record({ text, status, note: text }), { maxLength: 3 }),
      });
  }
}

/** Any set of answers the workbook could hold, some questions left out. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(fields.map((f) => [f.id, valueArb(f)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

const backupObject = answersArb.map((answers) => JSON.parse(backupText(answers)) as unknown);

/** A real backup with one answer swapped for any JSON value. */
const tamperedBackup = fc
  .tuple(backupObject, fc.constantFrom(...fields.map((f) => f.id)), fc.jsonValue())
  .map(([file, id, value]) => {
    (file as { answers: Record<string, unknown> }).answers[id] = value;
    return file;
  });

function fileOf(content: string | Uint8Array, name = "keeping-customers-backup-2025-05-03.json") {
  return new File([content as BlobPart], name, { type: "application/json" });
}

describe("the backup file", () => {
  it("is named with today's date", () => {
    expect(backupFileName(new Date(2025, 4, 3, 23, 59))).toBe(
      "keeping-customers-backup-2025-05-03.json",
    );
  });

  it("says what it is, which version, when it was made, and holds every answer", () => {
    const file = JSON.parse(
      backupText({ yourName: "Amira" }, new Date("2025-05-03T10:00:00Z")),
    ) as Record<string, unknown>;
    expect(file).toMatchObject({
      app: "keeping-customers",
      version: BACKUP_VERSION,
      exportedAt: "2025-05-03T10:00:00.000Z",
    });
    expect(file.answers).toEqual(withDefaults(workbook, { yourName: "Amira" }));
  });

  it("gives back the same answers when restored (property)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = parseBackup(encode(backupText(answers)));
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(withDefaults(workbook, result.answers)).toEqual(withDefaults(workbook, answers));
      }),
    );
  });

  it("restores the copy of saved data kept aside by any version that can read it", () => {
    const v1 = JSON.stringify({
      version: 1,
      state: { answers: { yourName: "Amira" }, lastStepId: "about-you" },
    });
    const result = parseBackup(encode(v1));
    expect(result).toMatchObject({ ok: true, answers: { yourName: "Amira" } });
  });
});

describe("a file that cannot be restored", () => {
  const valid = JSON.parse(backupText({ yourName: "Amira" })) as Record<string, unknown>;

  it.each<[string, Uint8Array, RegExp]>([
    ["an empty file", new Uint8Array(), /empty/],
    ["a picture", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]), /not a backup/],
    ["plain text", encode("Dear coach, here are my notes"), /damaged, or it is not a backup/],
    ["a backup cut short", encode(backupText({ yourName: "Amira" }).slice(0, 80)), /damaged/],
    [
      "another app's JSON",
      encode('{"app":"something-else","version":1,"answers":{}}'),
      /not a backup/,
    ],
    ["JSON that is not a backup", encode("[1,2,3]"), /not a backup/],
    [
      "a backup from a newer version",
      encode(JSON.stringify({ ...valid, version: BACKUP_VERSION + 1, answers: "new shape" })),
      /newer version/,
    ],
    [
      "saved data from a newer version",
      encode(JSON.stringify({ version: 99, state: {} })),
      /newer version/,
    ],
  ])("explains %s", (_, bytes, message) => {
    const result = parseBackup(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("names the question whose answer is damaged", () => {
    const damaged = { ...valid, answers: { ...(valid.answers as object), contactPoints: "Phone" } };
    const result = parseBackup(encode(JSON.stringify(damaged)));
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('"Contact points and good service"') as string,
    });
  });

  it("is refused before it is read when it is too big", async () => {
    const big = new File([new Uint8Array(BACKUP_MAX_BYTES + 1)], "huge.json");
    const spy = vi.spyOn(big, "arrayBuffer");
    const result = await readBackupFile(big);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/too big/) as string });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("the restore path, given anything at all (property)", () => {
  const KEY = "test-restore";

  /**
   * What the backup panel does: read the file, and only if it is good (and the user agrees)
   * replace the answers. Either a valid workbook results, or an error and nothing changes.
   */
  async function restorePath(content: string | Uint8Array) {
    localStorage.clear();
    const store = createWorkbookStore(KEY);
    store.getState().setAnswers({ yourName: "Amira", serviceList: [{ text: "Be friendly." }] });
    const storedBefore = { ...localStorage };
    const answersBefore = store.getState().answers;

    const result = await readBackupFile(fileOf(content));
    if (result.ok) {
      store.getState().replaceAnswers(result.answers);
      const { answers, unreadable } = readAnswers(workbook, store.getState().answers);
      expect(unreadable).toEqual([]);
      expect(Object.keys(answers)).toHaveLength(fields.length);
      expect(readSaved(localStorage.getItem(KEY)).status).toBe("ok");
    } else {
      expect(result.message).toMatch(/\S/);
      expect({ ...localStorage }).toEqual(storedBefore);
      expect(store.getState().answers).toBe(answersBefore);
    }
  }

  it("any JSON value either restores a valid workbook or changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), backupObject, tamperedBackup), async (value) =>
        restorePath(JSON.stringify(value) ?? ""),
      ),
      { numRuns: 150 },
    );
  });

  it("any bytes either restore a valid workbook or change nothing", async () => {
    const truncated = fc.tuple(answersArb, fc.nat()).map(([answers, n]) => {
      const bytes = encode(backupText(answers));
      return bytes.slice(0, n % (bytes.length + 1));
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 512 }), truncated), (bytes) =>
        restorePath(bytes),
      ),
      { numRuns: 150 },
    );
  });
});
