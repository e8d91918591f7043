import fc from "fast-check";
import { LIMITS } from "../../src/content/kinds";
import type { Answers, ChecklistValue, ListItem, Row, TableRow } from "../../src/content/types";
import { STEP, type Doc } from "../../src/formats/doc";
import { mergeDocs, newestStamp, openRemovals, sameValue } from "../../src/store/merge";
import { emptyDoc } from "../../src/formats/saved-data";
import { createWorkbookStore, docOf, type WorkbookState } from "../../src/store/workbook-store";
import type { StoreApi } from "zustand";

/** What an arbitrary makes. */
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/**
 * Merging two copies of the workbook, as two tabs do through the browser's storage. The plain
 * cases first, then properties over random edits made the way the app makes them: through a
 * store per tab and its actions, on a clock the test moves.
 */

type Store = StoreApi<WorkbookState>;

const row = (id: string, point: string, service = ""): TableRow => ({ id, point, service });
const item = (id: string, text: string): ListItem => ({ id, text });

/** A copy of the workbook with some answers, each changed at the time given. */
function doc(answers: Answers, stamps: Record<string, number> = {}, extra: Partial<Doc> = {}) {
  const base = emptyDoc();
  return { ...base, answers: { ...base.answers, ...answers }, stamps, ...extra };
}

