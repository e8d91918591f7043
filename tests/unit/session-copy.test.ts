import { withDefaults } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import {
  lastSessionCopy,
  movedCount,
  movedMark,
  movedSince,
} from "../../src/features/coach-review/session-copy";
import { englishWords } from "../fixtures/english";

const blank = withDefaults(workbook);
const at = (day: number, hour = 10) => new Date(2025, 10, day, hour).getTime();
const copy = (takenAt: number, businessName = "") => ({
  takenAt,
  answers: { ...blank, businessName },
});

describe("the session copy a coach compares a workbook with", () => {
  it("is the newest taken before the file was made: a PDF's own copy is what the coach reads", () => {
    const pdfMade = new Date(at(26));
    const copies = [copy(at(12), "first"), copy(pdfMade.getTime(), "this PDF"), copy(at(19))];
    expect(lastSessionCopy(copies, pdfMade)?.takenAt).toBe(at(19));
    // A backup made after its last PDF: that PDF's copy.
    expect(lastSessionCopy(copies, new Date(at(27)))?.answers.businessName).toBe("this PDF");
    // A file that does not say when it was made: the newest.
    expect(lastSessionCopy(copies, null)?.takenAt).toBe(pdfMade.getTime());
    expect(lastSessionCopy([copy(at(26))], pdfMade)).toBeNull();
    expect(lastSessionCopy([], null)).toBeNull();
  });

  it("marks what moved since, dated by day, and by time on the day the review was opened", () => {
    const since = copy(at(12), "Bloom");
    const now = { ...blank, businessName: "Bloom & Crumb", stoppedUsing: "They moved away." };
    const moved = movedSince(since, now, new Date(at(26)), englishWords)!;
    expect(moved.date).toBe("12 Nov");
    const changes = [...moved.changes.values()];
    expect(changes.map((c) => movedMark(c, moved.date, englishWords))).toEqual([
      "Changed since 12 Nov",
      "New since 12 Nov",
    ]);
    expect(movedCount(changes, englishWords)).toBe("1 new, 1 changed");
    // The words added, compared within the review step's time budget.
    const diff = moved.diffs.get("businessName");
    expect(Array.isArray(diff) && diff.filter((p) => p.added).map((p) => p.value)).toEqual([
      "& Crumb",
    ]);
    expect(movedSince(since, now, new Date(at(12, 16)), englishWords)?.date).toBe(
      "12 Nov at 10:00",
    );
    expect(movedSince(null, now, new Date(), englishWords)).toBeNull();
    expect(movedCount([], englishWords)).toBeNull();
  });
});
