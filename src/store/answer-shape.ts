import { allFields } from "../content/kinds";
import type {
  Answers,
  CheckEntry,
  CheckStatus,
  FieldKind,
  FieldValueByKind,
  Workbook,
} from "../content/types";

/**
 * Reads an answer of each field kind out of untrusted data: the right shape, or undefined.
 * The one check for answers from outside: saved data on every page load, and backup files.
 * Plain code rather than a schema library, since it is part of the first load.
 *
 * One leniency: a radio button group nobody has chosen in yet holds null in the form, and
 * version 1 saved it so. It is read as "" (no choice).
 */

type Reader<K extends FieldKind> = (value: unknown) => FieldValueByKind[K] | undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === "string";

export const checkStatuses = ["", "yes", "notYet", "notRelevant"] as const satisfies CheckStatus[];

function readStatus(value: unknown): CheckStatus | undefined {
  if (value === null || value === undefined) return "";
  return checkStatuses.find((s) => s === value);
}

function readEntry(value: unknown): CheckEntry | undefined {
  if (!isRecord(value) || !isString(value.note)) return undefined;
  const status = readStatus(value.status);
  return status === undefined ? undefined : { status, note: value.note };
}

/** Maps each element, or gives undefined if any element cannot be read. */
function readEvery<T>(list: unknown[], read: (item: unknown) => T | undefined): T[] | undefined {
  const out: T[] = [];
  for (const item of list) {
    const value = read(item);
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

export const kindReaders: { [K in FieldKind]: Reader<K> } = {
  text: (value) => (isString(value) ? value : undefined),
  longText: (value) => (isString(value) ? value : undefined),
  table: (value) =>
    Array.isArray(value)
      ? readEvery(value, (row) =>
          isRecord(row) && Object.values(row).every(isString)
            ? (row as Record<string, string>)
            : undefined,
        )
      : undefined,
  list: (value) =>
    Array.isArray(value)
      ? readEvery(value, (item) =>
          isRecord(item) && isString(item.text) ? { text: item.text } : undefined,
        )
      : undefined,
  checklist: (value) => {
    if (!isRecord(value) || !isRecord(value.items) || !Array.isArray(value.own)) return undefined;
    const items: Record<string, CheckEntry> = {};
    for (const [id, entry] of Object.entries(value.items)) {
      const read = readEntry(entry);
      if (!read) return undefined;
      items[id] = read;
    }
    const own = readEvery(value.own, (entry) => {
      const read = readEntry(entry);
      return read && isRecord(entry) && isString(entry.text)
        ? { ...read, text: entry.text }
        : undefined;
    });
    return own && { items, own };
  },
};

export type ReadAnswers = {
  /** Every answer whose shape is right, for questions this version of the workbook has. */
  answers: Answers;
  /** Questions whose answer could not be read. */
  unreadable: string[];
};

/**
 * Picks the answers out of untrusted data, question by question. Answers to questions the
 * workbook no longer has are left out; they are not an error.
 */
export function readAnswers(workbook: Workbook, data: unknown): ReadAnswers {
  const answers: Answers = {};
  const unreadable: string[] = [];
  if (!isRecord(data)) return { answers, unreadable };
  for (const field of allFields(workbook)) {
    if (!Object.hasOwn(data, field.id)) continue;
    const read = kindReaders[field.kind] as (v: unknown) => Answers[string] | undefined;
    const value = read(data[field.id]);
    if (value === undefined) unreadable.push(field.id);
    else answers[field.id] = value;
  }
  return { answers, unreadable };
}
