import {
  byKind,
  findField,
  hasVisibleText,
  isAnswered,
  valueOf,
  type KindContext,
  type KindMap,
} from "./kinds";
import { calculate } from "./sums";
import type { Answers, Field, Row, Workbook } from "./types";

/**
 * What changed in the answers between two moments, such as the last coaching session and now:
 * each question is new (answered now, not then), changed, or removed (answered then, not now).
 * Row ids, empty rows and spaces at either end do not count as changes; a reader would not see
 * them.
 */

export type ChangeKind = "new" | "changed" | "removed";
export type Change = { field: Field; kind: ChangeKind };

const clean = (text: string) => text.trim();

/** A worked-out value as its sum ("£150 × 52 × 10 = £78,000"), or nothing until it can be. */
const sumOf = (field: Parameters<typeof calculate>[0], context: KindContext): string[] => {
  const result = calculate(field, context.fields, context.answers);
  return result.status === "ok" ? [result.sum] : [];
};

/** The rows of a table or scorecard with something in them, each cell trimmed. */
const filledRows = (columns: readonly { id: string }[], rows: readonly Record<string, string>[]) =>
  rows
    .map((row) => columns.map((c) => clean(row[c.id] ?? "")))
    .filter((cells) => cells.some(hasVisibleText));

/** An answer as a reader sees it, in a form that compares equal when it reads the same. */
const readable: KindMap<unknown> = {
  text: (_, v) => clean(v),
  longText: (_, v) => clean(v),
  table: (field, rows) => filledRows(field.columns, rows),
  list: (_, items) => items.map((item) => clean(item.text)).filter(hasVisibleText),
  number: (_, v) => clean(v),
  // A worked-out value changes when the numbers it is worked out from give a different sum.
  calculated: (field, _, context) => sumOf(field, context),
  scorecard: (field, rows) => filledRows(field.columns, rows),
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

/**
 * True when two answers to the same question read the same. `fields` are the question's step,
 * which a worked-out value takes its numbers from.
 */
export function readsTheSame(
  field: Field,
  a: Answers,
  b: Answers,
  fields: readonly Field[] = [],
): boolean {
  const read = (answers: Answers) =>
    JSON.stringify(byKind(readable, field, valueOf(field, answers), { answers, fields }));
  return read(a) === read(b);
}

/** Every question whose answer is new, changed or removed between `before` and `now`. */
export function changesBetween(workbook: Workbook, before: Answers, now: Answers): Change[] {
  const changes: Change[] = [];
  for (const { fields } of workbook.steps) {
    for (const field of fields) {
      const was = isAnswered(field, before);
      const is = isAnswered(field, now);
      if (!was && is) changes.push({ field, kind: "new" });
      else if (was && !is) changes.push({ field, kind: "removed" });
      else if (was && is && !readsTheSame(field, before, now, fields))
        changes.push({ field, kind: "changed" });
    }
  }
  return changes;
}

/**
 * An answer as lines a reader can compare, for showing what was added and removed: the text of
 * a text answer, or one line per row, item or ticked check.
 */
const asLines = (labels: Workbook["checkStatusLabels"]): KindMap<string[]> => ({
  text: (_, v) => (hasVisibleText(v) ? [clean(v)] : []),
  longText: (_, v) => (hasVisibleText(v) ? [clean(v)] : []),
  table: (field, rows) => rowLines(field.columns, rows),
  list: (_, items) => items.map((item) => clean(item.text)).filter(hasVisibleText),
  number: (_, v) => (hasVisibleText(v) ? [clean(v)] : []),
  calculated: (field, _, context) => sumOf(field, context),
  scorecard: (field, rows) => rowLines(field.columns, rows),
  checklist: (field, v) => [
    ...field.items.flatMap((item) => {
      const entry = v.items[item.id];
      return entry?.status ? [checkLine(item.text, labels[entry.status], entry.note)] : [];
    }),
    ...v.own
      .filter((entry) => hasVisibleText(entry.text) || entry.status !== "")
      .map((entry) =>
        checkLine(clean(entry.text), entry.status ? labels[entry.status] : "", entry.note),
      ),
  ],
});

/** One line per filled row: its cells joined by " | ". */
const rowLines = (columns: readonly { id: string }[], rows: readonly Record<string, string>[]) =>
  filledRows(columns, rows).map((cells) => cells.filter(hasVisibleText).join(" | "));

function checkLine(text: string, status: string, note: string): string {
  return [text, status, clean(note)].filter(hasVisibleText).join(": ");
}

/** True for answers that are one piece of text, whose words can be compared. */
export const isTextField = (field: Field) => field.kind === "text" || field.kind === "longText";

/** The lines of an answer (see asLines), in the order the user sees them. */
export function answerLines(workbook: Workbook, field: Field, answers: Answers): string[] {
  const fields = findField(workbook, field.id)?.step.fields ?? [];
  return byKind(asLines(workbook.checkStatusLabels), field, valueOf(field, answers), {
    answers,
    fields,
  });
}

/** Lines in `now` that were not in `before`, and lines in `before` no longer in `now`. */
export function linesAddedAndRemoved(before: string[], now: string[]) {
  const count = (lines: string[]) => {
    const map = new Map<string, number>();
    for (const line of lines) map.set(line, (map.get(line) ?? 0) + 1);
    return map;
  };
  const was = count(before);
  const is = count(now);
  const added = now.filter((line) => {
    const left = was.get(line) ?? 0;
    was.set(line, left - 1);
    return left <= 0;
  });
  const removed = before.filter((line) => {
    const left = is.get(line) ?? 0;
    is.set(line, left - 1);
    return left <= 0;
  });
  return { added, removed };
}

/** A row's texts as one line ("Phone | Answer within three rings"), to show a row kept aside. */
export const rowText = (row: Row) =>
  Object.entries(row)
    .filter(([key, value]) => key !== "id" && typeof value === "string" && hasVisibleText(value))
    .map(([, value]) => value)
    .join(" | ");
