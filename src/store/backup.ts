import type { Answers } from "../content/types";
import { workbook } from "../content/workbook";
import { withDefaults } from "../content/kinds";

/**
 * The backup file: every answer, in a versioned JSON file the user keeps. Writing one is cheap
 * and lives here; reading one needs the schema library, so backup-schema.ts is loaded only
 * when a file is chosen.
 */

export const BACKUP_APP = "keeping-customers";
/** Goes up only when the file's shape changes in a way older versions could not read. */
export const BACKUP_VERSION = 1;
/** Far above any real workbook (a full one is tens of kilobytes), far below trouble. */
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;

export type BackupFile = {
  app: typeof BACKUP_APP;
  version: number;
  /** When the file was made, as an ISO 8601 time. */
  exportedAt: string;
  about?: string;
  answers: Answers;
};

export type RestoreResult =
  | {
      ok: true;
      answers: Answers;
      /** When the backup was made, if the file says. */
      madeAt: Date | null;
    }
  | { ok: false; message: string };

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** keeping-customers-backup-2025-05-03.json, dated in the user's own time zone. */
export function backupFileName(date = new Date()): string {
  return `keeping-customers-backup-${isoDate(date)}.json`;
}

/** The file for saved data that could not be read, dated when it was found. */
export function keptAsideFileName(foundAt: number): string {
  return `keeping-customers-unreadable-${isoDate(new Date(foundAt))}.json`;
}

export function backupText(answers: Answers, date = new Date()): string {
  const file: BackupFile = {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: date.toISOString(),
    about: `A backup of your answers in the ${workbook.title} workbook. To bring them back, open the workbook and use "Restore from backup" on the last step.`,
    answers: withDefaults(workbook, answers),
  };
  return JSON.stringify(file, null, 2);
}

export const tooBigMessage = "This file is too big to be a backup from this workbook.";

/**
 * Reads a chosen file as a backup. Never throws and never changes anything: the caller decides
 * what to do with the answers once the user has confirmed.
 */
export async function readBackupFile(file: Blob): Promise<RestoreResult> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, message: tooBigMessage };
  try {
    const [bytes, { parseBackup }] = await Promise.all([
      file.arrayBuffer(),
      import("./backup-schema"),
    ]);
    return parseBackup(new Uint8Array(bytes));
  } catch {
    return { ok: false, message: "This file could not be opened. Please try again." };
  }
}
