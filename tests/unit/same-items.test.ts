import { sameItems } from "../../src/lib/same-items";
import { newId, ID_PATTERN } from "../../src/lib/ids";

describe("sameItems", () => {
  type State = { rows: { id: string }[]; other: number };
  const a = { id: "a" };
  const b = { id: "b" };

  it("gives back the last list while its items are the same, and a new one when they change", () => {
    const select = sameItems((s: State) => s.rows.filter((r) => r.id !== "x"));
    const first = select({ rows: [a, b], other: 1 });
    expect(first).toEqual([a, b]);
    // Another part of the state changed: a new list with the same items is not a change.
    expect(select({ rows: [a, b], other: 2 })).toBe(first);
    expect(select({ rows: [a], other: 2 })).toEqual([a]);
    expect(select({ rows: [a, { id: "b" }], other: 2 })).not.toBe(first);
  });
});

describe("newId", () => {
  it("makes 12 letters and digits that saved data accepts, different every time", () => {
    const ids = Array.from({ length: 1000 }, newId);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{12}$/);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
