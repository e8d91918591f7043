/**
 * A PDF that remembers: it marks what changed since the last PDF, and carries the answers inside
 * so "Restore from backup" can read them back from it.
 */
import { exampleAnswers } from "../../src/content/examples";
import { withDefaults } from "../../src/content/kinds";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { pdfInfo, toPdfBlocks, type PdfBlock } from "../../src/pdf/pdf-blocks";
import { writePdf } from "../../src/pdf/write-pdf";
import { backupText, readBackupFile } from "../../src/formats/backup-file";
import { snapshotOf } from "../../src/formats/snapshots";
import { cutFonts, pdfText, savePdf } from "../fixtures/pdf-tools";
import { englishWords, said } from "../fixtures/english";

const { fonts, printable } = await cutFonts();
const date = new Date(2025, 10, 26);
const lastSession = new Date(2025, 10, 12).getTime();

const before = withDefaults(workbook, { yourName: "Amira", businessName: "Bloom & Crumb" });
const now: Answers = {
  ...before,
  businessName: "Bloom & Crumb Bakery",
  wordOfMouth: "Friends tell friends about our sourdough.",
};

const fieldsOf = (blocks: PdfBlock[]) => blocks.flatMap((b) => (b.type === "field" ? [b] : []));

function makePdf(answers: Answers = now, backup?: string) {
  const blocks = toPdfBlocks(englishWords, answers, date, {
    since: { takenAt: lastSession, answers: before },
    holdsAnswers: Boolean(backup),
  });
  return writePdf(blocks, pdfInfo(englishWords, answers, date), fonts, printable, { backup });
}

describe("the PDF after an earlier one", () => {
  it("marks each new and changed answer with the date of the last PDF", () => {
    const blocks = toPdfBlocks(englishWords, now, date, {
      since: { takenAt: lastSession, answers: before },
    });
    const marked = fieldsOf(blocks).filter((b) => b.since);
    expect(marked.map((b) => [b.fieldId, b.since])).toEqual([["wordOfMouth", "New since 12 Nov"]]);
    // The business name is on the cover, which sums up every change.
    expect(blocks[0]).toMatchObject({
      type: "cover",
      changes: "Since your last PDF on 12 Nov: 1 new answer, 1 changed.",
    });
  });

  it("says so when nothing changed", () => {
    const blocks = toPdfBlocks(englishWords, before, date, {
      since: { takenAt: lastSession, answers: before },
    });
    expect(blocks[0]).toMatchObject({
      changes: "No answers have changed since your last PDF on 12 Nov.",
    });
    expect(fieldsOf(blocks).some((b) => b.since)).toBe(false);
  });

  it("marks a removed answer and prints what it said", async () => {
    const had: Answers = {
      ...before,
      stoppedUsing: "The bakery on the corner never rang back.",
      serviceList: [
        { id: "a", text: "Be friendly" },
        { id: "b", text: "Ring back the same day" },
      ],
    };
    const blocks = toPdfBlocks(englishWords, before, date, {
      since: { takenAt: lastSession, answers: had },
    });
    expect(
      fieldsOf(blocks)
        .filter((b) => b.since)
        .map((b) => [b.fieldId, b.since, b.was]),
    ).toEqual([
      ["stoppedUsing", "Removed since 12 Nov", ["The bakery on the corner never rang back."]],
      ["serviceList", "Removed since 12 Nov", ["Be friendly", "Ring back the same day"]],
    ]);
    const pdf = await writePdf(blocks, pdfInfo(englishWords, before, date), fonts, printable);
    const text = pdfText(savePdf(pdf, "removed.pdf")).replace(/\s+/g, " ");
    expect(text).toContain(
      "Removed since 12 Nov It said: The bakery on the corner never rang back.",
    );
    expect(text).toContain("Since your last PDF on 12 Nov: 2 removed.");
  });

  it("tells two PDFs of the same day apart by the time", () => {
    const morning = new Date(2025, 10, 26, 9, 5).getTime();
    const blocks = toPdfBlocks(englishWords, now, new Date(2025, 10, 26, 14, 30), {
      since: { takenAt: morning, answers: before },
    });
    expect(blocks[0]).toMatchObject({
      changes: "Since your last PDF on 26 Nov at 09:05: 1 new answer, 1 changed.",
    });
    expect(fieldsOf(blocks).find((b) => b.since)?.since).toBe("New since 26 Nov at 09:05");
  });

  it("marks nothing in the first PDF", () => {
    const blocks = toPdfBlocks(englishWords, now, date);
    expect(blocks[0]).not.toHaveProperty("changes");
    expect(fieldsOf(blocks).some((b) => b.since)).toBe(false);
  });

  it("prints the marks and the summary", async () => {
    const text = pdfText(savePdf(await makePdf(), "since.pdf")).replace(/\s+/g, " ");
    expect(text).toContain("New since 12 Nov");
    expect(text).toContain("Since your last PDF on 12 Nov: 1 new answer, 1 changed.");
  });
});

describe("the answers inside the PDF", () => {
  const example = withDefaults(workbook, exampleAnswers(workbook));
  const history = { workbookId: "wb-1", snapshots: [snapshotOf(before, lastSession)] };

  it("restore exactly, with the history, through the same reader as a backup file", async () => {
    const bytes = await makePdf(example, backupText(example, date, history));
    const read = await readBackupFile(new Blob([bytes], { type: "application/pdf" }));
    expect(read).toMatchObject({ ok: true, workbookId: "wb-1" });
    if (!read.ok) return;
    expect(read.answers).toEqual(example);
    expect(read.snapshots.map((s) => s.takenAt)).toEqual([lastSession]);
  });

  it("are said to be there, in small print on the last page", async () => {
    const path = savePdf(await makePdf(example, backupText(example, date, history)), "holds.pdf");
    expect(pdfText(path).replace(/\s+/g, " ")).toContain(englishWords.more.pdf.holdsAnswers);
  });

  it("are not claimed by a PDF without them, which restore refuses", async () => {
    const bytes = await makePdf(example);
    expect(pdfText(savePdf(bytes, "plain.pdf"))).not.toContain("holds a copy");
    const read = await readBackupFile(new Blob([bytes]));
    expect(read).toMatchObject({ ok: false });
    if (read.ok) return;
    expect(said(read)).toMatch(/This PDF was not made by this workbook/);
  });
});
