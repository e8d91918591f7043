import { createWorkbookStore, RETRY_MS } from "../../src/store/workbook-store";

const KEY = "test-saving";
const ASIDE = `${KEY}:unreadable-`;

const asideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(ASIDE));
const saved = (): { state: { answers: Record<string, unknown> } } | null => {
  const raw = localStorage.getItem(KEY);
  return raw === null ? null : (JSON.parse(raw) as { state: { answers: Record<string, unknown> } });
};
const quotaExceeded = () => {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};

/** What another tab's write looks like to this one. */
function storageEvent(key: string, oldValue: string | null, newValue: string | null) {
  window.dispatchEvent(
    new StorageEvent("storage", { key, oldValue, newValue, storageArea: localStorage }),
  );
}

describe("saved data that cannot be read", () => {
  it("is copied aside untouched, and an empty workbook starts beside it", () => {
    const raw = '{"state":{"answers":{"yourName":"Amira"';
    localStorage.setItem(KEY, raw);
    const store = createWorkbookStore(KEY);
    const { keptAside, answers } = store.getState();
    expect(answers.yourName).toBe("");
    expect(keptAside).toHaveLength(1);
    expect(keptAside[0]).toMatchObject({ raw, reason: "damaged", isNew: true });
    expect(asideKeys()).toHaveLength(1);
    expect(localStorage.getItem(asideKeys()[0]!)).toBe(raw);

    // The new workbook saves as normal; the copy stays as it was.
    store.getState().setAnswers({ yourName: "Bea" });
    expect(saved()?.state.answers.yourName).toBe("Bea");
    expect(localStorage.getItem(asideKeys()[0]!)).toBe(raw);
  });

  it("is kept once, however often the page is reloaded before anything is typed", () => {
    localStorage.setItem(KEY, "garbage");
    createWorkbookStore(KEY);
    const again = createWorkbookStore(KEY);
    expect(asideKeys()).toHaveLength(1);
    expect(again.getState().keptAside[0]?.isNew).toBe(true);
  });

  it("stays hidden once the user has hidden the message, when the first answer is saved", () => {
    localStorage.setItem(KEY, "garbage");
    const store = createWorkbookStore(KEY);
    store.getState().dismissKeptAside(store.getState().keptAside[0]!.foundAt);
    store.getState().setAnswers({ yourName: "Bea" });
    expect(store.getState().keptAside).toMatchObject([{ raw: "garbage", isNew: false }]);
  });

  it("from a newer version is kept aside too, and called newer", () => {
    const raw = JSON.stringify({ version: 99, state: { everything: "different" } });
    localStorage.setItem(KEY, raw);
    const store = createWorkbookStore(KEY);
    expect(store.getState().keptAside[0]).toMatchObject({ raw, reason: "newer" });
  });

  it("loads every answer it can when only some are damaged, and keeps the original aside", () => {
    const raw = JSON.stringify({
      version: 1,
      state: { answers: { yourName: "Amira", contactPoints: "oops" }, lastStepId: "about-you" },
    });
    localStorage.setItem(KEY, raw);
    const store = createWorkbookStore(KEY);
    expect(store.getState().answers.yourName).toBe("Amira");
    expect(store.getState().answers.contactPoints).toEqual([]);
    expect(store.getState().unreadableFields).toEqual(["contactPoints"]);
    expect(store.getState().keptAside[0]).toMatchObject({ raw, reason: "partial" });
  });

  it("is never overwritten when there is no room to copy it aside", () => {
    localStorage.setItem(KEY, "garbage");
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    const store = createWorkbookStore(KEY);
    expect(store.getState()).toMatchObject({ saveState: "failed", saveProblem: "full" });
    store.getState().setAnswers({ yourName: "Bea" });
    expect(localStorage.getItem(KEY)).toBe("garbage");
    // Still offered for download from memory.
    expect(store.getState().keptAside[0]).toMatchObject({ key: null, raw: "garbage" });
    expect(store.getState().answers.yourName).toBe("Bea");
  });

  it("is kept apart for each workbook", () => {
    localStorage.setItem(KEY, "garbage");
    createWorkbookStore(KEY);
    const other = createWorkbookStore(`${KEY}-class`);
    expect(other.getState().keptAside).toEqual([]);
  });
});

