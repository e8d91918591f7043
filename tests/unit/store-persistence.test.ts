import type { ListItem, TableRow } from "../../src/content/types";
import { asidePrefix } from "../../src/store/keys";
import { restoreLostEdit } from "../../src/store/lost-edits";
import { deleteKeptAside, removeWorkbook } from "../../src/store/remove-workbook";
import { createPersistence, TIMING, type Persistence } from "../../src/store/persistence";
import { readSaved } from "../../src/formats/saved-data";
import { createWorkbookStore } from "../../src/store/workbook-store";

/**
 * Saving beside the store, against jsdom's localStorage. Each test opens its own workbooks with
 * `open` and they are all stopped after it; the clock is fake, so every delay is exact.
 */

const KEY = "test-saving";
const ASIDE = asidePrefix(KEY);

/** Saved data exactly as each version wrote it. */
const fixtures = import.meta.glob<string>("../fixtures/saved-v*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const fixture = (version: number) => fixtures[`../fixtures/saved-v${version}.json`]!;

type SavedText = { version: number; state: { answers: Record<string, unknown> } };
const saved = (key = KEY): SavedText | null => {
  const raw = localStorage.getItem(key);
  return raw === null ? null : (JSON.parse(raw) as SavedText);
};
const asideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(ASIDE));
const quotaExceeded = () => {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
const row = (id: string, point: string, service = ""): TableRow => ({ id, point, service });
const item = (id: string, text: string): ListItem => ({ id, text });

const opened: Persistence[] = [];

/** A workbook as a page opens it: its store, read from storage at once, and saving started. */
function open(key = KEY, { start = true } = {}) {
  const store = createWorkbookStore();
  const saving = createPersistence(store, key);
  opened.push(saving);
  if (start) saving.start();
  const handle = { store, saving, key };
  return {
    store,
    saving,
    state: () => store.getState(),
    removeAll: () => removeWorkbook(handle),
    deleteKeptAside: (foundAt: number) => deleteKeptAside(handle, foundAt),
  };
}

/** What another tab's write looks like to this one: the browser's storage event. */
function storageEvent(key: string | null, newValue: string | null, area: Storage = localStorage) {
  window.dispatchEvent(new StorageEvent("storage", { key, newValue, storageArea: area }));
}

/** Lets the waiting time of saving pass. */
const wait = (ms: number) => vi.advanceTimersByTime(ms);
const settle = () => wait(TIMING.maxWaitMs + 100);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-05-03T10:00:00Z") });
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const saving of opened.splice(0)) saving.stop();
  vi.useRealTimers();
});

describe("loading what is saved", () => {
  it.each([1, 2, 3])("reads a version %i save at once, before saving starts", (version) => {
    localStorage.setItem(KEY, fixture(version));
    const { state } = open(KEY, { start: false });
    expect(state().answers.yourName).toBe("Zofia Wróblewska");
    expect(state().answers.businessName).toBe("Bloom & Crumb");
    expect(state().lastStepId).toBe(version === 2 ? "contact-points" : "organising");
    expect(state()).toMatchObject({ keptAside: [], unreadableFields: [] });
  });

  it.each([1, 2])("writes a version %i save forward as version 4, every answer kept", (v) => {
    localStorage.setItem(KEY, fixture(v));
    const { state } = open();
    settle();
    // Opening alone writes nothing.
    expect(localStorage.getItem(KEY)).toBe(fixture(v));

    state().setAnswer("coachName", "Sam");
    state().setLastStep("complaints");
    settle();
    expect(saved()?.version).toBe(4);
    expect(readSaved(localStorage.getItem(KEY))).toMatchObject({
      saved: {
        lastStepId: "complaints",
        answers: {
          yourName: "Zofia Wróblewska",
          coachName: "Sam",
          contactPoints: expect.arrayContaining([
            expect.objectContaining({ id: "row-1", point: "Phone enquiry" }),
          ]) as unknown,
        },
      },
    });
  });

  it("brings back a version 3 save whole: undo history and dates too", () => {
    localStorage.setItem(KEY, fixture(3));
    const { state } = open();
    expect(state().removals).toHaveLength(1);
    expect(state().removals[0]).toMatchObject({ label: "row 3: Delivery" });
    expect(state()).toMatchObject({ startedAt: 1746262800000, backedUpAt: 1746266000000 });
  });

  it("keeps workbooks with different keys apart", () => {
    open().state().setAnswer("yourName", "Amira");
    settle();
    expect(open(`${KEY}-other`).state().answers.yourName).toBe("");
    expect(localStorage.getItem(`${KEY}-other`)).toBeNull();
  });
});

