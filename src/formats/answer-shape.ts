import { allFields } from "../content/kinds";
import type {
  Answers,
  AnswerValue,
  CheckEntry,
  CheckStatus,
  Field,
  FieldKind,
  FieldOfKind,
  FieldValueByKind,
  RowId,
  TableRow,
  Workbook,
} from "../content/types";
import { ID_PATTERN } from "../lib/ids";
import type { LeftOut } from "./problems";
import { isRecord } from "./values";

/**
 * Reads answers out of untrusted data: saved data on every page load, and backup files. The one
 * check for answers from outside; plain code rather than a schema library, since it is part of
 * the first load.
 *
 * Each answer is read in the shape its field kind has, or not at all. Parts the workbook does
 * not know (a checklist item it has no such question for, a column a table does not have) are
 * left out and reported. Rows without an id (saved before rows had ids) get one from their
 * place, the same in every tab, so two tabs reading the same old data agree on which row is
 * which. A radio group nobody has chosen in holds null in version 1 data; it is read as "".
 */

const isString = (value: unknown): value is string => typeof value === "string";

export const checkStatuses = ["", "yes", "notYet", "notRelevant"] as const satisfies CheckStatus[];

/** What was left out of one answer: parts of a row, or checks, it does not have. */
export type LeftOutPart =
  { key: "rowParts"; row: number; parts: string[] } | { key: "checks"; count: number };

/** Notes what was left out while reading one answer. */
type Report = (what: LeftOutPart) => void;

type Reader<K extends FieldKind> = (
  field: FieldOfKind<K>,
  value: unknown,
  report: Report,
) => FieldValueByKind[K] | undefined;

function readStatus(value: unknown): CheckStatus | undefined {
  if (value === null || value === undefined) return "";
  return checkStatuses.find((s) => s === value);
}

function readEntry(value: unknown): CheckEntry | undefined {
  if (!isRecord(value) || !isString(value.note)) return undefined;
  const status = readStatus(value.status);
  return status === undefined ? undefined : { status, note: value.note };
}

/**
 * Reads rows that each need an id. Every row must read; any that cannot makes the whole answer
 * unreadable. Missing, malformed or repeated ids are replaced by ids made from the row's place.
 */
function readRows<T extends object>(
  value: unknown,
  readRow: (row: Record<string, unknown>) => T | undefined,
  known: ReadonlySet<string>,
  report: Report,
): (T & RowId)[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: (T & RowId)[] = [];
  const seen = new Set<string>();
  for (const [index, row] of value.entries()) {
    if (!isRecord(row)) return undefined;
    const read = readRow(row);
    if (read === undefined) return undefined;
    const extra = Object.keys(row).filter((key) => key !== "id" && !known.has(key));
    if (extra.length > 0) report({ key: "rowParts", row: index + 1, parts: extra });
    let id = isString(row.id) && ID_PATTERN.test(row.id) ? row.id : `row-${index + 1}`;
    if (seen.has(id)) id = `${id}-${index + 1}`;
    seen.add(id);
    out.push({ ...read, id });
  }
  return out;
}

const textReader = <K extends "text" | "longText" | "number">(_: unknown, value: unknown) =>
  (isString(value) ? value : undefined) as FieldValueByKind[K] | undefined;

const listKeys = new Set(["text"]);
const ownKeys = new Set(["text", "status", "note"]);

/** Rows with one text cell per column: tables and scorecards. */
function readTable(
  field: { columns: readonly { id: string }[] },
  value: unknown,
  report: Report,
): TableRow[] | undefined {
  const columns = new Set(field.columns.map((c) => c.id));
  return readRows(
    value,
    (row) => {
      const cells: Record<string, string> = {};
      for (const column of columns) {
        const cell = row[column] ?? "";
        if (!isString(cell)) return undefined;
        cells[column] = cell;
      }
      return cells;
    },
    columns,
    report,
  );
}

export const kindReaders: { [K in FieldKind]: Reader<K> } = {
  text: textReader,
  longText: textReader,
  number: textReader,
  // Nothing of its own is kept: it is worked out afresh from the numbers it is made of.
  calculated: () => null,
  table: readTable,
  scorecard: readTable,
  list: (_, value, report) =>
    readRows(
      value,
      (item) => (isString(item.text) ? { text: item.text } : undefined),
      listKeys,
      report,
    ),
  checklist: (field, value, report) => {
    if (!isRecord(value) || !isRecord(value.items) || !Array.isArray(value.own)) return undefined;
    const known = new Set(field.items.map((item) => item.id));
    const items: Record<string, CheckEntry> = {};
    const unknown: string[] = [];
    for (const [id, entry] of Object.entries(value.items)) {
      const read = readEntry(entry);
      if (!read) return undefined;
      // A set of the real ids, not a property lookup: "constructor" must not pass for an item.
      if (known.has(id)) items[id] = read;
      else unknown.push(id);
    }
    if (unknown.length > 0) report({ key: "checks", count: unknown.length });
    const own = readRows(
      value.own,
      (entry) => {
        const read = readEntry(entry);
        return read && isString(entry.text) ? { ...read, text: entry.text } : undefined;
      },
      ownKeys,
      report,
    );
    return own && { items, own };
  },
};

/** Reads one answer for its field, or undefined if it cannot be read. */
export function readAnswer(field: Field, value: unknown, report: Report = () => {}) {
  const read = kindReaders[field.kind] as (
    f: Field,
    v: unknown,
    r: Report,
  ) => AnswerValue | undefined;
  return read(field, value, report);
}

export type ReadAnswers = {
  /** Every answer whose shape is right, for questions this version of the workbook has. */
  answers: Answers;
  /** Questions whose answer could not be read. */
  unreadable: string[];
  /** What was left out because the workbook does not have it. */
  leftOut: LeftOut[];
};

/**
 * Picks the answers out of untrusted data, question by question. Answers to questions the
 * workbook does not have are left out, and said so.
 */
export function readAnswers(workbook: Workbook, data: unknown): ReadAnswers {
  const answers: Answers = {};
  const unreadable: string[] = [];
  const leftOut: LeftOut[] = [];
  if (!isRecord(data)) return { answers, unreadable, leftOut };
  const fields = allFields(workbook);
  for (const field of fields) {
    if (!Object.hasOwn(data, field.id)) continue;
    const value = readAnswer(field, data[field.id], (what) =>
      leftOut.push({ ...what, fieldId: field.id }),
    );
    if (value === undefined) unreadable.push(field.id);
    else answers[field.id] = value;
  }
  const ids = new Set(fields.map((f) => f.id));
  const strangers = Object.keys(data).filter((id) => !ids.has(id));
  if (strangers.length > 0) leftOut.push({ key: "answers", count: strangers.length });
  return { answers, unreadable, leftOut };
}
