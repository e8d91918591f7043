import { byKind, hasVisibleText, LIMITS, valueOf, type KindMap } from "../content/kinds";
import type {
  Answers,
  AnswerValue,
  CheckEntry,
  CheckStatus,
  Field,
  OwnCheckEntry,
  Step,
  TableRow,
} from "../content/types";
import { shape } from "../content/shape";
import { checkStatuses } from "./answer-shape";
import { problem } from "./problems";
import {
  CLASS_PREFIX,
  LINK_MAX_CHARS,
  packText,
  readStepLink,
  tooLong,
  unpack,
  type LinkResult,
  type OpenedStepLink,
} from "./link";

/**
 * One step's class answers in a link for the QR code on the projector, in as few characters as
 * the answers allow: the fewer there are, the fewer and larger the code's squares, and the
 * further back in the room a phone can read it. The link is the app's address once, then
 * `#c=` and the answers; no app name, dates, question names or row ids, which the address and
 * the workbook itself already give.
 *
 * The answers are written in the step's order of questions, columns and checks, with control
 * characters between them. That text then goes into the link in whichever of two forms is
 * shorter: "t" keeps letters and digits as they are, a space as "_", the separators as , ; ! *
 * and anything else %-escaped (short English answers); "z" deflates it and writes the bytes in
 * base64url (long answers, other scripts). A check on the step's shape comes first, so a link
 * read by a version of the workbook with other questions is refused, never misread.
 *
 * Links made before (`#class=`, a whole backup file packed) are still read, by link.ts.
 */
export const COMPACT_CLASS_PREFIX = "#c=";

const FIELD = "\x1d";
const ROW = "\x1e";
const CELL = "\x1f";
const OWN = "\x1c";
// The four separators, which the text they separate never holds.
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\x1c-\x1f]/g;

const damaged = problem("classLinkDamaged");
const otherVersion = problem("classLinkOtherVersion");

const statusCodes: Record<CheckStatus, string> = {
  "": "0",
  yes: "y",
  notYet: "n",
  notRelevant: "x",
};
const statusOf = (code: string): CheckStatus | undefined =>
  checkStatuses.find((s) => statusCodes[s] === code);

/** The step's questions, columns and checks, hashed: two characters that change with them. */
function shapeCheck(step: Step): string {
  const shape = [
    step.id,
    ...step.fields.map((field) => {
      const parts = "columns" in field ? field.columns.map((c) => c.id) : [];
      if (field.kind === "checklist") parts.push(...field.items.map((i) => i.id));
      return `${field.kind}:${field.id}:${parts.join(",")}`;
    }),
  ].join("|");
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) hash = Math.imul(hash ^ shape.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) % 1296).toString(36).padStart(2, "0");
}

/** A user's text, without the control characters that separate the parts (nobody types them). */
const clean = (text: string) => text.replace(SEPARATORS, " ");
/** Drops empty parts at the end: a reader takes what is missing as empty. */
const trimEnd = (parts: string[], sep: string) => {
  let end = parts.length;
  while (end > 0 && parts[end - 1] === "") end--;
  return parts.slice(0, end).join(sep);
};

const cellsOf = (field: { columns: readonly { id: string }[] }, row: TableRow) =>
  trimEnd(
    field.columns.map((c) => clean(row[c.id] ?? "")),
    CELL,
  );
const filledRows = (field: { columns: readonly { id: string }[] }, rows: TableRow[]) =>
  rows
    .filter((row) => field.columns.some((c) => hasVisibleText(row[c.id] ?? "")))
    .map((row) => cellsOf(field, row))
    .join(ROW);

const writers: KindMap<string> = {
  text: (_, v) => clean(v),
  longText: (_, v) => clean(v),
  number: (_, v) => clean(v),
  calculated: () => "",
  table: filledRows,
  scorecard: filledRows,
  list: (_, items) =>
    items
      .filter((item) => hasVisibleText(item.text))
      .map((item) => clean(item.text))
      .join(ROW),
  checklist: (field, value) => {
    const entry = (e: CheckEntry | undefined) =>
      e ? statusCodes[e.status] + clean(e.note) : statusCodes[""];
    const items = field.items.map((item) => {
      const written = entry(value.items[item.id]);
      return written === statusCodes[""] ? "" : written;
    });
    const own = value.own
      .filter((o) => hasVisibleText(o.text) || hasVisibleText(o.note) || o.status !== "")
      .map((o) => trimEnd([clean(o.text), o.status === "" && o.note === "" ? "" : entry(o)], CELL));
    return trimEnd(items, ROW) + (own.length > 0 ? OWN + own.join(ROW) : "");
  },
};

/** The step's answers as one text: where it is, its shape check, then each question. */
export function classText(step: Step, answers: Answers): string {
  const index = shape.steps.findIndex((s) => s.id === step.id);
  const fields = step.fields.map((field) => byKind(writers, field, valueOf(field, answers)));
  return `${index}${CELL}${shapeCheck(step)}${FIELD}${trimEnd(fields, FIELD)}`;
}

