import { withDefaults } from "../../src/content/kinds";
import type { ListItem, TableRow } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { STEP } from "../../src/formats/doc";
import type { Conflict } from "../../src/store/merge";
import { emptyDoc } from "../../src/formats/saved-data";
import { restoreLostEdit } from "../../src/store/lost-edits";
import { createWorkbookStore, docOf } from "../../src/store/workbook-store";

const row = (id: string, point: string, service = ""): TableRow => ({ id, point, service });
const item = (id: string, text: string): ListItem => ({ id, text });

/** A store whose clock is set by the test, so change times can be checked. */
function storeAt(now: number, ...args: Parameters<typeof createWorkbookStore>) {
  vi.useFakeTimers({ toFake: ["Date"], now });
  return createWorkbookStore(...args);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the workbook store", () => {
  it("starts with an empty answer for every question and the first step", () => {
    const store = createWorkbookStore();
    const { answers, lastStepId, stamps, removals, saveState } = store.getState();
    expect(lastStepId).toBe("about-you");
    expect(answers).toEqual(withDefaults(workbook));
    expect(stamps).toEqual({});
    expect(removals).toEqual([]);
    expect(saveState).toBe("idle");
  });

  it("starts from a saved copy when given one", () => {
    const start = { ...emptyDoc(), lastStepId: "complaints" };
    start.answers = { ...start.answers, yourName: "Amira" };
    const state = createWorkbookStore({ ...start, startedAt: 5 }).getState();
    expect(docOf(state)).toEqual(start);
    expect(state.startedAt).toBe(5);
  });

  it("never touches the browser's storage", () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    const getItem = vi.spyOn(Storage.prototype, "getItem");
    const store = createWorkbookStore();
    store.getState().setAnswer("yourName", "Amira");
    store.getState().setAnswer("contactPoints", [row("a", "Phone")]);
    store.getState().removeRow("contactPoints", [], "a", "row 1: Phone");
    store.getState().setLastStep("complaints");
    store.getState().clearAnswers();
    expect(setItem).not.toHaveBeenCalled();
    expect(getItem).not.toHaveBeenCalled();
    expect(localStorage).toHaveLength(0);
  });
});

describe("noting what changed", () => {
  it("stamps the one part of an answer that changed, at the time it changed", () => {
    const store = storeAt(1000);
    store.getState().setAnswer("contactPoints", [row("a", "Phone"), row("b", "Shop")]);
    expect(store.getState().stamps).toEqual({ "contactPoints/a": 1000, "contactPoints/b": 1000 });
    vi.setSystemTime(2000);
    store.getState().setAnswer("contactPoints", [row("a", "Phone", "Smile"), row("b", "Shop")]);
    expect(store.getState().stamps).toMatchObject({
      "contactPoints/a/service": 2000,
      "contactPoints/b": 1000,
    });
    vi.setSystemTime(3000);
    store.getState().setAnswer("contactPoints", [row("b", "Shop"), row("a", "Phone", "Smile")]);
    expect(store.getState().stamps["contactPoints/#order"]).toBe(3000);
    expect(store.getState().startedAt).toBe(1000);
  });

  it("stamps a checklist's statuses and notes each at their own path", () => {
    const store = storeAt(1000);
    const entry = (status: "" | "yes", note: string) => ({
      items: { payWay: { status, note } },
      own: [{ id: "c1", text: "Tidy", status: "" as const, note: "" }],
    });
    store.getState().setAnswer("organisingChecklist", entry("", ""));
    expect(store.getState().stamps).toEqual({
      "organisingChecklist/items/payWay": 1000,
      "organisingChecklist/own/c1": 1000,
    });
    vi.setSystemTime(2000);
    store.getState().setAnswer("organisingChecklist", entry("", "Card reader"));
    vi.setSystemTime(3000);
    store.getState().setAnswer("organisingChecklist", entry("yes", "Card reader"));
    expect(store.getState().stamps).toEqual({
      "organisingChecklist/items/payWay": 1000,
      "organisingChecklist/items/payWay/note": 2000,
      "organisingChecklist/items/payWay/status": 3000,
      "organisingChecklist/own/c1": 1000,
    });
  });

  it("never gives two changes the same time, even within one millisecond", () => {
    const store = storeAt(1000);
    store.getState().setAnswer("yourName", "A");
    store.getState().setAnswer("businessName", "B");
    store.getState().setAnswer("yourName", "C");
    const { stamps } = store.getState();
    expect(stamps.businessName).toBeGreaterThan(1000);
    expect(stamps.yourName).toBeGreaterThan(stamps.businessName!);
  });

  it("changes nothing when an answer is set to the very same value", () => {
    const store = createWorkbookStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setAnswer("yourName", store.getState().answers.yourName!);
    store.getState().setLastStep(store.getState().lastStepId);
    expect(listener).not.toHaveBeenCalled();
  });

  it("stamps moving to another step apart from the answers", () => {
    const store = storeAt(1000);
    store.getState().setLastStep("complaints");
    expect(store.getState()).toMatchObject({ lastStepId: "complaints", stamps: { [STEP]: 1000 } });
    // Moving about is not starting the workbook.
    expect(store.getState().startedAt).toBeNull();
  });
});