describe("saving as the user types", () => {
  it("writes a short pause after a change, saying Saving… until then", () => {
    const { state } = open();
    state().setAnswer("yourName", "Amira");
    expect(state().saveState).toBe("pending");
    wait(TIMING.delayMs - 1);
    expect(saved()).toBeNull();
    wait(1);
    expect(saved()?.state.answers.yourName).toBe("Amira");
    expect(state().saveState).toBe("saved");
    expect(state().savedAt).toBe(Date.now());
  });

  it("writes within a second even while typing goes on without a pause", () => {
    const writes: number[] = [];
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, "setItem")!
      .value as Storage["setItem"];
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key === KEY) writes.push(Date.now());
      setItem.call(this, key, value);
    });
    const { state } = open();
    const first = Date.now();
    let text = "";
    for (let i = 0; i < 40; i++) {
      text += "a";
      state().setAnswer("stoppedUsing", text);
      wait(100);
    }
    const last = Date.now() - 100;
    settle();
    expect(writes.length).toBeGreaterThanOrEqual(4);
    expect(writes[0]! - first).toBeLessThanOrEqual(1000);
    writes.slice(1).forEach((at, i) => expect(at - writes[i]!).toBeLessThanOrEqual(1000));
    expect(writes.at(-1)! - last).toBeLessThanOrEqual(1000);
    expect(saved()?.state.answers.stoppedUsing).toBe(text);
  });

  it("writes nothing for a new visitor who only moves between steps", () => {
    const { state, saving } = open();
    for (const step of ["contact-points", "organising", "review"]) {
      state().setLastStep(step);
      wait(200);
    }
    settle();
    saving.flush();
    window.dispatchEvent(new Event("pagehide"));
    expect(localStorage).toHaveLength(0);
    expect(state().saveState).toBe("idle");
  });

  it("remembers the step once there are answers to go with it", () => {
    const { state } = open();
    state().setAnswer("yourName", "Amira");
    state().setLastStep("organising");
    settle();
    expect(readSaved(localStorage.getItem(KEY))).toMatchObject({
      saved: { lastStepId: "organising" },
    });
  });

  it("writes at once what is waiting when the page is hidden or closed", () => {
    const { state } = open();
    state().setAnswer("yourName", "Amira");
    window.dispatchEvent(new Event("pagehide"));
    expect(saved()?.state.answers.yourName).toBe("Amira");

    state().setAnswer("yourName", "Amira Khan");
    const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(saved()?.state.answers.yourName).toBe("Amira Khan");
    visibility.mockRestore();

    state().setAnswer("yourName", "A. Khan");
    const close = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(close);
    expect(saved()?.state.answers.yourName).toBe("A. Khan");
    // Everything is saved, so the browser need not ask before closing.
    expect(close.defaultPrevented).toBe(false);
  });

  it("writes the cleared workbook when every answer is cleared", () => {
    const { state } = open();
    state().setAnswer("yourName", "Amira");
    settle();
    state().clearAnswers();
    settle();
    expect(saved()?.state.answers.yourName).toBe("");
    expect(localStorage.getItem(KEY)).not.toContain("Amira");
  });

  it("writes what is waiting when stopped, then nothing more, and hears no other tab", () => {
    const { state, saving } = open();
    state().setAnswer("yourName", "Amira");
    saving.stop();
    expect(saved()?.state.answers.yourName).toBe("Amira");

    const setItem = vi.spyOn(Storage.prototype, "setItem");
    state().setAnswer("yourName", "Bea");
    settle();
    window.dispatchEvent(new Event("pagehide"));
    const close = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(close);
    expect(setItem).not.toHaveBeenCalled();

    const other = open(KEY, { start: false });
    other.state().setAnswer("coachName", "Sam");
    other.saving.flush();
    storageEvent(KEY, localStorage.getItem(KEY));
    expect(state().answers.coachName).toBe("");
  });
});