const LITERAL = /[A-Za-z0-9.~-]/;
const SHORT: Record<string, string> = {
  " ": "_",
  [CELL]: ",",
  [ROW]: ";",
  [FIELD]: "!",
  [OWN]: "*",
};
const LONG: Record<string, string> = Object.fromEntries(
  Object.entries(SHORT).map(([long, short]) => [short, long]),
);
const escapeChar = (char: string) =>
  Array.from(
    new TextEncoder().encode(char),
    (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
  ).join("");

/** The "t" form: letters and digits as they are, separators as punctuation, the rest %-escaped. */
function textForm(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((char, i) => {
      // A link's last character is kept a letter, a digit or an escape: chat apps that spot
      // links leave a final full stop or dash out of them.
      if (i === chars.length - 1 && !/[A-Za-z0-9]/.test(char)) return escapeChar(char);
      return LITERAL.test(char) ? char : (SHORT[char] ?? escapeChar(char));
    })
    .join("");
}

function fromTextForm(form: string): string | null {
  try {
    return decodeURIComponent(form.replace(/[_,;!*]/g, (c) => LONG[c]!));
  } catch {
    return null;
  }
}

/** A link to one step's class answers, for the QR code. */
export async function classLink(
  base: string,
  stepId: string,
  answers: Answers,
): Promise<LinkResult> {
  const step = shape.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`No step ${stepId}`);
  const text = classText(step, answers);
  const asText = `t${textForm(text)}`;
  const deflated = `z${await packText(text)}`;
  const url = `${base}${COMPACT_CLASS_PREFIX}${deflated.length < asText.length ? deflated : asText}`;
  return url.length > LINK_MAX_CHARS ? { ok: false, problem: tooLong } : { ok: true, url };
}

type Parsed = AnswerValue | undefined;
const rowsOf = (text: string) => (text === "" ? [] : text.split(ROW));
const fits = (rows: string[]) => rows.length <= LIMITS.rows;
const rowId = (i: number) => `row-${i + 1}`;

function readTableText(field: { columns: readonly { id: string }[] }, text: string): Parsed {
  const rows = rowsOf(text);
  if (!fits(rows)) return undefined;
  const out: TableRow[] = [];
  for (const [i, row] of rows.entries()) {
    const cells = row.split(CELL);
    if (cells.length > field.columns.length) return undefined;
    const read: TableRow = { id: rowId(i) };
    field.columns.forEach((c, j) => (read[c.id] = cells[j] ?? ""));
    out.push(read);
  }
  return out;
}

function readEntry(text: string): CheckEntry | undefined {
  const status = statusOf(text.charAt(0));
  return status === undefined ? undefined : { status, note: text.slice(1) };
}

const readers: {
  [K in Field["kind"]]: (field: Extract<Field, { kind: K }>, text: string) => Parsed;
} = {
  text: (_, text) => text,
  longText: (_, text) => text,
  number: (_, text) => text,
  calculated: () => null,
  table: readTableText,
  scorecard: readTableText,
  list: (_, text) => {
    const items = rowsOf(text);
    return fits(items) ? items.map((item, i) => ({ id: rowId(i), text: item })) : undefined;
  },
  checklist: (field, text) => {
    const [itemsText = "", ownText = "", ...rest] = text.split(OWN);
    const entries = rowsOf(itemsText);
    const owns = rowsOf(ownText);
    if (rest.length > 0 || entries.length > field.items.length || !fits(owns)) return undefined;
    const items: Record<string, CheckEntry> = {};
    for (const [i, written] of entries.entries()) {
      if (written === "") continue;
      const entry = readEntry(written);
      if (!entry) return undefined;
      items[field.items[i]!.id] = entry;
    }
    const own: OwnCheckEntry[] = [];
    for (const [i, written] of owns.entries()) {
      const [ownText = "", entryText = "0", ...more] = written.split(CELL);
      const entry = readEntry(entryText);
      if (!entry || more.length > 0) return undefined;
      own.push({ id: rowId(i), text: ownText, ...entry });
    }
    return { items, own };
  },
};

/** Reads the step's answers back from its text, or says why it cannot. */
export function readClassText(text: string): OpenedStepLink {
  const [header = "", ...fieldTexts] = text.split(FIELD);
  const [indexText = "", check = ""] = header.split(CELL);
  const step = /^\d{1,3}$/.test(indexText) ? shape.steps[Number(indexText)] : undefined;
  if (!step || step.fields.length === 0) return { ok: false, problem: otherVersion };
  if (shapeCheck(step) !== check) return { ok: false, problem: otherVersion };
  if (fieldTexts.length > step.fields.length) return { ok: false, problem: damaged };
  const answers: Answers = {};
  for (const [i, field] of step.fields.entries()) {
    const read = (readers[field.kind] as (f: Field, t: string) => Parsed)(
      field,
      fieldTexts[i] ?? "",
    );
    if (read === undefined) return { ok: false, problem: damaged };
    answers[field.id] = read;
  }
  return { ok: true, stepId: step.id, answers, madeAt: null };
}

/** What a class link after `#` holds: this compact form, or the form links had before. */
export async function readClassLink(hash: string): Promise<OpenedStepLink> {
  if (hash.startsWith(CLASS_PREFIX)) return readStepLink(hash.slice(CLASS_PREFIX.length));
  const body = hash.slice(COMPACT_CLASS_PREFIX.length);
  if (!hash.startsWith(COMPACT_CLASS_PREFIX) || body.length > LINK_MAX_CHARS)
    return { ok: false, problem: damaged };
  let text: string | null = null;
  if (body.startsWith("t")) text = fromTextForm(body.slice(1));
  else if (body.startsWith("z")) {
    const bytes = await unpack(body.slice(1));
    text = bytes && new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  }
  return text === null ? { ok: false, problem: damaged } : readClassText(text);
}
