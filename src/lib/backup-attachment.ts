/**
 * How a PDF made by the app carries the answers: a file attachment (a real one, which PDF
 * readers list) holding the backup file, marked by a key of its own so the app can find it
 * again. The PDF writer puts it there; "Restore from backup" reads it back.
 */
export const BACKUP_ATTACHMENT = {
  /** The key on the attachment's stream that says "this is the workbook's backup". */
  marker: "KeepingCustomersBackup",
  fileName: "keeping-customers-backup.json",
} as const;
