import { allFields, byKind, hasVisibleText, isAnswered, valueOf, type KindMap } from "./kinds";
import type { Answers, Field, Workbook } from "./types";

/**
 * What changed in the answers between two moments, such as the last coaching session and now:
 * each question is new (answered now, not then), changed, or removed (answered then, not now).
 * Row ids, empty rows and spaces at either end do not count as changes; a reader would not see
 * them.
 */

export type ChangeKind = "new" | "changed" | "removed";
export type Change = { field: Field; kind: ChangeKind };

const clean = (text: string) => text.trim();

/** An answer as a reader sees it, in a form that compares equal when it reads the same. */
const readable: KindMap<unknown> = {
  text: (_, v) => clean(v),
  longText: (_, v) => clean(v),
  table: (field, rows) =>
    rows
      .map((row) => field.columns.map((c) => clean(row[c.id] ?? "")))
      .filter((cells) => cells.some(hasVisibleText)),
  list: (_, items) => items.map((item) => clean(item.text)).filter(hasVisibleText),
  checklist: (field, v) => [
    field.items.map((item) => [
      v.items[item.id]?.status ?? "",
      clean(v.items[item.id]?.note ?? ""),
    ]),
    v.own
      .filter((entry) => hasVisibleText(entry.text) || entry.status !== "")
      .map((entry) => [clean(entry.text), entry.status, clean(entry.note)]),
  ],
};

/** True when two answers to the same question read the same. */
export function readsTheSame(field: Field, a: Answers, b: Answers): boolean {
  return (
    JSON.stringify(byKind(readable, field, valueOf(field, a))) ===
    JSON.stringify(byKind(readable, field, valueOf(field, b)))
  );
}

/** Every question whose answer is new, changed or removed between `before` and `now`. */
export function changesBetween(workbook: Workbook, before: Answers, now: Answers): Change[] {
  const changes: Change[] = [];
  for (const field of allFields(workbook)) {
    const was = isAnswered(field, before);
    const is = isAnswered(field, now);
    if (!was && is) changes.push({ field, kind: "new" });
    else if (was && !is) changes.push({ field, kind: "removed" });
    else if (was && is && !readsTheSame(field, before, now))
      changes.push({ field, kind: "changed" });
  }
  return changes;
}
