import * as z from "zod";
import { allFields } from "../content/kinds";
import type { Answers, Field, FieldKind } from "../content/types";
import { workbook } from "../content/workbook";
import { checkStatuses, isRecord } from "./answer-shape";
import {
  BACKUP_APP,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  tooBigMessage,
  type RestoreResult,
} from "./backup";
import { readSaved } from "./saved-data";

/**
 * The backup file's schema, loaded only when a file is chosen. The answer rules mirror
 * answer-shape.ts (the reader used on every page load); a property test checks they agree.
 */

const entry = z.object({
  // A radio group nobody has chosen in holds null; it is read as "" (no choice).
  status: z
    .enum(checkStatuses)
    .nullish()
    .transform((s) => s ?? ""),
  note: z.string(),
});

export const kindSchemas = {
  text: z.string(),
  longText: z.string(),
  table: z.array(z.record(z.string(), z.string())),
  list: z.array(z.object({ text: z.string() })),
  checklist: z.object({
    items: z.record(z.string(), entry),
    own: z.array(entry.extend({ text: z.string() })),
  }),
} satisfies { [K in FieldKind]: z.ZodType };

/** Every question the workbook has, each optional; answers to unknown questions are dropped. */
const answersSchema = z.object(
  Object.fromEntries(
    allFields(workbook).map((field) => [field.id, kindSchemas[field.kind].optional()]),
  ),
);

const header = z.looseObject({
  app: z.literal(BACKUP_APP),
  version: z.number().int().min(1),
});

const backupSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  answers: answersSchema,
});

const fieldsById = new Map<string, Field>(allFields(workbook).map((f) => [f.id, f]));

const notABackup =
  "This file is not a backup from this workbook. Backup files are named like keeping-customers-backup-2025-05-03.json.";

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Saved data as it was kept in the browser (a copy downloaded after it could not be read). */
function fromSavedData(text: string): RestoreResult | null {
  const read = readSaved(text);
  if (read.status === "ok") {
    if (read.unreadableFields.length > 0) return null;
    return {
      ok: true,
      answers: read.saved.answers,
      madeAt: read.saved.savedAt === null ? null : new Date(read.saved.savedAt),
    };
  }
  if (read.status === "unreadable" && read.reason === "newer")
    return { ok: false, message: newerMessage };
  return null;
}

const newerMessage =
  "This file was made by a newer version of this workbook. Reload the page to get the newest version, then try again.";

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
      if (saved) return saved;
    }
    const head = header.safeParse(data);
    if (!head.success) return { ok: false, message: notABackup };
    if (head.data.version > BACKUP_VERSION) return { ok: false, message: newerMessage };

    const file = backupSchema.safeParse(data);
    if (!file.success) {
      const path = file.error.issues[0]?.path ?? [];
      const field = path[0] === "answers" ? fieldsById.get(String(path[1])) : undefined;
      return {
        ok: false,
        message: field
          ? `This backup file is damaged: the answer to "${field.label}" cannot be read.`
          : "This backup file is damaged and cannot be read.",
      };
    }
    const madeAt = file.data.exportedAt ? new Date(file.data.exportedAt) : null;
    return { ok: true, answers: file.data.answers as Answers, madeAt };
  } catch {
    // Nothing a file holds may break the page; anything unforeseen is just "cannot be read".
    return { ok: false, message: "This file cannot be read as a backup." };
  }
}
