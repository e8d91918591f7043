import { LIMITS, withDefaults } from "../../src/content/kinds";
import type { TableRow } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import {
  addToCoachSpace,
  coachActions,
  coachSpaceFormat,
  type CoachSpace,
} from "../../src/features/coach-review/coach-space";
import { readCoachSpace } from "../../src/formats/coach-space-file";
import { openStoredValue, type StoredValue } from "../../src/store/stored-value";

/**
 * The coach's space in two tabs, kept with the stored-value primitive: every write merges what
 * the other tab saved, per comment and per agreed action, so nothing typed in either is lost.
 */

const KEY = "test-coach-space";
const opened: StoredValue<unknown, unknown>[] = [];
const timing = { delayMs: 300, maxWaitMs: 900, retryMs: 4000 };

/** A coach tab: its own copy of the space, saving under the same key as the others. */
function tab(): CoachSpace {
  const stored = openStoredValue(KEY, coachSpaceFormat, timing);
  opened.push(stored as StoredValue<unknown, unknown>);
  return coachActions(stored);
}

/** What the other tabs hear when one writes. */
function heard() {
  window.dispatchEvent(
    new StorageEvent("storage", {
      key: KEY,
      newValue: localStorage.getItem(KEY),
      storageArea: localStorage,
    }),
  );
}

const saved = () => {
  const read = readCoachSpace(localStorage.getItem(KEY));
  if (read.status !== "ok") throw new Error(`The coach space reads as ${read.status}`);
  return read.value;
};
const answers = withDefaults(workbook, { yourName: "Amira Khan" });

beforeEach(() => vi.useFakeTimers({ now: new Date("2026-05-03T10:00:00Z") }));
afterEach(() => {
  for (const value of opened.splice(0)) value.stop();
  vi.useRealTimers();
});

it("keeps both comments when two tabs type within moments of each other", () => {
  const a = tab();
  const id = a.addReview(answers);
  a.stored.flush();
  const b = tab();
  a.setComment(id, "yourName", "Lovely name");
  vi.advanceTimersByTime(100);
  b.setComment(id, "stoppedUsing", "A strong example");
  vi.advanceTimersByTime(timing.delayMs);
  heard();
  vi.advanceTimersByTime(timing.maxWaitMs);
  heard();
  const comments = { yourName: "Lovely name", stoppedUsing: "A strong example" };
  expect(saved().reviews[0]?.comments).toEqual(comments);
  expect(a.stored.get().reviews[0]?.comments).toEqual(comments);
  expect(b.stored.get().reviews[0]?.comments).toEqual(comments);
});

it("keeps one version of a comment typed in both tabs, and tells the tab that lost it", () => {
  const a = tab();
  const id = a.addReview(answers);
  a.stored.flush();
  const b = tab();
  a.setComment(id, "yourName", "First thoughts");
  vi.advanceTimersByTime(5);
  b.setComment(id, "yourName", "Second thoughts");
  a.stored.flush();
  heard();
  vi.advanceTimersByTime(timing.maxWaitMs);
  heard();
  expect(saved().reviews[0]?.comments.yourName).toBe("Second thoughts");
  expect(a.stored.get().reviews[0]?.comments.yourName).toBe("Second thoughts");
  expect(a.stored.store.getState().lost.concat(b.stored.store.getState().lost)).toEqual([
    expect.objectContaining({
      reviewId: id,
      conflict: expect.objectContaining({ kind: "text", other: "First thoughts" }) as unknown,
    }),
  ]);
});

it("never takes the agreed actions past the limit, and shows the tab what did not fit", () => {
  const a = tab();
  const id = a.addReview(answers);
  const rows = (from: number, n: number): TableRow[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `r${from + i}`,
      action: `Call ${from + i}`,
      byWhen: "",
    }));
  a.updateActions(id, () => rows(0, LIMITS.rows - 1));
  a.stored.flush();
  const b = tab();
  a.updateActions(id, (all) => [...all, ...rows(1000, 1)]);
  b.updateActions(id, (all) => [...all, ...rows(2000, 1)]);
  a.stored.flush();
  heard();
  b.stored.flush();
  heard();
  expect(saved().reviews[0]?.actions).toHaveLength(LIMITS.rows);
  expect(a.stored.get().reviews[0]?.actions).toHaveLength(LIMITS.rows);
  const lost = [...a.stored.store.getState().lost, ...b.stored.store.getState().lost];
  expect(lost).toEqual([
    expect.objectContaining({ conflict: expect.objectContaining({ kind: "noRoom" }) as unknown }),
  ]);
});

it("keeps a comment waiting in a coach tab when a link is opened for review in another page", () => {
  const a = tab();
  const id = a.addReview(answers);
  a.stored.flush();
  a.setComment(id, "yourName", "Not yet saved");
  // The workbook's own page opens a link "in coach review": it writes the space at once.
  const other = addToCoachSpace(withDefaults(workbook, { yourName: "Bea" }), null, KEY);
  heard();
  vi.advanceTimersByTime(timing.maxWaitMs);
  expect(
    saved()
      .reviews.map((r) => r.id)
      .sort(),
  ).toEqual([id, other].sort());
  expect(saved().reviews.find((r) => r.id === id)?.comments.yourName).toBe("Not yet saved");
});

it("does not bring back a workbook another tab removed", () => {
  const a = tab();
  const id = a.addReview(answers);
  a.stored.flush();
  const b = tab();
  b.removeReview(id);
  b.stored.flush();
  a.setComment(id, "yourName", "Typed as it went");
  a.stored.flush();
  expect(saved().reviews).toEqual([]);
});

it("stops writing, and says so, when a newer version of the app saved the space", () => {
  const newer = JSON.stringify({ version: 2, reviews: [{ whatever: true }] });
  localStorage.setItem(KEY, newer);
  const a = tab();
  expect(a.stored.store.getState().problem).toBe("newer");
  a.addReview(answers);
  vi.advanceTimersByTime(timing.maxWaitMs);
  window.dispatchEvent(new Event("pagehide"));
  expect(localStorage.getItem(KEY)).toBe(newer);
});

it("copies unreadable saved data aside before writing over it", () => {
  localStorage.setItem(KEY, "{damaged");
  const a = tab();
  a.addReview(answers);
  a.stored.flush();
  const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:unreadable-`));
  expect(aside.map((k) => localStorage.getItem(k))).toEqual(["{damaged"]);
  expect(saved().reviews).toHaveLength(1);
});

it("says when the browser will not keep the comments, and tries again", () => {
  const a = tab();
  const id = a.addReview(answers);
  const full = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  });
  a.setComment(id, "yourName", "Kept in memory");
  vi.advanceTimersByTime(timing.maxWaitMs);
  expect(a.stored.store.getState().problem).toBe("full");
  full.mockRestore();
  vi.advanceTimersByTime(timing.retryMs);
  expect(a.stored.store.getState().problem).toBeNull();
  expect(saved().reviews[0]?.comments.yourName).toBe("Kept in memory");
});
