import { allFields, findField, hasVisibleText, LIMITS } from "../content/kinds";
import type { Answers, TableField, TableRow } from "../content/types";
import { workbook } from "../content/workbook";
import { isoDate } from "../lib/dates";
import { newId } from "../lib/ids";
import { isRecord, kindReaders } from "./answer-shape";
import { BACKUP_APP } from "./backup-file";

/**
 * The coach's feedback file: comments on questions and agreed actions, for the workbook the
 * coach reviewed. Versioned and checked on reading like the backup file; it holds no answers, so
 * adding it can never change one.
 */

export const FEEDBACK_APP = "keeping-customers-feedback";
export const FEEDBACK_VERSION = 1;
/** A full set of long comments is well under this. */
export const FEEDBACK_MAX_BYTES = 2 * 1024 * 1024;

/** The question agreed actions belong to: the action points of "Talk it through". */
export const ACTIONS_FIELD_ID = "actions";

export function actionsField(): TableField {
  const field = findField(workbook, ACTIONS_FIELD_ID)?.field;
  if (field?.kind !== "table") throw new Error("The workbook has no action points table.");
  return field;
}

const rowKey = (row: TableRow) =>
  actionsField()
    .columns.map((c) => (row[c.id] ?? "").trim())
    .join("\n");

/**
 * The agreed actions to add to the action points: those not there already, as new rows, as
 * many as the table has room for (LIMITS.rows, as on screen and in a backup); `noRoom` counts
 * the ones left out for want of room.
 */
export function actionsToAdd(
  answers: Answers,
  feedback: Feedback,
): { rows: TableRow[]; noRoom: number } {
  const mine = answers[ACTIONS_FIELD_ID];
  const have = Array.isArray(mine) ? (mine as TableRow[]) : [];
  const keys = new Set(have.map(rowKey));
  const fresh = feedback.actions.filter((row) => !keys.has(rowKey(row)));
  const room = Math.max(0, LIMITS.rows - have.length);
  const rows = fresh.slice(0, room).map((row) => ({ ...row, id: newId() }));
  return { rows, noRoom: fresh.length - rows.length };
}

export type Feedback = {
  /** When the coach downloaded it. */
  madeAt: Date;
  /** Whose workbook it is about, as the workbook said when the coach opened it. */
  forName: string;
  forBusiness: string;
  /** Comments by question id; only questions the workbook has. */
  comments: Record<string, string>;
  /** Rows for the action points table. */
  actions: TableRow[];
};

export type FeedbackResult =
  { ok: true; feedback: Feedback; leftOut: string[] } | { ok: false; message: string };

type FeedbackFile = {
  app: typeof FEEDBACK_APP;
  version: number;
  madeAt: string;
  about: string;
  forName: string;
  forBusiness: string;
  comments: Record<string, string>;
  actions: TableRow[];
};

export function feedbackFileName(date = new Date()): string {
  return `keeping-customers-feedback-${isoDate(date)}.json`;
}

/** Only comments with something in them, and action rows with something in them. */
export function feedbackText(feedback: Feedback): string {
  const comments = Object.fromEntries(
    Object.entries(feedback.comments).filter(([, text]) => hasVisibleText(text)),
  );
  const { columns } = actionsField();
  const actions = feedback.actions.filter((row) =>
    columns.some((c) => hasVisibleText(row[c.id] ?? "")),
  );
  const file: FeedbackFile = {
    app: FEEDBACK_APP,
    version: FEEDBACK_VERSION,
    madeAt: feedback.madeAt.toISOString(),
    about: `Feedback from your coach on your ${workbook.title} workbook. To read it, open the workbook and use "Add coach feedback" on the last step.`,
    forName: feedback.forName,
    forBusiness: feedback.forBusiness,
    comments,
    actions: actions.map((row) => ({ ...row })),
  };
  return JSON.stringify(file, null, 2);
}

const notFeedback =
  "This file is not coach feedback from this workbook. Feedback files are named like keeping-customers-feedback-2025-05-03.json.";
const damaged = "This feedback file is damaged and cannot be read.";

/** Reads the comments: every one must be text within the limit; unknown questions are left out. */
function readComments(value: unknown, leftOut: string[]): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const known = new Set(allFields(workbook).map((f) => f.id));
  const comments: Record<string, string> = {};
  let strangers = 0;
  for (const [id, text] of Object.entries(value)) {
    if (typeof text !== "string" || text.length > LIMITS.textLength) return undefined;
    if (known.has(id)) comments[id] = text;
    else strangers++;
  }
  if (strangers > 0)
    leftOut.push(
      strangers === 1
        ? "a comment on a question this workbook does not have"
        : `comments on ${strangers} questions this workbook does not have`,
    );
  return comments;
}

function readActions(value: unknown, leftOut: string[]): TableRow[] | undefined {
  if (!Array.isArray(value) || value.length > LIMITS.rows) return undefined;
  const rows = kindReaders.table(actionsField(), value, (what) => leftOut.push(what));
  return rows?.every((row) => Object.values(row).every((t) => t.length <= LIMITS.textLength))
    ? rows
    : undefined;
}

function madeAtOf(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Turns a file's bytes into feedback, or a plain-English reason it cannot be used. */
export function parseFeedback(bytes: Uint8Array): FeedbackResult {
  try {
    if (bytes.byteLength > FEEDBACK_MAX_BYTES)
      return { ok: false, message: "This file is too big to be coach feedback." };
    if (bytes.byteLength === 0) return { ok: false, message: "This file is empty." };
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, message: notFeedback };
    }
    if (isRecord(data) && data.app === BACKUP_APP)
      return {
        ok: false,
        message:
          "This is a backup of answers, not coach feedback. To bring answers back, use “Restore from backup”.",
      };
    if (!isRecord(data) || data.app !== FEEDBACK_APP) return { ok: false, message: notFeedback };
    const { version } = data;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
      return { ok: false, message: notFeedback };
    if (version > FEEDBACK_VERSION)
      return {
        ok: false,
        message:
          "This feedback was made by a newer version of this workbook. Reload the page to get the newest version, then try again.",
      };
    const leftOut: string[] = [];
    const comments = readComments(data.comments, leftOut);
    const actions = readActions(data.actions, leftOut);
    const madeAt = madeAtOf(data.madeAt);
    const { forName, forBusiness } = data;
    if (!comments || !actions || !madeAt) return { ok: false, message: damaged };
    if (typeof forName !== "string" || typeof forBusiness !== "string")
      return { ok: false, message: damaged };
    if (forName.length > LIMITS.textLength || forBusiness.length > LIMITS.textLength)
      return { ok: false, message: damaged };
    return { ok: true, feedback: { madeAt, forName, forBusiness, comments, actions }, leftOut };
  } catch {
    return { ok: false, message: "This file cannot be read as coach feedback." };
  }
}

export async function readFeedbackFile(file: Blob): Promise<FeedbackResult> {
  if (file.size > FEEDBACK_MAX_BYTES)
    return { ok: false, message: "This file is too big to be coach feedback." };
  try {
    return parseFeedback(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, message: "This file could not be opened. Please try again." };
  }
}