describe("when the browser will not save", () => {
  it("says so, keeps the answers in memory, and saves them with the next change", () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    const store = createWorkbookStore(KEY);
    store.getState().setAnswers({ yourName: "Amira" });
    expect(store.getState()).toMatchObject({ saveState: "failed", saveProblem: "full" });
    expect(store.getState().answers.yourName).toBe("Amira");
    expect(saved()).toBeNull();

    // While failing, typing does not pretend to be saving.
    store.getState().markPending();
    expect(store.getState().saveState).toBe("failed");

    setItem.mockRestore();
    store.getState().setAnswers({ businessName: "Bloom & Crumb" });
    expect(store.getState()).toMatchObject({ saveState: "saved", saveProblem: null });
    expect(saved()?.state.answers).toMatchObject({
      yourName: "Amira",
      businessName: "Bloom & Crumb",
    });
  });

  it("tries again by itself, so answers are saved once there is room", () => {
    vi.useFakeTimers();
    try {
      const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
      const store = createWorkbookStore(KEY);
      store.getState().setAnswers({ yourName: "Amira" });
      vi.advanceTimersByTime(RETRY_MS);
      expect(store.getState().saveState).toBe("failed");
      setItem.mockRestore();
      vi.advanceTimersByTime(RETRY_MS);
      expect(store.getState().saveState).toBe("saved");
      expect(saved()?.state.answers.yourName).toBe("Amira");
    } finally {
      vi.useRealTimers();
    }
  });

  it("says storage is blocked as soon as the page opens, and still keeps answers in memory", () => {
    const blocked = vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    try {
      const store = createWorkbookStore(KEY);
      expect(store.getState()).toMatchObject({ saveState: "failed", saveProblem: "blocked" });
      store.getState().setAnswers({ yourName: "Amira" });
      expect(store.getState().answers.yourName).toBe("Amira");
      expect(store.getState().saveProblem).toBe("blocked");
    } finally {
      blocked.mockRestore();
    }
  });

  it("reports the save state only when it changes, so saving can never feed itself", async () => {
    const store = createWorkbookStore(KEY);
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setAnswers({ yourName: "Amira" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const calls = listener.mock.calls.length;
    store.getState().setAnswers({ yourName: "Amira" });
    store.getState().setLastStep(store.getState().lastStepId);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBeLessThanOrEqual(3);
    expect(listener.mock.calls.length).toBe(calls);
  });
});

describe("two tabs on one workbook", () => {
  it("neither tab's save discards answers the other saved since it loaded", () => {
    const tabA = createWorkbookStore(KEY);
    const tabB = createWorkbookStore(KEY);
    tabA.getState().setAnswers({ yourName: "Amira" });
    // Tab B has not heard of tab A's change, and saves a different answer.
    tabB.getState().setAnswers({ businessName: "Bloom & Crumb" });
    expect(saved()?.state.answers).toMatchObject({
      yourName: "Amira",
      businessName: "Bloom & Crumb",
    });
    // Tab B picked up tab A's answer while saving, and its open form is told to reset.
    expect(tabB.getState().answers.yourName).toBe("Amira");
    expect(tabB.getState().revision).toBe(1);
  });

  it("shows the other tab's change without a reload", () => {
    const tabA = createWorkbookStore(KEY);
    const tabB = createWorkbookStore(KEY);
    const before = localStorage.getItem(KEY);
    tabA.getState().setAnswers({ coachName: "Sam Taylor" });
    storageEvent(KEY, before, localStorage.getItem(KEY));
    expect(tabB.getState().answers.coachName).toBe("Sam Taylor");
    expect(tabB.getState().revision).toBeGreaterThan(0);
  });

  it("saves what this tab is still typing before taking in the other tab's change", () => {
    const tabA = createWorkbookStore(KEY);
    const tabB = createWorkbookStore(KEY);
    const flush = vi.fn(() => tabB.getState().setAnswers({ businessWhat: "Cakes to order" }));
    tabB.getState().registerDrafts({ flush, discard: vi.fn() });
    tabA.getState().setAnswers({ yourName: "Amira" });
    storageEvent(KEY, null, localStorage.getItem(KEY));
    expect(flush).toHaveBeenCalled();
    expect(saved()?.state.answers).toMatchObject({
      yourName: "Amira",
      businessWhat: "Cakes to order",
    });
  });

  it("lets the later change to the same question win", () => {
    const tabA = createWorkbookStore(KEY);
    const tabB = createWorkbookStore(KEY);
    tabA.getState().setAnswers({ yourName: "Amira" });
    tabB.getState().setAnswers({ yourName: "Amira Khan" });
    expect(saved()?.state.answers.yourName).toBe("Amira Khan");
    storageEvent(KEY, null, localStorage.getItem(KEY));
    expect(tabA.getState().answers.yourName).toBe("Amira Khan");
  });

  it("forgets the answers when the other tab removes them, and does not write them back", () => {
    const tabA = createWorkbookStore(KEY);
    const tabB = createWorkbookStore(KEY);
    tabA.getState().setAnswers({ yourName: "Amira" });
    storageEvent(KEY, null, localStorage.getItem(KEY));
    const discard = vi.fn();
    tabB.getState().registerDrafts({ flush: vi.fn(), discard });

    const before = localStorage.getItem(KEY);
    tabA.getState().removeSaved();
    storageEvent(KEY, before, null);
    expect(discard).toHaveBeenCalled();
    expect(tabB.getState().answers.yourName).toBe("");
    expect(tabB.getState().notice).toMatch(/removed/);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

describe("removing the answers from this browser", () => {
  it("removes the workbook and any copies kept aside, and says what went", () => {
    localStorage.setItem(KEY, "garbage");
    localStorage.setItem("someone-else", "keep me");
    const store = createWorkbookStore(KEY);
    store.getState().setAnswers({ yourName: "Amira", businessName: "Bloom & Crumb" });
    expect(store.getState().removeSaved()).toEqual({
      answered: 2,
      keptAside: 1,
      removedFromBrowser: true,
    });
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(asideKeys()).toEqual([]);
    expect(localStorage.getItem("someone-else")).toBe("keep me");
    expect(store.getState().answers.yourName).toBe("");
    expect(store.getState().keptAside).toEqual([]);
    // Nothing of theirs comes back on the next visit.
    expect(createWorkbookStore(KEY).getState().answers.yourName).toBe("");
  });
});
