import { allFields, findField, LIMITS, withDefaults } from "../content/kinds";
import type { Answers } from "../content/types";
import { workbook } from "../content/workbook";
import { isoDate } from "../lib/dates";
import { ID_PATTERN } from "../lib/ids";
import { isRecord, readAnswers } from "./answer-shape";
import { backupInPdf, isPdf } from "./pdf-attachment";
import { readSaved } from "./saved-data";
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

export const BACKUP_APP = "keeping-customers";
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
      /** Parts of the file the workbook does not have, or could not read, in plain words. */
      leftOut: string[];
    } & History)
  | { ok: false; message: string };

/** keeping-customers-backup-2025-05-03.json, dated in the user's own time zone. */
export function backupFileName(date = new Date()): string {
  return `keeping-customers-backup-${isoDate(date)}.json`;
}

/** The file for saved data that could not be read, dated when it was found. */
export function keptAsideFileName(foundAt: number): string {
  return `keeping-customers-unreadable-${isoDate(new Date(foundAt))}.json`;
}

export function backupText(answers: Answers, date = new Date(), history = noHistory): string {
  const file: BackupFile = {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: date.toISOString(),
    about: `A backup of your answers in the ${workbook.title} workbook. To bring them back, open the workbook and use "Restore from backup" on the last step.`,
    answers: withDefaults(workbook, answers),
    workbookId: history.workbookId,
    snapshots: history.snapshots,
  };
  return JSON.stringify(file, null, 2);
}

export const tooBigMessage = "This file is too big to be a backup from this workbook.";
const notFromTheApp =
  "This PDF was not made by this workbook, so it has no answers in it. Choose a backup file, or a PDF this workbook made.";
const notABackup =
  "This file is not a backup from this workbook. Backup files are named like keeping-customers-backup-2025-05-03.json.";
const newerMessage =
  "This file was made by a newer version of this workbook. Reload the page to get the newest version, then try again.";

/**
 * Reads a chosen file as a backup. Never throws and never changes anything: the caller decides
 * what to do with the answers once the user has confirmed.
 */
export async function readBackupFile(file: Blob): Promise<RestoreResult> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, message: tooBigMessage };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isPdf(bytes)) return parseBackup(bytes);
    const inside = await backupInPdf(bytes).catch(() => null);
    return inside ? parseBackup(inside) : { ok: false, message: notFromTheApp };
  } catch {
    return { ok: false, message: "This file could not be opened. Please try again." };
  }
}

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

const labelOf = (id: string) => `“${findField(workbook, id)?.field.label ?? id}”`;

/**
 * Saved data as it was kept in the browser (a copy downloaded, or kept aside, after it could not
 * be read). Whatever answers can be read are restored; the damaged ones are named.
 */
function fromSavedData(text: string): RestoreResult | null {
  const read = readSaved(text);
  if (read.status === "ok") {
    const damaged = read.unreadableFields.map((id) => `${labelOf(id)}: damaged, cannot be read`);
    return {
      ok: true,
      answers: read.saved.answers,
      madeAt: read.saved.savedAt === null ? null : new Date(read.saved.savedAt),
      leftOut: [...damaged, ...read.leftOut],
      workbookId: read.saved.workbookId,
      snapshots: readSnapshots(read.oldSnapshots),
    };
  }
  if (read.status === "unreadable" && read.reason === "newer")
    return { ok: false, message: newerMessage };
  return null;
}

const count = new Intl.NumberFormat("en-GB");

/** Why answers cannot be restored because they pass the workbook's limits, or null. */
function overLimits(answers: Answers): string | null {
  for (const field of allFields(workbook)) {
    const value = answers[field.id];
    if (Array.isArray(value) && value.length > LIMITS.rows)
      return `The answer to ${labelOf(field.id)} has ${count.format(value.length)} rows. The workbook allows at most ${LIMITS.rows}, so this file cannot be restored.`;
    const texts: string[] = [];
    JSON.stringify(value, (_, v: unknown) => (typeof v === "string" && texts.push(v), v));
    if (texts.some((t) => t.length > LIMITS.textLength))
      return `The answer to ${labelOf(field.id)} is longer than the workbook allows (${count.format(LIMITS.textLength)} characters), so this file cannot be restored.`;
  }
  return null;
}

/** Answers that passed every check, or why not. */
function restorable(
  answers: Answers,
  madeAt: Date | null,
  leftOut: string[],
  history: History,
): RestoreResult {
  const over = overLimits(answers);
  return over ? { ok: false, message: over } : { ok: true, answers, madeAt, leftOut, ...history };
}

function historyOf(data: Record<string, unknown>): History {
  const id = data.workbookId;
  return {
    workbookId: typeof id === "string" && ID_PATTERN.test(id) ? id : null,
    snapshots: Array.isArray(data.snapshots) ? readSnapshots(data.snapshots as unknown[]) : [],
  };
}

/** An ISO 8601 time with its offset, as `toISOString` writes it, or null. */
function madeAtOf(value: unknown): Date | null | undefined {
  if (value === undefined) return null;
  if (
    typeof value !== "string" ||
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value)
  )
    return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Turns the bytes of a chosen file into answers, or into a plain-English reason it cannot be
 * used. Never throws.
 */
export function parseBackup(bytes: Uint8Array): RestoreResult {
  try {
    if (bytes.byteLength > BACKUP_MAX_BYTES) return { ok: false, message: tooBigMessage };
    if (bytes.byteLength === 0) return { ok: false, message: "This file is empty." };
    const text = decode(bytes);
    if (text === null) return { ok: false, message: notABackup };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return {
        ok: false,
        message:
          "This file is damaged, or it is not a backup file. Backup files are named like keeping-customers-backup-2025-05-03.json.",
      };
    }

    if (isRecord(data) && !("app" in data) && "state" in data && "version" in data) {
      const saved = fromSavedData(text);
      if (saved)
        return saved.ok ? restorable(saved.answers, saved.madeAt, saved.leftOut, saved) : saved;
    }
    if (!isRecord(data) || data.app !== BACKUP_APP) return { ok: false, message: notABackup };
    const { version } = data;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
      return { ok: false, message: notABackup };
    if (version > BACKUP_VERSION) return { ok: false, message: newerMessage };

    const damaged = "This backup file is damaged and cannot be read.";
    const madeAt = madeAtOf(data.exportedAt);
    if (madeAt === undefined || !isRecord(data.answers)) return { ok: false, message: damaged };
    const read = readAnswers(workbook, data.answers);
    const first = read.unreadable[0];
    if (first !== undefined) {
      return {
        ok: false,
        message: `This backup file is damaged: the answer to ${labelOf(first)} cannot be read.`,
      };
    }
    return restorable(read.answers, madeAt, read.leftOut, historyOf(data));
  } catch {
    // Nothing a file holds may break the page; anything unforeseen is just "cannot be read".
    return { ok: false, message: "This file cannot be read as a backup." };
  }
}
