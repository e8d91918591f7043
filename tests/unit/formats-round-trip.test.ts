import fc from "fast-check";
import {
  allFields,
  hasVisibleText,
  isAnswered,
  LIMITS,
  withDefaults,
} from "../../src/content/kinds";
import type { Answers, TableRow } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { backupText, parseBackup, readBackupFile } from "../../src/formats/backup-file";
import {
  coachSpaceText,
  readCoachSpace,
  type CoachSpaceData,
} from "../../src/formats/coach-space-file";
import { feedbackText, parseFeedback, type Feedback } from "../../src/formats/feedback-file";
import { answersLink, readAnswersLink, tooLong } from "../../src/formats/link";
import { readSaved, serialize, emptyDoc, emptyMeta } from "../../src/formats/saved-data";
import {
  keepSnapshots,
  readStoredSnapshots,
  snapshotOf,
  storedSnapshotsText,
  type Snapshot,
} from "../../src/formats/snapshots";
import { pdfInfo, toPdfBlocks } from "../../src/pdf/pdf-blocks";
import { writePdf } from "../../src/pdf/write-pdf";
import { englishWords } from "../fixtures/english";
import { cutFonts } from "../fixtures/pdf-tools";
import { answersArb, answersUpToLimitsArb, text } from "./answer-arbitraries";

/**
 * Everything the app writes, it reads back as it was: the backup file, the backup inside a PDF,
 * the link, coach feedback, the coach space and session copies, for any workbook up to every
 * limit the app keeps (rows, length of text).
 */

const encode = (s: string) => new TextEncoder().encode(s);
const date = new Date("2025-11-26T10:00:00Z");
const same = (answers: Answers) => withDefaults(workbook, answers);
/** Ids as the app makes them (newId): letters and digits. */
const idArb = fc.stringMatching(/^[a-z0-9]{1,20}$/);
/** A real time: any moment from 2000 to 2100. */
const timeArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
const snapshotArb = fc
  .tuple(answersArb, timeArb)
  .map(([answers, takenAt]) => snapshotOf(same(answers), takenAt));
const historyArb = fc.record({
  workbookId: fc.option(idArb, { nil: null }),
  snapshots: fc.uniqueArray(snapshotArb, { maxLength: 3, selector: (s) => s.id }),
});

/** Copies as kept: newest first (those dated in the future after the rest). */
const byDate = (list: Snapshot[]) => keepSnapshots(list);

describe("the backup file", () => {
  it("reads back every answer and the history, up to every limit (property)", () => {
    fc.assert(
      fc.property(answersUpToLimitsArb, historyArb, (answers, history) => {
        const read = parseBackup(encode(backupText(answers, date, history)));
        expect(read).toMatchObject({ ok: true, workbookId: history.workbookId, madeAt: date });
        if (!read.ok) return;
        expect(same(read.answers)).toEqual(same(answers));
        expect(read.snapshots).toEqual(byDate(history.snapshots));
      }),
      { numRuns: 40 },
    );
  });
});

describe("the backup inside a PDF", () => {
  const fonts = cutFonts();
  const blocks = toPdfBlocks(englishWords, same({}), date, { holdsAnswers: true });

  it("reads back from the PDF the app made, up to every limit (property)", async () => {
    const { fonts: cut, printable } = await fonts;
    await fc.assert(
      fc.asyncProperty(answersUpToLimitsArb, historyArb, async (answers, history) => {
        const backup = backupText(answers, date, history);
        const pdf = await writePdf(blocks, pdfInfo(englishWords, same({}), date), cut, printable, {
          backup,
        });
        const read = await readBackupFile(new Blob([pdf], { type: "application/pdf" }));
        expect(read).toMatchObject({ ok: true, workbookId: history.workbookId });
        if (read.ok) expect(same(read.answers)).toEqual(same(answers));
      }),
      { numRuns: 12 },
    );
  });
});

