import {
  byKind,
  findField,
  hasVisibleText,
  isAnswered,
  valueOf,
  type KindContext,
  type KindMap,
} from "./kinds";
import type { Words } from "./language";
import { calculate, sumText } from "./sums";
import type { Answers, CheckEntry, Field, FieldValueByKind, Row, Workbook } from "./types";

/**
 * What changed in the answers between two moments, such as the last coaching session and now:
 * each question is new (answered now, not then), changed, or removed (answered then, not now).
 * Row ids, empty rows and spaces at either end do not count as changes; a reader would not see
 * them.
 */

export type ChangeKind = "new" | "changed" | "removed";
export type Change = { field: Field; kind: ChangeKind };

const clean = (text: string) => text.trim();

type Calculated = Parameters<typeof calculate>[0];

/** A worked-out value as the numbers it is made of, or nothing until it can be worked out. */
const termsOf = (field: Calculated, context: KindContext): number[][] => {
  const result = calculate(field, context.fields, context.answers);
  return result.status === "ok" ? [result.terms.map((t) => t.value)] : [];
};

/** A worked-out value as its sum ("£150 × 52 × 10 = £78,000"), or nothing until it can be. */
const sumOf = (field: Calculated, context: KindContext, say: Words): string[] => {
  const result = calculate(field, context.fields, context.answers, say.formats.locale);
  return result.status === "ok" ? [sumText(result, say)] : [];
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
  // A worked-out value changes when the numbers it is worked out from change.
  calculated: (field, _, context) => termsOf(field, context),
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
const asLines = (say: Words): KindMap<string[]> => ({
  text: (_, v) => (hasVisibleText(v) ? [clean(v)] : []),
  longText: (_, v) => (hasVisibleText(v) ? [clean(v)] : []),
  table: (field, rows) => rowLines(field.columns, rows),
  list: (_, items) => items.map((item) => clean(item.text)).filter(hasVisibleText),
  number: (_, v) => (hasVisibleText(v) ? [clean(v)] : []),
  calculated: (field, _, context) => sumOf(field, context, say),
  scorecard: (field, rows) => rowLines(field.columns, rows),
  checklist: (field, _, { answers }) =>
    [...checksOf(field, answers, say).values()].map((check) =>
      checkText(check, field.noteLabel, say),
    ),
});

/** One line per filled row: its cells joined by " | ". */
const rowLines = (columns: readonly { id: string }[], rows: readonly Record<string, string>[]) =>
  filledRows(columns, rows).map((cells) => cells.filter(hasVisibleText).join(" | "));

/** True for answers that are one piece of text, whose words can be compared. */
export const isTextField = (field: Field) => field.kind === "text" || field.kind === "longText";

/** The lines of an answer (see asLines), in the order the user sees them, in `say`'s words. */
export function answerLines(say: Words, field: Field, answers: Answers): string[] {
  const fields = findField(say.workbook, field.id)?.step.fields ?? [];
  return byKind(asLines(say), field, valueOf(field, answers), {
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

/**
 * What a reader is told about one change: for an answer that is one piece of text and changed,
 * both texts, to compare word by word; otherwise the lines added and removed (all of a new
 * answer's, all of a removed one's) and, for a checklist, each answer changed in place, in words.
 */
export type ChangeDetail = {
  words?: { before: string; now: string };
  added: string[];
  removed: string[];
  /** "Website easy to use: changed from Not yet to Yes". */
  changed: string[];
};

/** A check's words without the full stop the sheet ends it with, to put a colon after. */
const checkName = (text: string, say: Words) =>
  clean(text).replace(/[.:;,]+$/, "") || say.more.checklist.notDescribed;

type CheckRead = { name: string; status: string; note: string };

/** Each check of a checklist answer by id (own checks by their row id), as a reader sees it. */
function checksOf(
  field: Extract<Field, { kind: "checklist" }>,
  answers: Answers,
  say: Words,
): Map<string, CheckRead> {
  const labels = say.workbook.checkStatusLabels;
  const value = valueOf(field, answers) as FieldValueByKind["checklist"];
  const checks = new Map<string, CheckRead>();
  const read = (id: string, text: string, entry: CheckEntry | undefined, named = false) => {
    const status = entry?.status ? labels[entry.status] : "";
    const note = clean(entry?.note ?? "");
    if (named || status || hasVisibleText(note))
      checks.set(id, { name: checkName(text, say), status, note });
  };
  // A sheet's check counts once answered; one's own once it has words too.
  for (const item of field.items) read(item.id, item.text, value.items[item.id]);
  for (const own of value.own) read(`own:${own.id}`, own.text, own, hasVisibleText(own.text));
  return checks;
}

/** A check as one line: "Website easy to use: Yes. What I'll change: a bigger button". */
function checkText(check: CheckRead, noteLabel: string, say: Words): string {
  const t = say.more.changes;
  const line = check.status
    ? say.fill(t.checkStatus, { check: check.name, status: check.status })
    : check.name;
  return check.note
    ? say.fill(t.checkNote, { check: line, note: noteLabel, text: check.note })
    : line;
}

/** What changed in one check that is still there: its answer, its note, or both. */
function checkChanges(old: CheckRead, check: CheckRead, noteLabel: string, say: Words): string[] {
  const t = say.more.changes;
  const name = check.name;
  const lines: string[] = [];
  if (old.status !== check.status)
    lines.push(
      !old.status
        ? say.fill(t.checkStatus, { check: name, status: check.status })
        : !check.status
          ? say.fill(t.statusTakenAway, { check: name, status: old.status })
          : say.fill(t.statusChanged, { check: name, was: old.status, now: check.status }),
    );
  if (old.note !== check.note) {
    const note = noteLabel;
    lines.push(
      !old.note
        ? say.fill(t.noteSet, { check: name, note, text: check.note })
        : !check.note
          ? say.fill(t.noteTakenAway, { check: name, note, text: old.note })
          : say.fill(t.noteChanged, { check: name, note, was: old.note, now: check.note }),
    );
  }
  return lines;
}

/** A checklist's changes, check by check, in words. */
function checklistDetail(
  field: Extract<Field, { kind: "checklist" }>,
  before: Answers,
  now: Answers,
  say: Words,
): ChangeDetail {
  const was = checksOf(field, before, say);
  const is = checksOf(field, now, say);
  const line = (check: CheckRead) => checkText(check, field.noteLabel, say);
  const detail: ChangeDetail = { added: [], removed: [], changed: [] };
  for (const [id, check] of is) {
    const old = was.get(id);
    if (!old) detail.added.push(line(check));
    else if (old.name !== check.name) {
      detail.removed.push(line(old));
      detail.added.push(line(check));
    } else detail.changed.push(...checkChanges(old, check, field.noteLabel, say));
  }
  for (const [id, check] of was) if (!is.has(id)) detail.removed.push(line(check));
  return detail;
}

/** What to tell a reader about a change (see ChangeDetail). */
export function changeDetail(
  say: Words,
  change: Change,
  before: Answers,
  now: Answers,
): ChangeDetail {
  const { field, kind } = change;
  const lines = (answers: Answers) => answerLines(say, field, answers);
  if (kind === "new") return { added: lines(now), removed: [], changed: [] };
  if (kind === "removed") return { added: [], removed: lines(before), changed: [] };
  if (isTextField(field))
    return {
      words: { before: lines(before)[0] ?? "", now: lines(now)[0] ?? "" },
      added: [],
      removed: [],
      changed: [],
    };
  if (field.kind === "checklist") return checklistDetail(field, before, now, say);
  return { ...linesAddedAndRemoved(lines(before), lines(now)), changed: [] };
}
/** A row's texts as one line ("Phone | Answer within three rings"), to show a row kept aside. */
export const rowText = (row: Row) =>
  Object.entries(row)
    .filter(([key, value]) => key !== "id" && typeof value === "string" && hasVisibleText(value))
    .map(([, value]) => value)
    .join(" | ");
