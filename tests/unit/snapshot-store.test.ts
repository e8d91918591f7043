import { withDefaults } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { snapshotsKey } from "../../src/store/keys";
import { removeWorkbook } from "../../src/store/remove-workbook";
import { createPersistence, TIMING, type Persistence } from "../../src/store/persistence";
import { addSnapshots, storedSnapshots } from "../../src/features/changes/snapshot-store";
import { snapshotOf, SNAPSHOTS_KEPT } from "../../src/formats/snapshots";
import { createWorkbookStore } from "../../src/store/workbook-store";
import savedV4 from "../fixtures/saved-v4.json?raw";

/**
 * Snapshots live under a key of their own: saving the answers never rewrites them, the ones an
 * earlier version saved with the answers move there, and removing the workbook removes them.
 */

const KEY = "test-snapshots";
const opened: Persistence[] = [];

function open() {
  const store = createWorkbookStore();
  const saving = createPersistence(store, KEY);
  opened.push(saving);
  saving.start();
  return { store, saving };
}

const blank = withDefaults(workbook);
/** A day in April 2026, before the tests' "now". */
const day = (n: number) => Date.UTC(2026, 3, n, 9);
const mainState = () =>
  (JSON.parse(localStorage.getItem(KEY) ?? "null") as { state: Record<string, unknown> } | null)
    ?.state;

beforeEach(() => vi.useFakeTimers({ now: new Date("2026-05-03T10:00:00Z") }));
afterEach(() => {
  for (const saving of opened.splice(0)) saving.stop();
  vi.useRealTimers();
  localStorage.clear();
});

it("keeps each new snapshot beside those another tab stored, newest first", () => {
  const older = snapshotOf({ ...blank, businessName: "Old" }, day(1));
  localStorage.setItem(snapshotsKey(KEY), JSON.stringify([older]));
  const newer = snapshotOf({ ...blank, businessName: "New" }, day(2));
  expect(addSnapshots(KEY, [newer])).toBeNull();
  expect(storedSnapshots(KEY).map((s) => s.answers.businessName)).toEqual(["New", "Old"]);
});

it("keeps only the newest copies", () => {
  const many = Array.from({ length: SNAPSHOTS_KEPT + 3 }, (_, i) => snapshotOf(blank, day(i + 1)));
  addSnapshots(KEY, many);
  expect(storedSnapshots(KEY)).toHaveLength(SNAPSHOTS_KEPT);
  expect(storedSnapshots(KEY)[0]?.takenAt).toBe(day(SNAPSHOTS_KEPT + 3));
});

it("reads damaged or missing snapshots as none, and changes nothing stored", () => {
  expect(storedSnapshots(KEY)).toEqual([]);
  localStorage.setItem(snapshotsKey(KEY), "{not json");
  expect(storedSnapshots(KEY)).toEqual([]);
  expect(localStorage.getItem(snapshotsKey(KEY))).toBe("{not json");
});

it("never writes snapshots with the answers", () => {
  const { store } = open();
  addSnapshots(KEY, [snapshotOf(blank, day(1))]);
  store.getState().setAnswer("businessName", "Bloom");
  vi.advanceTimersByTime(TIMING.maxWaitMs + 100);
  expect(mainState()?.answers).toMatchObject({ businessName: "Bloom" });
  expect(mainState()).not.toHaveProperty("snapshots");
  expect(storedSnapshots(KEY)).toHaveLength(1);
});

it("moves snapshots an earlier version saved with the answers to their own key, once", () => {
  localStorage.setItem(KEY, savedV4);
  const { store } = open();
  expect(storedSnapshots(KEY).map((s) => s.id)).toEqual(["sn4Hk8Qw2Rt6"]);
  expect(storedSnapshots(KEY)[0]?.answers.businessName).toBe("Bloom");

  // The next save leaves them out of the answers' key.
  store.getState().setAnswer("businessName", "Bloom and more");
  vi.advanceTimersByTime(TIMING.maxWaitMs + 100);
  expect(mainState()).not.toHaveProperty("snapshots");

  // A snapshot added since is not written over when an old copy is read again.
  addSnapshots(KEY, [snapshotOf(blank, Date.now())]);
  localStorage.setItem(KEY, savedV4);
  open();
  expect(storedSnapshots(KEY)).toHaveLength(2);
});

it("removes the snapshots with the answers", () => {
  const { store, saving } = open();
  store.getState().setAnswer("businessName", "Bloom");
  addSnapshots(KEY, [snapshotOf(blank, day(1))]);
  saving.flush();
  expect(removeWorkbook({ store, saving, key: KEY }).removedFromBrowser).toBe(true);
  expect(localStorage.getItem(snapshotsKey(KEY))).toBeNull();
  expect(storedSnapshots(KEY)).toEqual([]);
});