describe("the link", () => {
  it("reads back every answered question, or says at once it is too long (property)", async () => {
    await fc.assert(
      fc.asyncProperty(answersUpToLimitsArb, async (answers) => {
        const made = await answersLink("https://example.org/", answers, date, "wb-1");
        if (!made.ok) {
          expect(made.problem).toEqual(tooLong);
          return;
        }
        const read = await readAnswersLink(made.url.slice(made.url.indexOf("=") + 1));
        expect(read).toMatchObject({ ok: true, workbookId: "wb-1", madeAt: date });
        // A link carries the answered questions; the rest come back empty.
        const answered = allFields(workbook).filter((f) => isAnswered(f, same(answers)));
        const sent: Answers = Object.fromEntries(answered.map((f) => [f.id, same(answers)[f.id]!]));
        if (read.ok) expect(read.answers).toEqual(same(sent));
      }),
      { numRuns: 40 },
    );
  });
});

const filled = hasVisibleText;
const actionArb = fc.record({
  id: idArb,
  action: text,
  byWhen: text,
  who: fc.constantFrom("", "client", "coach", "both"),
});
const commentsArb = fc.dictionary(
  fc.constantFrom("yourName", "stoppedUsing", "contactPoints", "actions", "askCoach"),
  fc.oneof(text, fc.constant("c".repeat(LIMITS.textLength))),
);
const feedbackArb: fc.Arbitrary<Feedback> = fc.record({
  madeAt: fc.constant(date),
  forName: text,
  forBusiness: text,
  coachName: text,
  comments: commentsArb,
  actions: fc.oneof(
    fc.uniqueArray(actionArb, { maxLength: 5, selector: (r) => r.id }),
    fc.constant(
      Array.from({ length: LIMITS.rows }, (_, i): TableRow => ({
        id: `a${i}`,
        action: `Ring customer ${i + 1}`,
        byWhen: "Friday",
        who: "client",
      })),
    ),
  ),
});

describe("coach feedback", () => {
  it("reads back every comment and agreed action, up to every limit (property)", () => {
    fc.assert(
      fc.property(feedbackArb, (feedback) => {
        const read = parseFeedback(encode(feedbackText(feedback)));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const comments = Object.entries(feedback.comments).filter(([, c]) => filled(c));
        expect(read.feedback.comments).toEqual(Object.fromEntries(comments));
        const kept = feedback.actions.filter(
          (r) => filled(r.action ?? "") || filled(r.byWhen ?? ""),
        );
        expect(read.feedback.actions.map((r) => [r.action, r.byWhen, r.who])).toEqual(
          kept.map((r) => [r.action, r.byWhen, r.who]),
        );
        expect(read.feedback.coachName).toBe(feedback.coachName);
      }),
      { numRuns: 60 },
    );
  });
});

const reviewArb = fc
  .tuple(
    idArb,
    answersArb,
    timeArb,
    commentsArb,
    fc.uniqueArray(actionArb, { maxLength: 4, selector: (r) => r.id }),
    fc.option(fc.tuple(answersArb, timeArb), { nil: null }),
  )
  .map(([id, answers, openedAt, comments, actions, since]) => ({
    id,
    openedAt,
    answers: same(answers),
    workbookId: null,
    comments,
    actions,
    since: since && { answers: same(since[0]), takenAt: since[1] },
    stamps: { [`comments/yourName`]: openedAt },
    removed: {},
  }));

describe("the coach space", () => {
  it("reads back every workbook with its comments and actions (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(reviewArb, { maxLength: 3, selector: (r) => r.id }),
        fc.dictionary(idArb, timeArb),
        text,
        timeArb,
        (reviews, closed, coachName, coachNameAt) => {
          const space: CoachSpaceData = { reviews, coachName, coachNameAt, closed, unread: [] };
          expect(readCoachSpace(coachSpaceText(space))).toEqual({ status: "ok", value: space });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("session copies and the saved workbook", () => {
  it("read back as they were kept (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(snapshotArb, { maxLength: 4, selector: (s) => s.id }), (list) => {
        const read = readStoredSnapshots(storedSnapshotsText(byDate(list)));
        expect(read).toEqual({ status: "ok", snapshots: byDate(list) });
      }),
      { numRuns: 60 },
    );
  });

  it("the saved workbook reads back every answer, up to every limit (property)", () => {
    fc.assert(
      fc.property(answersUpToLimitsArb, (answers) => {
        const saved = { ...emptyDoc(), ...emptyMeta, answers: same(answers) };
        const read = readSaved(serialize(saved));
        expect(read.status).toBe("ok");
        if (read.status === "ok") expect(read.saved.answers).toEqual(same(answers));
      }),
      { numRuns: 40 },
    );
  });
});
