import { screen, within } from "@testing-library/react";
import { answerLines, changesBetween, linesAddedAndRemoved } from "../../src/content/changes";
import { findField, withDefaults } from "../../src/content/kinds";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { snapshotNames } from "../../src/features/changes/snapshot-names";
import {
  keepSnapshots,
  SNAPSHOT_BUDGET,
  SNAPSHOTS_KEPT,
  snapshotOf,
  type Snapshot,
} from "../../src/formats/snapshots";
import { renderApp } from "./render-app";
import { englishWords } from "../fixtures/english";

const blank = withDefaults(workbook);
const kinds = (before: Answers, now: Answers) =>
  changesBetween(workbook, before, now).map((c) => [c.field.id, c.kind]);

describe("what changed between two copies of the answers", () => {
  it("finds new, changed and removed answers of every kind", () => {
    const before: Answers = {
      ...blank,
      businessName: "Bloom",
      stoppedUsing: "They moved away.",
      contactPoints: [{ id: "a", point: "Phone", service: "" }],
      serviceList: [{ id: "b", text: "Be friendly." }],
    };
    const now: Answers = {
      ...blank,
      businessName: "Bloom & Crumb",
      contactPoints: [{ id: "a", point: "Phone", service: "Answer in three rings" }],
      serviceList: [{ id: "b", text: "Be friendly." }],
      organisingChecklist: { items: { payWay: { status: "yes", note: "" } }, own: [] },
    };
    expect(kinds(before, now)).toEqual([
      ["businessName", "changed"],
      ["stoppedUsing", "removed"],
      ["contactPoints", "changed"],
      ["organisingChecklist", "new"],
    ]);
  });

  it("does not count what a reader would not see: ids, empty rows, spaces at the ends", () => {
    const before: Answers = {
      ...blank,
      businessName: "Bloom",
      serviceList: [{ id: "b", text: "Be friendly." }],
    };
    const now: Answers = {
      ...blank,
      businessName: "  Bloom ",
      serviceList: [
        { id: "other", text: "Be friendly." },
        { id: "c", text: "   " },
      ],
    };
    expect(kinds(before, now)).toEqual([]);
  });

  it("finds changes in Part 2's numbers, worked-out values and scorecard", () => {
    const month = { id: "m", month: "May", asked: "10", top: "5", bottom: "1" };
    const before: Answers = {
      ...blank,
      averageSpend: "£150",
      timesAYear: "52",
      yearsStay: "10",
      scorecard: [{ ...month, complaints: "", compliments: "" }],
    };
    const now: Answers = {
      ...before,
      averageSpend: "£160",
      customersAWeek: "40",
      scorecard: [{ ...month, complaints: "2", compliments: "" }],
    };
    const changed = kinds(before, now);
    // The worked-out values change with the numbers they are worked out from.
    expect(changed).toContainEqual(["averageSpend", "changed"]);
    expect(changed).toContainEqual(["customersAWeek", "new"]);
    expect(changed).toContainEqual(["lifetimeValue", "changed"]);
    expect(changed).toContainEqual(["scorecard", "changed"]);
    expect(kinds(before, { ...before, averageSpend: " £150 " })).toEqual([]);
    const lifetime = findField(workbook, "lifetimeValue")!.field;
    expect(answerLines(englishWords, lifetime, before)).toEqual(["£150 × 52 × 10 = £78,000"]);
    expect(answerLines(englishWords, lifetime, { ...before, yearsStay: "ten" })).toEqual([]);
    const scorecard = findField(workbook, "scorecard")!.field;
    expect(answerLines(englishWords, scorecard, now)).toEqual(["May | 10 | 5 | 1 | 2"]);
  });

  it("lists the rows added and removed, once each", () => {
    expect(linesAddedAndRemoved(["a", "b", "b"], ["b", "c", "a"])).toEqual({
      added: ["c"],
      removed: ["b"],
    });
    const field = findField(workbook, "organisingChecklist")!.field;
    const answers: Answers = {
      ...blank,
      organisingChecklist: { items: { payWay: { status: "notYet", note: "Cards soon" } }, own: [] },
    };
    expect(answerLines(englishWords, field, answers)).toEqual([
      `Customers can pay me in the way they prefer: ${workbook.checkStatusLabels.notYet}. What I'll change: Cards soon`,
    ]);
  });
});