describe("removing rows and putting them back", () => {
  it("removes a row, remembers when, and keeps it to undo", () => {
    const store = storeAt(1000);
    store.getState().setAnswer("contactPoints", [row("a", "Phone"), row("b", "Shop")]);
    vi.setSystemTime(2000);
    store.getState().removeRow("contactPoints", [], "a", "row 1: Phone");
    const { answers, removed, removals } = store.getState();
    expect(answers.contactPoints).toEqual([row("b", "Shop")]);
    expect(removed).toEqual({ "contactPoints/a": 2000 });
    expect(removals).toEqual([
      {
        id: expect.any(String) as string,
        fieldId: "contactPoints",
        path: [],
        index: 0,
        label: "row 1: Phone",
        at: 2000,
        row: row("a", "Phone"),
      },
    ]);
  });

  it("puts a removed row back where it was, and forgets the removal", () => {
    const store = createWorkbookStore();
    store.getState().setAnswer("serviceList", [item("a", "One"), item("b", "Two"), item("c", "3")]);
    store.getState().removeRow("serviceList", [], "b", "promise 2: Two");
    store.getState().undoRemoval(store.getState().removals[0]!.id);
    expect(store.getState().answers.serviceList).toEqual([
      item("a", "One"),
      item("b", "Two"),
      item("c", "3"),
    ]);
    expect(store.getState().removals).toEqual([]);
  });

  it("keeps several removals, newest first, and undoes any of them", () => {
    const store = storeAt(1000);
    store.getState().setAnswer("serviceList", [item("a", "A"), item("b", "B"), item("c", "C")]);
    for (const id of ["a", "b", "c"]) {
      vi.setSystemTime(Date.now() + 1000);
      store.getState().removeRow("serviceList", [], id, `promise 1: ${id}`);
    }
    expect(store.getState().removals.map((r) => r.row.id)).toEqual(["c", "b", "a"]);
    store.getState().undoRemoval(store.getState().removals[2]!.id);
    expect(store.getState().answers.serviceList).toEqual([item("a", "A")]);
    expect(store.getState().removals.map((r) => r.row.id)).toEqual(["c", "b"]);
  });

  it("removes and puts back an own check within its checklist", () => {
    const store = createWorkbookStore();
    const own = [
      { id: "c1", text: "Tidy", status: "yes" as const, note: "" },
      { id: "c2", text: "Sign", status: "" as const, note: "" },
    ];
    store.getState().setAnswer("organisingChecklist", { items: {}, own });
    store.getState().removeRow("organisingChecklist", ["own"], "c1", "check 1: Tidy");
    expect(store.getState().answers.organisingChecklist).toEqual({ items: {}, own: [own[1]] });
    store.getState().undoRemoval(store.getState().removals[0]!.id);
    expect(store.getState().answers.organisingChecklist).toEqual({ items: {}, own });
  });

  it("ignores a removal of a row that is not there", () => {
    const store = createWorkbookStore();
    store.getState().removeRow("contactPoints", [], "nope", "row 1");
    store.getState().undoRemoval("nope");
    expect(store.getState().removals).toEqual([]);
    expect(store.getState().answers.contactPoints).toEqual([]);
  });

  it("offers at most ten removals to undo", () => {
    const store = createWorkbookStore();
    const items = Array.from({ length: 12 }, (_, i) => item(`i${i}`, `Item ${i}`));
    store.getState().setAnswer("serviceList", items);
    for (const { id } of items) store.getState().removeRow("serviceList", [], id, id);
    expect(store.getState().removals).toHaveLength(10);
    expect(store.getState().removals[0]?.row.id).toBe("i11");
  });
});

