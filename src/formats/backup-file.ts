import { problem, type LeftOut, type Problem } from "./problems";
import { allFields, LIMITS, withDefaults } from "../content/kinds";
import type { Field } from "../content/types";
import type { Answers } from "../content/types";
import { shape } from "../content/shape";
import { isoDate } from "../lib/dates";
import { ID_PATTERN } from "../lib/ids";
import { readAnswers } from "./answer-shape";
import {
  BACKUP_APP,
  decodeText,
  FEEDBACK_APP,
  MAX_DEPTH,
  nestsDeeperThan,
  readOuterLayer,
  realTime,
  type Layer,
  type Outer,
} from "./outer-layer";
import { backupInPdf, isPdf, type InPdf } from "./pdf-attachment";
import { readSaved } from "./saved-data";
import { isRecord } from "./values";
import { readSnapshots, type Snapshot } from "./snapshots";

/**
 * The backup file: every answer, in a versioned JSON file the user keeps, and the one reader of
 * such files. Answers are checked by the same readers as the browser's own saved data
 * (answer-shape.ts), so a file is held to exactly the rules the workbook lives by. A PDF made by
 * the app carries the same file inside it, so it restores the same way.
 *
 * Version 2 adds the workbook's id and its snapshots (what each PDF showed), so moving to
 * another computer keeps the history. Version 1 files are still read.
 */

/** Goes up only when the file's shape changes in a way older versions could not read. */
export const BACKUP_VERSION = 2;
/** Far above any real workbook (a full one is tens of kilobytes), far below trouble. */
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;

export type BackupFile = {
  app: typeof BACKUP_APP;
  version: number;
  /** When the file was made, as an ISO 8601 time. */
  exportedAt: string;
  about?: string;
  answers: Answers;
  workbookId?: string | null;
  snapshots?: Snapshot[];
};

/** What a backup holds besides the answers. */
export type History = { workbookId: string | null; snapshots: Snapshot[] };
const noHistory: History = { workbookId: null, snapshots: [] };

export type RestoreResult =
  | ({
      ok: true;
      answers: Answers;
      /** When the backup was made, if the file says. */
      madeAt: Date | null;
      /** Parts of the file the workbook does not have, or could not read. */
      leftOut: LeftOut[];
    } & History)
  | { ok: false; problem: Problem };

/** keeping-customers-backup-2025-05-03.json, dated in the user's own time zone. */
export function backupFileName(date = new Date()): string {
  return `keeping-customers-backup-${isoDate(date)}.json`;
}

/** The file for saved data that could not be read, dated when it was found. */
export function keptAsideFileName(foundAt: number): string {
  return `keeping-customers-unreadable-${isoDate(new Date(foundAt))}.json`;
}

/** The backup file's text; `about` says what it is, to anyone who opens it, in their language. */
export function backupText(
  answers: Answers,
  date = new Date(),
  history = noHistory,
  about?: string,
): string {
  const file: BackupFile = {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: date.toISOString(),
    ...(about !== undefined && { about }),
    answers: withDefaults(shape, answers),
    workbookId: history.workbookId,
    snapshots: history.snapshots,
  };
  return JSON.stringify(file, null, 2);
}

const tooBig = problem("tooBig");
const notABackup = problem("notABackup");
const newer = problem("newer");

/** Why a PDF's answers cannot be read, by what was found in it. */
const pdfProblems: Record<Exclude<InPdf["status"], "found">, Problem> = {
  none: problem("notFromTheApp"),
  cutShort: problem("pdfCutShort"),
  damaged: problem("pdfDamaged"),
  tooBig: problem("pdfTooBig"),
};

/** The outer layer of a backup file, and of the answers in a link. */
export const backupLayer: Layer = {
  app: BACKUP_APP,
  newest: BACKUP_VERSION,
  maxBytes: BACKUP_MAX_BYTES,
  madeAt: "exportedAt",
};

/**
 * Reads a chosen file as a backup: a backup file, a PDF made by the app (which carries one), or
 * saved data kept aside. Never throws and never changes anything: the caller decides what to do
 * with the answers once the user has confirmed. Bounded work: see pdf-attachment.ts.
 */
export async function readBackupFile(file: Blob): Promise<RestoreResult> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, problem: tooBig };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isPdf(bytes)) return parseBackup(bytes);
    const inside = await backupInPdf(bytes, BACKUP_MAX_BYTES);
    return inside.status === "found"
      ? parseBackup(inside.bytes)
      : { ok: false, problem: pdfProblems[inside.status] };
  } catch {
    return { ok: false, problem: problem("couldNotOpen") };
  }
}

/**
 * Saved data as it was kept in the browser (a copy downloaded, or kept aside, after it could not
 * be read). Whatever answers can be read are restored; the damaged ones are named.
 */
function fromSavedData(text: string): RestoreResult | null {
  const read = readSaved(text);
  if (read.status === "ok") {
    const damaged = read.unreadableFields.map((fieldId): LeftOut => ({ key: "damaged", fieldId }));
    const copies = readSnapshots(read.oldSnapshots);
    // A date that is not real is left out (shown as none).
    const savedAt = realTime(read.saved.savedAt);
    return {
      ok: true,
      answers: read.saved.answers,
      madeAt: savedAt === null ? null : new Date(savedAt),
      leftOut: [...damaged, ...read.leftOut, ...copies.leftOut],
      workbookId: read.saved.workbookId,
      snapshots: copies.snapshots,
    };
  }
  if (read.status === "unreadable" && read.reason === "newer") return { ok: false, problem: newer };
  return null;
}