const ids = (rows: unknown) => (rows as Row[]).map((r) => r.id);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: 1_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("merging two copies of the workbook", () => {
  it("takes the newer answer to each question, from whichever side has it", () => {
    const ours = doc({ yourName: "Amira", coachName: "Sam" }, { yourName: 20, coachName: 5 });
    const theirs = doc(
      { yourName: "Old", coachName: "Sam Taylor" },
      { yourName: 10, coachName: 30 },
    );
    const { doc: merged, conflicts } = mergeDocs(ours, theirs, null);
    expect(merged.answers.yourName).toBe("Amira");
    expect(merged.answers.coachName).toBe("Sam Taylor");
    expect(merged.stamps).toEqual({ yourName: 20, coachName: 30 });
    expect(conflicts).toEqual([]);
  });

  it("keeps an edit to each cell of the same row, made in different tabs", () => {
    const base = doc({ contactPoints: [row("a", "Phone", "")] }, { "contactPoints/a": 1 });
    const ours = doc(
      { contactPoints: [row("a", "Phone enquiry", "")] },
      { ...base.stamps, "contactPoints/a/point": 5 },
    );
    const theirs = doc(
      { contactPoints: [row("a", "Phone", "Answer in three rings")] },
      { ...base.stamps, "contactPoints/a/service": 4 },
    );
    const { doc: merged, conflicts } = mergeDocs(ours, theirs, base);
    expect(merged.answers.contactPoints).toEqual([
      row("a", "Phone enquiry", "Answer in three rings"),
    ]);
    expect(conflicts).toEqual([]);
  });

  it("keeps rows added in either tab, each after its neighbour", () => {
    const base = doc({ serviceList: [item("a", "A"), item("c", "C")] }, { serviceList: 1 });
    const ours = doc(
      { serviceList: [item("a", "A"), item("b", "B"), item("c", "C")] },
      { serviceList: 1, "serviceList/b": 5 },
    );
    const theirs = doc(
      { serviceList: [item("a", "A"), item("c", "C"), item("d", "D")] },
      { serviceList: 1, "serviceList/d": 6 },
    );
    expect(ids(mergeDocs(ours, theirs, base).doc.answers.serviceList)).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
    expect(ids(mergeDocs(theirs, ours, base).doc.answers.serviceList)).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("takes the order of rows from the tab that last moved one", () => {
    const rows = [item("a", "A"), item("b", "B"), item("c", "C")];
    const stamps = { "serviceList/a": 1, "serviceList/b": 1, "serviceList/c": 1 };
    const moved = doc(
      { serviceList: [rows[2]!, rows[0]!, rows[1]!] },
      { ...stamps, "serviceList/#order": 9 },
    );
    const edited = doc(
      { serviceList: [rows[0]!, item("b", "Bee"), rows[2]!] },
      { ...stamps, "serviceList/b/text": 8 },
    );
    for (const [x, y] of [
      [moved, edited],
      [edited, moved],
    ])
      expect(mergeDocs(x!, y!, null).doc.answers.serviceList).toEqual([
        item("c", "C"),
        item("a", "A"),
        item("b", "Bee"),
      ]);
  });

  it("settles a same-millisecond tie the same way in both tabs", () => {
    const a = doc({ yourName: "A" }, { yourName: 7 });
    const b = doc({ yourName: "B" }, { yourName: 7 });
    const written = mergeDocs(b, a, null).doc;
    const heard = mergeDocs(a, written, null).doc;
    expect(written.answers.yourName).toBe(heard.answers.yourName);
    expect(mergeDocs(a, b, null).doc.answers.yourName).toBe(written.answers.yourName);
  });

  it("takes answers saved before change times existed over untouched ones here", () => {
    const merged = mergeDocs(doc({}), doc({ yourName: "Amira" }), null).doc;
    expect(merged.answers.yourName).toBe("Amira");
  });

  it("keeps every answer here when the other copy has never been changed", () => {
    const ours = doc(
      { yourName: "Amira", contactPoints: [row("a", "Phone")] },
      { yourName: 3, "contactPoints/a": 4 },
    );
    expect(mergeDocs(ours, emptyDoc(), null).doc.answers).toEqual(ours.answers);
    expect(mergeDocs(emptyDoc(), ours, null).doc.answers).toEqual(ours.answers);
  });

  it("takes the step from the tab that moved last", () => {
    const a = doc({}, { [STEP]: 5 }, { lastStepId: "complaints" });
    const b = doc({}, { [STEP]: 9 }, { lastStepId: "organising" });
    expect(mergeDocs(a, b, null).doc.lastStepId).toBe("organising");
    expect(mergeDocs(b, a, null).doc.lastStepId).toBe("organising");
  });
});

describe("edits that meet", () => {
  const base = doc({ yourName: "Amira" }, { yourName: 1 });
  const mine = doc({ yourName: "Amira Khan" }, { yourName: 5 });
  const other = doc({ yourName: "Amira K." }, { yourName: 6 });

  it("report the text that was not kept to the tab that merges", () => {
    const { doc: merged, conflicts } = mergeDocs(mine, other, base);
    expect(merged.answers.yourName).toBe("Amira K.");
    expect(conflicts).toEqual([
      { kind: "text", fieldId: "yourName", path: [], keptMine: false, other: "Amira Khan" },
    ]);
    expect(mergeDocs(other, mine, base).conflicts).toEqual([
      { kind: "text", fieldId: "yourName", path: [], keptMine: true, other: "Amira Khan" },
    ]);
  });

  it("are not reported when only one tab changed the text since they agreed", () => {
    expect(mergeDocs(base, other, base).conflicts).toEqual([]);
    expect(mergeDocs(other, base, base).conflicts).toEqual([]);
  });

  it("name the cell of a table where they met", () => {
    const rows = (service: string) => ({ contactPoints: [row("a", "Phone", service)] });
    const { conflicts } = mergeDocs(
      doc(rows("Mine"), { "contactPoints/a/service": 5 }),
      doc(rows("Theirs"), { "contactPoints/a/service": 6 }),
      doc(rows(""), { "contactPoints/a": 1 }),
    );
    expect(conflicts).toEqual([
      {
        kind: "text",
        fieldId: "contactPoints",
        path: ["a", "service"],
        keptMine: false,
        other: "Mine",
      },
    ]);
  });
});

describe("removed rows", () => {
  const rows = [row("a", "Phone"), row("b", "Shop"), row("c", "Post")];
  const stamps = { "contactPoints/a": 1, "contactPoints/b": 1, "contactPoints/c": 1 };
  const before = doc({ contactPoints: rows }, stamps);
  const after = doc({ contactPoints: [rows[0]!, rows[2]!] }, stamps, {
    removed: { "contactPoints/b": 5 },
  });

  it("stay removed when a copy from before the removal is merged in", () => {
    for (const [x, y] of [
      [before, after],
      [after, before],
    ])
      expect(ids(mergeDocs(x!, y!, null).doc.answers.contactPoints)).toEqual(["a", "c"]);
  });

  it("come back when changed in another tab after the removal", () => {
    const edited = doc(
      { contactPoints: [rows[0]!, row("b", "Shop", "Open at nine"), rows[2]!] },
      { ...stamps, "contactPoints/b/service": 7 },
    );
    for (const [x, y] of [
      [edited, after],
      [after, edited],
    ])
      expect(mergeDocs(x!, y!, null).doc.answers.contactPoints).toEqual([
        rows[0],
        row("b", "Shop", "Open at nine"),
        rows[2],
      ]);
  });

  it("come back when their whole answer changed after the removal, as version 2 recorded it", () => {
    // Version 2 knew only when the whole answer changed; every row in it counts as changed then.
    const whole = doc({ contactPoints: rows }, { contactPoints: 9 });
    for (const [x, y] of [
      [whole, after],
      [after, whole],
    ])
      expect(ids(mergeDocs(x!, y!, null).doc.answers.contactPoints)).toEqual(["a", "b", "c"]);
  });

  it("are reported to the tab that was changing the row when the other removed it", () => {
    const edited = doc(
      { contactPoints: [rows[0]!, row("b", "Shop", "Open at nine"), rows[2]!] },
      { ...stamps, "contactPoints/b/service": 4 },
    );
    const { doc: merged, conflicts } = mergeDocs(edited, after, before);
    expect(ids(merged.answers.contactPoints)).toEqual(["a", "c"]);
    expect(conflicts).toEqual([
      {
        kind: "row",
        fieldId: "contactPoints",
        path: [],
        index: 1,
        row: row("b", "Shop", "Open at nine"),
      },
    ]);
    // The tab that removed it is told nothing: it knows.
    expect(mergeDocs(after, edited, before).conflicts).toEqual([]);
  });

  it("forget the change times of a row that is gone", () => {
    const merged = mergeDocs(before, after, null).doc;
    expect(merged.stamps).not.toHaveProperty("contactPoints/b");
    expect(merged.removed).toEqual({ "contactPoints/b": 5 });
  });
});

describe("rows added in two tabs at once", () => {
  const list = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => item(`i${from + i}`, `Item ${from + i}`));
  const shared = list(0, LIMITS.rows - 1);
  const stamps = (rows: ListItem[]) =>
    Object.fromEntries(rows.map((r) => [`serviceList/${r.id}`, 1]));
  const base = doc({ serviceList: shared }, stamps(shared));
  const ours = doc(
    { serviceList: [...shared, item("mine", "Mine")] },
    {
      ...stamps(shared),
      "serviceList/mine": 5,
    },
  );
  const theirs = doc(
    { serviceList: [...shared, item("theirs", "Theirs")] },
    {
      ...stamps(shared),
      "serviceList/theirs": 6,
    },
  );

  it("never pass the limit together, and both tabs keep the same rows", () => {
    const here = mergeDocs(ours, theirs, base);
    const there = mergeDocs(theirs, ours, base);
    expect(here.doc.answers.serviceList).toHaveLength(LIMITS.rows);
    expect(there.doc.answers.serviceList).toEqual(here.doc.answers.serviceList);
    // What the other tab wrote, merged again, is the same: nothing comes back past the limit.
    expect(mergeDocs(ours, here.doc, base).doc.answers.serviceList).toEqual(
      here.doc.answers.serviceList,
    );
  });

  it("tell the tab whose own row did not fit, with the row", () => {
    const lost = [mergeDocs(ours, theirs, base), mergeDocs(theirs, ours, base)].flatMap(
      (m) => m.conflicts,
    );
    expect(lost).toEqual([expect.objectContaining({ kind: "noRoom", fieldId: "serviceList" })]);
  });
});

describe("the helpers of a merge", () => {
  it("compare JSON values deeply, whatever the order of keys", () => {
    expect(sameValue({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
  });

  it("offer only removals whose row is still gone, newest first", () => {
    const removal = (id: string, at: number, rowId: string) => ({
      id,
      fieldId: "serviceList",
      path: [],
      index: 0,
      label: `promise 1: ${rowId}`,
      at,
      row: item(rowId, rowId),
    });
    const answers = { serviceList: [item("back", "back")] };
    expect(
      openRemovals(answers, [
        removal("r1", 1, "gone"),
        removal("r2", 3, "back"),
        removal("r3", 2, "also-gone"),
        removal("r1", 1, "gone"),
      ]).map((r) => r.id),
    ).toEqual(["r3", "r1"]);
  });

  it("find the newest change time in a copy", () => {
    expect(newestStamp(doc({}, { a: 3, b: 9 }, { removed: { c: 12 } }))).toBe(12);
    expect(newestStamp(emptyDoc())).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random edits made through the store, as the app makes them.
// ---------------------------------------------------------------------------------------------

type Tab = "a" | "b";
type RowsField = "contactPoints" | "serviceList" | "own";

/** Each tab's own text question and checklist items, so two tabs' edits never meet. */
const OWN_TEXT: Record<Tab, string> = { a: "yourName", b: "businessName" };
const OWN_ITEMS: Record<Tab, string[]> = {
  a: ["contactWay", "payWay"],
  b: ["websiteEasy", "detailsEasy"],
};
const ALL_ITEMS = [...OWN_ITEMS.a, ...OWN_ITEMS.b, "askImprove"];
const RESTING = ["a1", "a2", "b1", "b2"];

const checklistOf = (answers: Answers) => answers.organisingChecklist as ChecklistValue;

function rowsOf(answers: Answers, field: RowsField): Row[] {
  return field === "own" ? checklistOf(answers).own : (answers[field] as Row[]);
}

function setRows(store: Store, field: RowsField, rows: Row[]) {
  const { answers, setAnswer } = store.getState();
  if (field === "own")
    setAnswer("organisingChecklist", { ...checklistOf(answers), own: rows } as ChecklistValue);
  else setAnswer(field, rows);
}

/** The text a row of each kind holds, under the key each kind keeps it. */
const TEXT_KEYS: Record<RowsField, readonly string[]> = {
  contactPoints: ["point", "service"],
  serviceList: ["text"],
  own: ["text", "note"],
};

function newRow(field: RowsField, id: string, text: string): Row {
  if (field === "contactPoints") return row(id, text);
  if (field === "serviceList") return item(id, text);
  return { id, text, status: "", note: "" };
}

/** The workbook both tabs open: two rows of each list belong to each tab. */
function startDoc(): Doc {
  const store = createWorkbookStore();
  for (const field of ["contactPoints", "serviceList", "own"] as const)
    setRows(
      store,
      field,
      RESTING.map((id) => newRow(field, id, `${field} ${id}`)),
    );
  return docOf(store.getState());
}

const text = fc.string({ maxLength: 6 });
const rowsField = fc.constantFrom<RowsField>("contactPoints", "serviceList", "own");
const status = fc.constantFrom("", "yes", "notYet", "notRelevant" as const);

/** One thing a user does in a tab. `pick` chooses among what is there when it is done. */
type Op =
  | { op: "text"; value: string }
  | { op: "add"; field: RowsField; value: string }
  | { op: "remove"; field: RowsField; pick: number }
  | { op: "undo"; pick: number }
  | { op: "edit"; field: RowsField; pick: number; key: number; value: string }
  | { op: "move"; field: RowsField; pick: number; up: boolean }
  | { op: "status"; pick: number; own: boolean; value: "" | "yes" | "notYet" | "notRelevant" }
  | { op: "note"; pick: number; own: boolean; value: string }
  | { op: "step"; pick: number }
  | { op: "sync" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("text" as const), value: text }),
  fc.record({ op: fc.constant("add" as const), field: rowsField, value: text }),
  fc.record({ op: fc.constant("remove" as const), field: rowsField, pick: fc.nat() }),
  fc.record({ op: fc.constant("undo" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("edit" as const),
    field: rowsField,
    pick: fc.nat(),
    key: fc.nat(),
    value: text,
  }),
  fc.record({
    op: fc.constant("move" as const),
    field: rowsField,
    pick: fc.nat(),
    up: fc.boolean(),
  }),
  fc.record({
    op: fc.constant("status" as const),
    pick: fc.nat(),
    own: fc.boolean(),
    value: status,
  }),
  fc.record({ op: fc.constant("note" as const), pick: fc.nat(), own: fc.boolean(), value: text }),
  fc.record({ op: fc.constant("step" as const), pick: fc.nat() }),
  fc.constant({ op: "sync" as const }),
);

/** A step of the run: which tab acts, what it does, and how far the clock moves first (0 = a tie). */
const stepArb = fc.record({
  tab: fc.constantFrom<Tab>("a", "b"),
  ms: fc.nat({ max: 2 }),
  op: opArb,
});

const STEP_IDS = ["about-you", "contact-points", "organising", "complaints"];

/**
 * Does one thing in a tab, through the store's actions. With `ownOnly`, a tab touches only its
 * own question, items and rows (ids it made, or resting rows starting with its letter), so the
 * two tabs' edits never meet.
 */
function apply(tab: Tab, store: Store, op: Op, ownOnly: boolean, made: () => string) {
  const state = store.getState();
  const mine = (id: string) => !ownOnly || id.startsWith(tab);
  const choose = <T>(list: T[], pick: number): T | undefined =>
    list[pick % Math.max(1, list.length)];
  switch (op.op) {
    case "text":
      return state.setAnswer(ownOnly ? OWN_TEXT[tab] : "yourName", op.value);
    case "add":
      return setRows(store, op.field, [
        ...rowsOf(state.answers, op.field),
        newRow(op.field, `${tab}-${made()}`, op.value),
      ]);
    case "remove": {
      const target = choose(
        rowsOf(state.answers, op.field).filter((r) => mine(r.id)),
        op.pick,
      );
      if (target)
        state.removeRow(
          op.field === "own" ? "organisingChecklist" : op.field,
          op.field === "own" ? ["own"] : [],
          target.id,
          `row: ${target.id}`,
        );
      return;
    }
    case "undo": {
      const removal = choose(
        state.removals.filter((r) => mine(r.row.id)),
        op.pick,
      );
      if (removal) state.undoRemoval(removal.id);
      return;
    }
    case "edit": {
      const rows = rowsOf(state.answers, op.field);
      const target = choose(
        rows.filter((r) => mine(r.id)),
        op.pick,
      );
      const key = choose([...TEXT_KEYS[op.field]], op.key)!;
      if (target)
        setRows(
          store,
          op.field,
          rows.map((r) => (r === target ? { ...r, [key]: op.value } : r)),
        );
      return;
    }
    case "move": {
      const rows = rowsOf(state.answers, op.field);
      const target = choose(
        rows.filter((r) => mine(r.id)),
        op.pick,
      );
      if (!target) return;
      const from = rows.indexOf(target);
      const to = from + (op.up ? -1 : 1);
      if (to < 0 || to >= rows.length) return;
      return setRows(store, op.field, rows.toSpliced(from, 1).toSpliced(to, 0, target));
    }
    case "status":
    case "note": {
      const patch = op.op === "status" ? { status: op.value } : { note: op.value };
      const checklist = checklistOf(state.answers);
      if (op.own) {
        const target = choose(
          checklist.own.filter((r) => mine(r.id)),
          op.pick,
        );
        if (target)
          setRows(
            store,
            "own",
            checklist.own.map((r) => (r === target ? { ...r, ...patch } : r)),
          );
        return;
      }
      const itemId = choose(ownOnly ? OWN_ITEMS[tab] : ALL_ITEMS, op.pick)!;
      const entry = checklist.items[itemId] ?? { status: "", note: "" };
      return state.setAnswer("organisingChecklist", {
        ...checklist,
        items: { ...checklist.items, [itemId]: { ...entry, ...patch } },
      });
    }
    case "step":
      return state.setLastStep(choose(STEP_IDS, op.pick)!);
    case "sync":
      return;
  }
}

/** A tab that opens a saved copy, as loading does: its change times follow the copy's. */
function openTab(saved: Doc): Store {
  const store = createWorkbookStore();
  store.getState().absorb(saved, []);
  return store;
}

/** Two tabs and the storage they share: syncing merges a tab's copy with storage's, both ways. */
function twoTabs(start: Doc) {
  const tabs = { a: openTab(start), b: openTab(start) };
  const bases: Record<Tab, Doc> = { a: start, b: start };
  let stored = start;
  const conflicts: unknown[] = [];
  const sync = (tab: Tab) => {
    const store = tabs[tab];
    const merged = mergeDocs(docOf(store.getState()), stored, bases[tab]);
    conflicts.push(...merged.conflicts);
    store.getState().absorb(merged.doc, merged.conflicts);
    stored = merged.doc;
    bases[tab] = merged.doc;
  };
  return { tabs, sync, conflicts };
}

/** What of the answers a tab alone may change, in a form that ignores the order of rows. */
function ownedBy(tab: Tab, answers: Answers) {
  const rows = (field: RowsField) =>
    rowsOf(answers, field)
      .filter((r) => r.id.startsWith(tab))
      .sort((x, y) => (x.id < y.id ? -1 : 1));
  const items = checklistOf(answers).items;
  return {
    text: answers[OWN_TEXT[tab]],
    contactPoints: rows("contactPoints"),
    serviceList: rows("serviceList"),
    own: rows("own"),
    items: OWN_ITEMS[tab].map((id) => items[id] ?? { status: "", note: "" }),
  };
}

/** Runs the steps on two tabs from one start; `ownOnly` keeps their edits apart. */
function run(steps: ValueOf<typeof stepArb>[], ownOnly: boolean) {
  const start = startDoc();
  const sim = twoTabs(start);
  let made = 0;
  const nextId = () => String(++made);
  for (const { tab, ms, op } of steps) {
    vi.setSystemTime(Date.now() + ms);
    if (op.op === "sync") sim.sync(tab);
    else apply(tab, sim.tabs[tab], op, ownOnly, nextId);
  }
  return { ...sim, start };
}

describe("two tabs editing at once (properties)", () => {
  it("keep every edit of both when they change different parts, and end with the same answers", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const { tabs, sync, conflicts } = run(steps, true);
        // What each tab alone made of its own parts, before the last syncs.
        const expected = {
          a: ownedBy("a", tabs.a.getState().answers),
          b: ownedBy("b", tabs.b.getState().answers),
        };
        sync("a");
        sync("b");
        sync("a");
        const a = tabs.a.getState();
        const b = tabs.b.getState();
        expect(a.answers).toEqual(b.answers);
        for (const tab of ["a", "b"] as const)
          expect(ownedBy(tab, a.answers)).toEqual(expected[tab]);
        // Different parts never meet, so nothing is reported as lost.
        expect(conflicts).toEqual([]);
        expect(a.lostEdits).toEqual([]);
        expect(b.lostEdits).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("give the same answers whichever side merges, whatever both changed (commutative)", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const { tabs, start } = run(steps, false);
        const a = docOf(tabs.a.getState());
        const b = docOf(tabs.b.getState());
        const ab = mergeDocs(a, b, start).doc;
        const ba = mergeDocs(b, a, start).doc;
        expect(ab.answers).toEqual(ba.answers);
        expect(ab.lastStepId).toBe(ba.lastStepId);
        // And both tabs then agree: merging again changes nothing.
        expect(mergeDocs(ab, ba, ab).doc.answers).toEqual(ab.answers);
      }),
      { numRuns: 150 },
    );
  });

  it("change nothing when a copy is merged with itself", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const { tabs } = run(steps, false);
        for (const store of [tabs.a, tabs.b]) {
          const copy = docOf(store.getState());
          for (const base of [copy, null]) {
            const merged = mergeDocs(copy, structuredClone(copy), base);
            expect(merged.doc).toEqual(copy);
            expect(merged.conflicts).toEqual([]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("a removed row and an old copy (properties)", () => {
  const setup = fc.record({
    field: rowsField,
    pick: fc.nat(),
    edits: fc.array(stepArb, { maxLength: 10 }),
    key: fc.nat(),
    value: fc.string({ minLength: 1, maxLength: 6 }),
  });

  /** A workbook after some edits, a copy of it, and the same workbook with one row removed. */
  function removeOne({ field, pick, edits }: ValueOf<typeof setup>) {
    const { tabs } = run(edits, false);
    const store = tabs.a;
    const old = docOf(store.getState());
    const rows = rowsOf(old.answers, field);
    const target = rows[pick % rows.length];
    if (!target) return null;
    store
      .getState()
      .removeRow(
        field === "own" ? "organisingChecklist" : field,
        field === "own" ? ["own"] : [],
        target.id,
        "row",
      );
    const removed = docOf(store.getState());
    return { old, removed, target, at: newestStamp(removed) };
  }

  /** The old copy with one text of the row changed, at the time the clock says. */
  function editedCopy(old: Doc, field: RowsField, target: Row, key: number, value: string) {
    const tab = openTab(old);
    const name = TEXT_KEYS[field][key % TEXT_KEYS[field].length]!;
    const changed = {
      ...target,
      [name]: `${String((target as Record<string, unknown>)[name])}${value}`,
    };
    setRows(
      tab,
      field,
      rowsOf(old.answers, field).map((r) => (r.id === target.id ? changed : r)),
    );
    return { copy: docOf(tab.getState()), changed };
  }

  it("stays removed when a copy from before the removal is merged in, either way", () => {
    fc.assert(
      fc.property(setup, (input) => {
        const found = removeOne(input);
        if (!found) return;
        const { old, removed, target, at } = found;
        for (const merged of [mergeDocs(removed, old, old), mergeDocs(old, removed, old)])
          expect(ids(rowsOf(merged.doc.answers, input.field))).not.toContain(target.id);
        // Nor does an old copy that changed the row before it was removed bring it back.
        vi.setSystemTime(at - 1);
        const { copy } = editedCopy(old, input.field, target, input.key, input.value);
        const merged = mergeDocs(copy, removed, old);
        expect(ids(rowsOf(merged.doc.answers, input.field))).not.toContain(target.id);
        // The tab whose change was lost is told, and can put the row back.
        const told = merged.conflicts.filter((c) => c.kind === "row" && c.row.id === target.id);
        expect(told).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });

  it("comes back, with the change, when it was changed in another tab after the removal", () => {
    fc.assert(
      fc.property(setup, (input) => {
        const found = removeOne(input);
        if (!found) return;
        const { old, removed, target, at } = found;
        vi.setSystemTime(at + 1);
        const { copy, changed } = editedCopy(old, input.field, target, input.key, input.value);
        for (const merged of [mergeDocs(removed, copy, removed), mergeDocs(copy, removed, old)])
          expect(rowsOf(merged.doc.answers, input.field)).toContainEqual(changed);
      }),
      { numRuns: 100 },
    );
  });
});