describe("replacing and clearing every answer", () => {
  it("replaces every answer with a restored set, questions it lacks left empty", () => {
    const store = createWorkbookStore();
    store.getState().setAnswer("yourName", "Amira");
    store.getState().replaceAnswers({ businessName: "Bloom & Crumb" });
    expect(store.getState().answers).toEqual(
      withDefaults(workbook, { businessName: "Bloom & Crumb" }),
    );
    // The change is noted like any edit, so other tabs take it.
    expect(Object.keys(store.getState().stamps)).toEqual(
      expect.arrayContaining(["yourName", "businessName"]),
    );
  });

  it("clears every answer and goes back to the first step", () => {
    const store = createWorkbookStore();
    store.getState().setAnswer("yourName", "Amira");
    store.getState().setLastStep("complaints");
    store.getState().clearAnswers();
    expect(store.getState().answers).toEqual(withDefaults(workbook));
    expect(store.getState().lastStepId).toBe("about-you");
  });
});

describe("another tab's copy", () => {
  const lost: Conflict = {
    kind: "text",
    fieldId: "yourName",
    path: [],
    keptMine: false,
    other: "Amira K.",
  };

  it("is taken whole, with what this tab lost to it", () => {
    const store = createWorkbookStore();
    const doc = { ...emptyDoc(), stamps: { yourName: 5 } };
    doc.answers = { ...doc.answers, yourName: "Amira Khan" };
    store.getState().absorb(doc, [lost]);
    expect(store.getState().answers.yourName).toBe("Amira Khan");
    expect(store.getState().lostEdits).toEqual([{ ...lost, id: expect.any(String) as string }]);
  });

  it("is followed by later change times here, whatever this tab's clock says", () => {
    const store = storeAt(1000);
    store.getState().absorb({ ...emptyDoc(), stamps: { yourName: 50_000 } }, []);
    store.getState().setAnswer("businessName", "Bloom");
    expect(store.getState().stamps.businessName).toBeGreaterThan(50_000);
  });

  it("gives back the text that was not kept, when the user asks", () => {
    const store = createWorkbookStore();
    store.getState().setAnswer("yourName", "Amira Khan");
    store.getState().absorb(docOf(store.getState()), [lost]);
    restoreLostEdit(store, store.getState().lostEdits[0]!.id);
    expect(store.getState().answers.yourName).toBe("Amira K.");
    expect(store.getState().lostEdits).toEqual([]);
  });

  it("gives back a cell's text within a table", () => {
    const store = createWorkbookStore();
    store.getState().setAnswer("contactPoints", [row("a", "Phone", "Mine"), row("b", "Shop")]);
    store.getState().absorb(docOf(store.getState()), [
      {
        kind: "text",
        fieldId: "contactPoints",
        path: ["a", "service"],
        keptMine: true,
        other: "Theirs",
      },
    ]);
    restoreLostEdit(store, store.getState().lostEdits[0]!.id);
    expect(store.getState().answers.contactPoints).toEqual([
      row("a", "Phone", "Theirs"),
      row("b", "Shop"),
    ]);
  });

  it("puts back a row another tab removed, where it was", () => {
    const store = createWorkbookStore();
    store.getState().setAnswer("contactPoints", [row("a", "Phone"), row("c", "Post")]);
    store.getState().absorb(docOf(store.getState()), [
      {
        kind: "row",
        fieldId: "contactPoints",
        path: [],
        index: 1,
        row: row("b", "Shop", "Mine"),
      },
    ]);
    restoreLostEdit(store, store.getState().lostEdits[0]!.id);
    expect(store.getState().answers.contactPoints).toEqual([
      row("a", "Phone"),
      row("b", "Shop", "Mine"),
      row("c", "Post"),
    ]);
  });

  it("lets the user leave the version shown", () => {
    const store = createWorkbookStore();
    store.getState().absorb(docOf(store.getState()), [lost]);
    store.getState().dismissLostEdit(store.getState().lostEdits[0]!.id);
    expect(store.getState().lostEdits).toEqual([]);
    expect(store.getState().answers.yourName).toBe("");
  });
});

describe("keeping the workbook safe", () => {
  it("notes when a backup was made and when the user was reminded", () => {
    const store = storeAt(7000);
    store.getState().noteBackup();
    vi.setSystemTime(8000);
    store.getState().noteReminder();
    expect(store.getState()).toMatchObject({ backedUpAt: 7000, remindedAt: 8000 });
  });
});

describe("change times of a store started from a copy", () => {
  // an edit here can be stamped earlier than the copy's own times (a copy from a tab whose clock
  // runs ahead) and then lose to the older text in a merge. Loading through persistence (absorb)
  // does follow the copy; only a store made with `start` does not.
  it("follow the newest change time in the copy, as they do after absorbing one", () => {
    const store = storeAt(1000, { ...emptyDoc(), stamps: { yourName: 5000 } });
    store.getState().setAnswer("yourName", "Amira");
    expect(store.getState().stamps.yourName).toBeGreaterThan(5000);
  });
});