describe("saved data that cannot be read", () => {
  it("is copied aside untouched when saving starts, and an empty workbook starts beside it", () => {
    const raw = '{"state":{"answers":{"yourName":"Amira"';
    localStorage.setItem(KEY, raw);
    const { state } = open();
    expect(state().answers.yourName).toBe("");
    expect(state().keptAside).toEqual([
      expect.objectContaining({ raw, reason: "damaged", isNew: true }),
    ]);
    expect(asideKeys()).toHaveLength(1);
    expect(localStorage.getItem(asideKeys()[0]!)).toBe(raw);

    // The new workbook saves as normal; the copy stays as it was.
    state().setAnswer("yourName", "Bea");
    settle();
    expect(saved()?.state.answers.yourName).toBe("Bea");
    expect(localStorage.getItem(asideKeys()[0]!)).toBe(raw);
  });

  it("is read, but nothing is written, before saving starts", () => {
    localStorage.setItem(KEY, "garbage");
    const { state } = open(KEY, { start: false });
    expect(asideKeys()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBe("garbage");
    expect(state().answers.yourName).toBe("");
  });

  it("is kept once, however often the page is reloaded before anything is typed", () => {
    localStorage.setItem(KEY, "garbage");
    open().saving.stop();
    const again = open();
    expect(asideKeys()).toHaveLength(1);
    expect(again.state().keptAside).toEqual([
      expect.objectContaining({ raw: "garbage", isNew: true }),
    ]);
  });

  it("stays hidden once the user has hidden the message, when the first answer is saved", () => {
    localStorage.setItem(KEY, "garbage");
    const { state } = open();
    state().dismissKeptAside(state().keptAside[0]!.foundAt);
    state().setAnswer("yourName", "Bea");
    settle();
    expect(state().keptAside).toEqual([expect.objectContaining({ raw: "garbage", isNew: false })]);
  });

  it("from a newer version is never written over: this tab stops writing, and says so", () => {
    const raw = JSON.stringify({ version: 99, state: { everything: "different" } });
    localStorage.setItem(KEY, raw);
    const { state } = open();
    expect(state()).toMatchObject({ saveState: "failed", saveProblem: "newer" });
    state().setAnswer("yourName", "Bea");
    settle();
    window.dispatchEvent(new Event("pagehide"));
    expect(localStorage.getItem(KEY)).toBe(raw);
    expect(asideKeys()).toEqual([]);
  });

  it("saved by a newer version in another tab stops this tab writing, with no copy per save", () => {
    const { state } = open();
    state().setAnswer("yourName", "Bea");
    settle();
    const newer = JSON.stringify({ version: 99, state: { everything: "different" } });
    localStorage.setItem(KEY, newer);
    storageEvent(KEY, newer);
    expect(state().saveProblem).toBe("newer");
    for (const name of ["Bea Jones", "Bea Jones-Smith"]) {
      state().setAnswer("yourName", name);
      settle();
    }
    window.dispatchEvent(new Event("pagehide"));
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(asideKeys()).toEqual([]);
  });

  it("loads every answer it can when only some are damaged, and keeps the original aside", () => {
    const raw = JSON.stringify({
      version: 1,
      state: { answers: { yourName: "Amira", contactPoints: "oops" }, lastStepId: "about-you" },
    });
    localStorage.setItem(KEY, raw);
    const { state } = open();
    expect(state().answers.yourName).toBe("Amira");
    expect(state().answers.contactPoints).toEqual([]);
    expect(state().unreadableFields).toEqual(["contactPoints"]);
    expect(state().keptAside).toEqual([expect.objectContaining({ raw, reason: "partial" })]);
    state().setAnswer("businessName", "Bloom");
    settle();
    expect(saved()?.state.answers).toMatchObject({ yourName: "Amira", businessName: "Bloom" });
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([raw]);
  });

  it("is never overwritten when there is no room to copy it aside", () => {
    localStorage.setItem(KEY, "garbage");
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    const { state } = open();
    expect(state()).toMatchObject({ saveState: "failed", saveProblem: "full" });
    state().setAnswer("yourName", "Bea");
    settle();
    wait(TIMING.retryMs * 2);
    expect(localStorage.getItem(KEY)).toBe("garbage");
    // Still offered for download from memory.
    expect(state().keptAside).toEqual([expect.objectContaining({ key: null, raw: "garbage" })]);
    expect(state().answers.yourName).toBe("Bea");
  });

  it("is kept apart for each workbook", () => {
    localStorage.setItem(KEY, "garbage");
    open();
    expect(open(`${KEY}-class`).state().keptAside).toEqual([]);
  });

  it("can be deleted once the user has downloaded it", () => {
    localStorage.setItem(KEY, "garbage");
    const { state, deleteKeptAside } = open();
    deleteKeptAside(state().keptAside[0]!.foundAt);
    expect(asideKeys()).toEqual([]);
    expect(state().keptAside).toEqual([]);
  });
});

describe("when the browser will not save", () => {
  it("says so, keeps the answers in memory, and saves them with the next change", () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    const { state } = open();
    state().setAnswer("yourName", "Amira");
    settle();
    expect(state()).toMatchObject({ saveState: "failed", saveProblem: "full" });
    expect(state().answers.yourName).toBe("Amira");
    expect(saved()).toBeNull();

    // While failing, typing does not pretend to be saving.
    state().setAnswer("yourName", "Amira K");
    expect(state().saveState).toBe("failed");

    setItem.mockRestore();
    state().setAnswer("businessName", "Bloom & Crumb");
    settle();
    expect(state()).toMatchObject({ saveState: "saved", saveProblem: null });
    expect(saved()?.state.answers).toMatchObject({
      yourName: "Amira K",
      businessName: "Bloom & Crumb",
    });
  });

  it("tries again by itself, so answers are saved once there is room", () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    const { state } = open();
    state().setAnswer("yourName", "Amira");
    settle();
    wait(TIMING.retryMs);
    expect(state().saveState).toBe("failed");
    expect(setItem.mock.calls.length).toBeGreaterThanOrEqual(2);
    setItem.mockRestore();
    wait(TIMING.retryMs);
    expect(state().saveState).toBe("saved");
    expect(saved()?.state.answers.yourName).toBe("Amira");
  });

  it("asks before the page is closed while changes are not saved", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    const { state } = open();
    state().setAnswer("yourName", "Amira");
    const close = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(close);
    expect(close.defaultPrevented).toBe(true);
  });

  it("says storage is blocked as soon as the page opens, and still keeps answers in memory", () => {
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    const { state } = open();
    expect(state()).toMatchObject({ saveState: "failed", saveProblem: "blocked" });
    state().setAnswer("yourName", "Amira");
    settle();
    expect(state().answers.yourName).toBe("Amira");
    expect(state().saveProblem).toBe("blocked");
  });

  it("reports the save state only when it changes, so saving can never feed itself", () => {
    const { state, store } = open();
    const listener = vi.fn();
    store.subscribe(listener);
    state().setAnswer("yourName", "Amira");
    settle();
    const calls = listener.mock.calls.length;
    // One change, "Saving…", "Saved" and the time it was saved: a handful, not a loop.
    expect(calls).toBeLessThanOrEqual(4);
    state().setAnswer("yourName", "Amira");
    state().setLastStep(state().lastStepId);
    settle();
    expect(listener).toHaveBeenCalledTimes(calls);
  });
});