/** The first answer past the workbook's limits: too many rows, or a text too long. */
type OverLimits =
  { fieldId: string; kind: "rows"; count: number } | { fieldId: string; kind: "length" };

/** Walks an answer's texts and rows without recursion limits of its own: answers are shallow. */
function overIn(value: unknown): "length" | number | null {
  if (typeof value === "string") return value.length > LIMITS.textLength ? "length" : null;
  if (Array.isArray(value)) {
    if (value.length > LIMITS.rows) return value.length;
    for (const item of value) {
      const over = overIn(item);
      if (over !== null) return over;
    }
  } else if (isRecord(value)) {
    for (const item of Object.values(value)) {
      const over = overIn(item);
      if (over !== null) return over;
    }
  }
  return null;
}

/** Whether answers (already read) hold more than the workbook allows, and where. */
function answersOverLimits(answers: Answers, fields: readonly Field[]): OverLimits | null {
  for (const field of fields) {
    const over = overIn(answers[field.id]);
    if (over === "length") return { fieldId: field.id, kind: "length" };
    if (over !== null) return { fieldId: field.id, kind: "rows", count: over };
  }
  return null;
}

/**
 * How a reader of answers words what it refuses: a backup file says "this file", a link says
 * "this link" (link.ts), each with its own advice.
 */
export type BackupWords = {
  refusal: (outer: Extract<Outer, { ok: false }>) => Problem;
  /** The answers part is missing or not an object. */
  damaged: Problem;
  /** The answer to one question cannot be read. */
  unreadable: Problem["key"];
  /** Too many rows, and a text too long: "so this file cannot be restored". */
  tooManyRows: Problem["key"];
  tooLong: Problem["key"];
};

/** Why answers cannot be used because they pass the workbook's limits, or null. */
function overLimitsProblem(answers: Answers, words: BackupWords): Problem | null {
  const over = answersOverLimits(answers, allFields(shape));
  if (!over) return null;
  return over.kind === "rows"
    ? problem(words.tooManyRows, { fieldId: over.fieldId, count: over.count })
    : problem(words.tooLong, { fieldId: over.fieldId });
}

function historyOf(data: Record<string, unknown>): History & { leftOut: LeftOut[] } {
  const id = data.workbookId;
  const copies = Array.isArray(data.snapshots)
    ? readSnapshots(data.snapshots as unknown[])
    : { snapshots: [], leftOut: [] };
  return {
    workbookId: typeof id === "string" && ID_PATTERN.test(id) ? id : null,
    snapshots: copies.snapshots,
    leftOut: copies.leftOut,
  };
}

const fileWords: BackupWords = {
  refusal: (outer) => {
    switch (outer.problem) {
      case "tooBig":
        return tooBig;
      case "empty":
        return problem("empty");
      case "notText":
      case "tooDeep":
      case "noVersion":
        return notABackup;
      case "notJson":
        return problem("damagedOrNot");
      case "otherApp":
        return outer.app === FEEDBACK_APP ? problem("feedbackNotBackup") : notABackup;
      case "newer":
        return newer;
    }
  },
  damaged: problem("damaged"),
  unreadable: "damagedAnswer",
  tooManyRows: "tooManyRows",
  tooLong: "tooLong",
};

/** Saved data of the browser's own (no `app`), offered as a backup: read as it was saved. */
function asSavedData(bytes: Uint8Array): RestoreResult | null {
  const text = decodeText(bytes);
  if (text === null || nestsDeeperThan(text, MAX_DEPTH)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || "app" in data || !("state" in data) || !("version" in data)) return null;
  const saved = fromSavedData(text);
  if (!saved?.ok) return saved;
  const over = overLimitsProblem(saved.answers, fileWords);
  return over ? { ok: false, problem: over } : saved;
}

/** Reads answers whose outer layer has been read, in the reader's own words. Never throws. */
export function readBackupData(outer: Outer, words: BackupWords): RestoreResult {
  if (!outer.ok) return { ok: false, problem: words.refusal(outer) };
  const { data, madeAt, notes } = outer;
  if (!isRecord(data.answers)) return { ok: false, problem: words.damaged };
  const read = readAnswers(shape, data.answers);
  const first = read.unreadable[0];
  if (first !== undefined)
    return { ok: false, problem: problem(words.unreadable, { fieldId: first }) };
  const over = overLimitsProblem(read.answers, words);
  if (over) return { ok: false, problem: over };
  const history = historyOf(data);
  return {
    ok: true,
    answers: read.answers,
    madeAt,
    leftOut: [...notes, ...read.leftOut, ...history.leftOut],
    workbookId: history.workbookId,
    snapshots: history.snapshots,
  };
}

/**
 * Turns the bytes of a chosen file into answers, or into a plain-English reason it cannot be
 * used. Never throws.
 */
export function parseBackup(bytes: Uint8Array): RestoreResult {
  try {
    const outer = readOuterLayer(bytes, backupLayer);
    if (!outer.ok && outer.problem === "otherApp" && outer.app === null) {
      const saved = asSavedData(bytes);
      if (saved) return saved;
    }
    return readBackupData(outer, fileWords);
  } catch {
    // Nothing a file holds may break the page; anything unforeseen is just "cannot be read".
    return { ok: false, problem: problem("unreadable") };
  }
}
