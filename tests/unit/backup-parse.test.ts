import fc from "fast-check";
import { allFields, withDefaults } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { readAnswers } from "../../src/formats/answer-shape";
import {
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  backupFileName,
  backupText,
  parseBackup,
  readBackupFile,
} from "../../src/formats/backup-file";
import { readSaved } from "../../src/formats/saved-data";
import { createPersistence } from "../../src/store/persistence";
import { createWorkbookStore } from "../../src/store/workbook-store";
import { answersArb } from "./answer-arbitraries";
import { said, worded } from "../fixtures/english";

const encode = (text: string) => new TextEncoder().encode(text);
const fields = allFields(workbook);

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
    expect(worded(result)).toMatchObject({ ok: true, answers: { yourName: "Amira" } });
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
    if (!result.ok) expect(said(result)).toMatch(message);
  });

  it("names the question whose answer is damaged", () => {
    const damaged = { ...valid, answers: { ...(valid.answers as object), contactPoints: "Phone" } };
    const result = parseBackup(encode(JSON.stringify(damaged)));
    expect(worded(result)).toEqual({
      ok: false,
      message: expect.stringContaining("“Contact points and good service”") as string,
    });
  });

  it("is refused before it is read when it is too big", async () => {
    const big = new File([new Uint8Array(BACKUP_MAX_BYTES + 1)], "huge.json");
    const spy = vi.spyOn(big, "arrayBuffer");
    const result = await readBackupFile(big);
    expect(worded(result)).toEqual({
      ok: false,
      message: expect.stringMatching(/too big/) as string,
    });
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
    const store = createWorkbookStore();
    const saving = createPersistence(store, KEY);
    saving.start();
    try {
      store.getState().setAnswer("yourName", "Amira");
      store.getState().setAnswer("serviceList", [{ id: "i1", text: "Be friendly." }]);
      saving.flush();
      const storedBefore = { ...localStorage };
      const answersBefore = store.getState().answers;

      const result = await readBackupFile(fileOf(content));
      if (result.ok) {
        store.getState().replaceAnswers(result.answers);
        saving.flush();
        const { answers, unreadable } = readAnswers(workbook, store.getState().answers);
        expect(unreadable).toEqual([]);
        expect(Object.keys(answers)).toHaveLength(fields.length);
        const stored = readSaved(localStorage.getItem(KEY));
        expect(stored.status).toBe("ok");
        expect(stored.status === "ok" && stored.saved.answers).toEqual(store.getState().answers);
      } else {
        expect(said(result)).toMatch(/\S/);
        expect({ ...localStorage }).toEqual(storedBefore);
        expect(store.getState().answers).toBe(answersBefore);
      }
    } finally {
      saving.stop();
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

describe("a file the workbook can only partly use", () => {
  const backup = (answers: Record<string, unknown>) =>
    encode(JSON.stringify({ app: "keeping-customers", version: BACKUP_VERSION, answers }));

  it("leaves out checks, columns and questions the workbook does not have, and says so", () => {
    const result = parseBackup(
      backup({
        yourName: "Zofia",
        organisingChecklist: {
          items: {
            constructor: { status: "yes", note: "" },
            __proto__x: { status: "yes", note: "" },
            payWay: { status: "notYet", note: "" },
          },
          own: [],
        },
        contactPoints: [{ point: "Phone", service: "", colour: "red" }],
        retiredQuestion: "old",
      }),
    );
    expect(worded(result)).toEqual({
      ok: true,
      madeAt: null,
      workbookId: null,
      snapshots: [],
      answers: {
        yourName: "Zofia",
        organisingChecklist: { items: { payWay: { status: "notYet", note: "" } }, own: [] },
        contactPoints: [{ id: "row-1", point: "Phone", service: "" }],
      },
      leftOut: [
        "“Contact points and good service”: parts of row 1 it does not have (colour)",
        "“Is it easy to do business with you?”: 2 checks it does not have",
        "an answer to a question this workbook does not have",
      ],
    });
  });

  it("restores the readable answers of saved data kept aside, naming the damaged ones", () => {
    const damaged = JSON.stringify({
      version: 3,
      state: {
        answers: { yourName: "Amira Khan", contactPoints: 42, serviceList: [{ text: 7 }] },
        savedAt: Date.UTC(2026, 4, 3),
      },
    });
    const result = parseBackup(encode(damaged));
    expect(worded(result)).toMatchObject({
      ok: true,
      madeAt: new Date(Date.UTC(2026, 4, 3)),
      leftOut: [
        "“Contact points and good service”: damaged, cannot be read",
        "“My good customer service list”: damaged, cannot be read",
      ],
    });
    expect(result.ok && result.answers.yourName).toBe("Amira Khan");
    expect(result.ok && result.answers.contactPoints).toEqual([]);
  });

  it.each([
    [
      "more rows than a table may have",
      { contactPoints: Array.from({ length: 301 }, () => ({ point: "x", service: "" })) },
      "The answer to “Contact points and good service” has 301 rows. The workbook allows at most 300, so this file cannot be restored.",
    ],
    [
      "a longer answer than the workbook allows",
      { businessName: "x".repeat(20_001) },
      "The answer to “Business name” is longer than the workbook allows (20,000 characters), so this file cannot be restored.",
    ],
    [
      "a longer note than the workbook allows",
      {
        organisingChecklist: {
          items: { payWay: { status: "", note: "x".repeat(20_001) } },
          own: [],
        },
      },
      "The answer to “Is it easy to do business with you?” is longer than the workbook allows (20,000 characters), so this file cannot be restored.",
    ],
  ])("refuses %s, and says so", (_, answers, message) => {
    expect(worded(parseBackup(backup(answers)))).toEqual({ ok: false, message });
  });

  it("takes answers right at the limits", () => {
    const result = parseBackup(
      backup({
        businessName: "x".repeat(20_000),
        serviceList: Array.from({ length: 300 }, (_, i) => ({ id: `i${i}`, text: "x" })),
      }),
    );
    expect(result.ok).toBe(true);
  });

  it("refuses saved data over the limits too", () => {
    const saved = JSON.stringify({
      version: 1,
      state: { answers: { stoppedUsing: "x".repeat(20_001) }, lastStepId: "about-you" },
    });
    expect(worded(parseBackup(encode(saved)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/longer than the workbook allows/) as string,
    });
  });
});