describe("two tabs on one workbook", () => {
  /** Tab A listens for storage events; tab B is driven by hand and writes with flush(). */
  function twoTabs() {
    const a = open();
    const b = open(KEY, { start: false });
    const bWrites = () => {
      b.saving.flush();
      storageEvent(KEY, localStorage.getItem(KEY));
    };
    return { a, b, bWrites };
  }

  it("neither tab's save discards answers the other saved since it loaded", () => {
    const { a, b } = twoTabs();
    a.state().setAnswer("yourName", "Amira");
    settle();
    // Tab B has not heard of tab A's change, and saves a different answer.
    b.state().setAnswer("businessName", "Bloom & Crumb");
    b.saving.flush();
    expect(saved()?.state.answers).toMatchObject({
      yourName: "Amira",
      businessName: "Bloom & Crumb",
    });
    // Tab B picked up tab A's answer while saving.
    expect(b.state().answers.yourName).toBe("Amira");
  });

  it("shows the other tab's change at once, without a reload and without writing", () => {
    const { a, b, bWrites } = twoTabs();
    b.state().setAnswer("coachName", "Sam Taylor");
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    bWrites();
    setItem.mockClear();
    expect(a.state().answers.coachName).toBe("Sam Taylor");
    settle();
    expect(setItem).not.toHaveBeenCalled();
  });

  it("merges cell by cell: each tab's cell of the same row is kept", () => {
    const { a, b, bWrites } = twoTabs();
    a.state().setAnswer("contactPoints", [row("r1", "Phone"), row("r2", "Shop")]);
    settle();
    b.saving.flush();
    expect(b.state().answers.contactPoints).toEqual([row("r1", "Phone"), row("r2", "Shop")]);

    // At the same time: A writes in row 1, B in row 2 and in the other column of row 1.
    wait(5);
    a.state().setAnswer("contactPoints", [row("r1", "Phone enquiry"), row("r2", "Shop")]);
    b.state().setAnswer("contactPoints", [row("r1", "Phone", "Three rings"), row("r2", "Stall")]);
    bWrites();
    const both = [row("r1", "Phone enquiry", "Three rings"), row("r2", "Stall")];
    expect(a.state().answers.contactPoints).toEqual(both);
    settle();
    expect(saved()?.state.answers.contactPoints).toEqual(both);
    b.saving.flush();
    expect(b.state().answers.contactPoints).toEqual(both);
    expect([...a.state().lostEdits, ...b.state().lostEdits]).toEqual([]);
  });

  it("keeps a row added in one tab while the other removes another", () => {
    const { a, b, bWrites } = twoTabs();
    a.state().setAnswer("serviceList", [item("i1", "One"), item("i2", "Two")]);
    settle();
    b.saving.flush();
    wait(5);
    a.state().removeRow("serviceList", [], "i1", "promise 1: One");
    b.state().setAnswer("serviceList", [
      ...(b.state().answers.serviceList as ListItem[]),
      item("i3", "Three"),
    ]);
    bWrites();
    expect(a.state().answers.serviceList).toEqual([item("i2", "Two"), item("i3", "Three")]);
    // The removal can still be undone in the tab that made it.
    a.state().undoRemoval(a.state().removals[0]!.id);
    expect(a.state().answers.serviceList).toEqual([
      item("i1", "One"),
      item("i2", "Two"),
      item("i3", "Three"),
    ]);
  });

  it("lets the later change to the same question win, and tells the tab whose text was not kept", () => {
    const { a, b, bWrites } = twoTabs();
    a.state().setAnswer("yourName", "Amira");
    wait(5);
    b.state().setAnswer("yourName", "Amira Khan");
    bWrites();
    expect(a.state().answers.yourName).toBe("Amira Khan");
    expect(a.state().lostEdits).toEqual([
      expect.objectContaining({
        kind: "text",
        fieldId: "yourName",
        other: "Amira",
        keptMine: false,
      }),
    ]);
    // The user takes their own version back; it is saved and reaches the other tab.
    restoreLostEdit(a.store, a.state().lostEdits[0]!.id);
    settle();
    b.saving.flush();
    expect(b.state().answers.yourName).toBe("Amira");
    expect(saved()?.state.answers.yourName).toBe("Amira");
  });

  it("forgets the answers when the other tab removes them, and does not write them back", () => {
    const { a, b } = twoTabs();
    a.state().setAnswer("yourName", "Amira");
    settle();
    b.saving.flush();
    b.removeAll();
    storageEvent(KEY, null);
    expect(a.state().answers.yourName).toBe("");
    expect(a.state().notice).toEqual({ kind: "removedElsewhere" });
    a.state().setLastStep("complaints");
    settle();
    window.dispatchEvent(new Event("pagehide"));
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("forgets the answers when the other tab clears all of the site's storage", () => {
    const { a } = twoTabs();
    a.state().setAnswer("yourName", "Amira");
    settle();
    localStorage.clear();
    storageEvent(null, null);
    expect(a.state().answers.yourName).toBe("");
    settle();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("ignores the other tab's session storage and other keys", () => {
    const { a } = twoTabs();
    a.state().setAnswer("yourName", "Amira");
    settle();
    storageEvent(KEY, null, sessionStorage);
    storageEvent("someone-else", null);
    expect(a.state().answers.yourName).toBe("Amira");
  });

  it("hears of unreadable data the other tab kept aside", () => {
    const { a } = twoTabs();
    localStorage.setItem(`${ASIDE}123`, "garbage");
    storageEvent(`${ASIDE}123`, "garbage");
    expect(a.state().keptAside).toEqual([
      expect.objectContaining({ key: `${ASIDE}123`, raw: "garbage", foundAt: 123 }),
    ]);
  });
});

describe("removing the answers from this browser", () => {
  it("removes the workbook and any copies kept aside, and says what went", () => {
    localStorage.setItem(KEY, "garbage");
    localStorage.setItem("someone-else", "keep me");
    const { state, removeAll } = open();
    state().setAnswer("yourName", "Amira");
    state().setAnswer("businessName", "Bloom & Crumb");
    settle();
    expect(removeAll()).toEqual({ answered: 2, keptAside: 1, removedFromBrowser: true });
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(asideKeys()).toEqual([]);
    expect(localStorage.getItem("someone-else")).toBe("keep me");
    expect(state().answers.yourName).toBe("");
    expect(state().keptAside).toEqual([]);
    // Nothing of theirs comes back on the next visit.
    expect(open().state().answers.yourName).toBe("");
  });

  it("writes nothing afterwards, however the user moves on", () => {
    const { state, saving, removeAll } = open();
    state().setAnswer("yourName", "Amira");
    state().setAnswer("contactPoints", [row("r1", "Phone")]);
    state().removeRow("contactPoints", [], "r1", "row 1: Phone");
    settle();
    removeAll();
    for (const step of ["about-you", "contact-points", "review"]) {
      state().setLastStep(step);
      wait(300);
    }
    settle();
    window.dispatchEvent(new Event("pagehide"));
    saving.stop();
    expect(localStorage).toHaveLength(0);
  });
});