describe("the copies kept", () => {
  const at = (day: number, answers: Answers = blank): Snapshot => ({
    ...snapshotOf(answers, new Date(2025, 10, day).getTime()),
  });

  it("keeps the newest few, newest first", () => {
    const list = Array.from({ length: SNAPSHOTS_KEPT + 2 }, (_, i) => at(i + 1));
    const kept = keepSnapshots(list);
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept[0]!.takenAt).toBe(list.at(-1)!.takenAt);
    expect(kept.map((s) => s.takenAt)).toEqual(
      [...kept.map((s) => s.takenAt)].sort((a, b) => b - a),
    );
  });

  it("keeps a new copy when copies dated in the future (a wrong clock) fill the list", () => {
    const now = new Date(2025, 10, 20).getTime();
    const future = Array.from({ length: SNAPSHOTS_KEPT }, () => at(1, blank));
    for (const [i, s] of future.entries()) s.takenAt = new Date(2031, 0, i + 1).getTime();
    const fresh = snapshotOf(blank, now);
    const kept = keepSnapshots([fresh, ...future], now);
    expect(kept[0]).toBe(fresh);
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
  });

  it("drops the oldest first when they would take too much room, but never the newest", () => {
    const big = { ...blank, stoppedUsing: "x".repeat(SNAPSHOT_BUDGET / 2) };
    const kept = keepSnapshots([at(1, big), at(2, big), at(3, big)]);
    expect(kept.map((s) => new Date(s.takenAt).getDate())).toEqual([3]);
  });

  it("are named by their day, with the time when two share a day", () => {
    const now = new Date(2025, 10, 30);
    const morning = snapshotOf(blank, new Date(2025, 10, 12, 9, 5).getTime());
    const evening = snapshotOf(blank, new Date(2025, 10, 12, 18, 30).getTime());
    const lastYear = snapshotOf(blank, new Date(2024, 2, 3).getTime());
    const names = snapshotNames([evening, morning, lastYear], englishWords, now);
    expect([...names.values()]).toEqual([
      "Taken to your session on 12 Nov at 18:30",
      "Taken to your session on 12 Nov at 09:05",
      "Taken to your session on 3 Mar 2024",
    ]);
  });
});

describe("Changes since your last session, on the review step", () => {
  function savedWithSnapshots(key: string, answers: Answers, snapshots: Snapshot[]) {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 4,
        state: { answers, lastStepId: "review", workbookId: "wb1", snapshots },
      }),
    );
    return key;
  }

  it("says what it will show before any PDF is made", async () => {
    await renderApp("review");
    const section = await screen.findByRole("region", { name: "Changes since your last session" });
    expect(section).toHaveTextContent(/Each time you download a PDF/);
  });

  it("lists each change with a link to its step, and the words added and removed", async () => {
    const then = { ...blank, businessName: "Bloom", stoppedUsing: "Prices went up." };
    const now = { ...then, stoppedUsing: "Our prices went up twice.", wordOfMouth: "Friends" };
    const older = snapshotOf(blank, new Date(2025, 9, 1).getTime());
    const last = snapshotOf(then, new Date(2025, 10, 12).getTime());
    const { user } = await renderApp("review", savedWithSnapshots("chg-1", now, [last, older]));

    const section = await screen.findByRole("region", { name: "Changes since your last session" });
    expect(
      within(section).getByText(/Taken to your session on 12 Nov/, { selector: "li" }),
    ).toBeInTheDocument();
    const itemFor = (name: RegExp) =>
      within(section)
        .getAllByRole("listitem")
        .find((li) => within(li).queryByRole("link", { name }))!;
    const changed = itemFor(/Think of a time you stopped/);
    expect(within(changed).getByRole("link")).toHaveAttribute("href", "#/why-it-matters");
    expect(changed).toHaveTextContent(/^Changed/);
    const words = (role: string) =>
      within(changed)
        .getAllByRole(role)
        .map((el) => el.textContent);
    expect(words("insertion").join("")).toMatch(/added: Our prices.*added:\s*twice/);
    expect(words("deletion").join("")).toMatch(/removed: Prices/);
    expect(itemFor(/How will you get customers to recommend you/)).toHaveTextContent(/^New/);

    // Compared with the older copy, the business name is new too.
    await user.selectOptions(within(section).getByLabelText("Compare with"), older.id);
    expect(itemFor(/Business name/)).toHaveTextContent(/^New/);
  });
});
