import { ACTIONS_FIELD_ID } from "../content/agreed-actions";
import { allFields, findField, hasVisibleText, LIMITS } from "../content/kinds";
import type { Answers, TableField, TableRow, Workbook } from "../content/types";
import { shape } from "../content/shape";
import { isoDate } from "../lib/dates";
import { newId } from "../lib/ids";
import { kindReaders } from "./answer-shape";
import { problem, type LeftOut, type Problem } from "./problems";
import { isRecord } from "./values";
import {
  BACKUP_APP,
  FEEDBACK_APP,
  readOuterLayer,
  readOuterText,
  type Layer,
  type Outer,
} from "./outer-layer";

/**
 * The coach's feedback file: comments on questions and agreed actions, for the workbook the
 * coach reviewed. Versioned and checked on reading like the backup file; it holds no answers, so
 * adding it can never change one.
 */

export const FEEDBACK_VERSION = 1;
/** A full set of long comments is well under this. */
export const FEEDBACK_MAX_BYTES = 2 * 1024 * 1024;

export { ACTIONS_FIELD_ID };

/** The action points' question, in `words` (a language's workbook) or as the shape has it. */
export function actionsField(words: Workbook = shape): TableField {
  const field = findField(words, ACTIONS_FIELD_ID)?.field;
  if (field?.kind !== "table") throw new Error("The workbook has no action points table.");
  return field;
}

/**
 * Who is to do an agreed action: the person coached, the coach, or both. Kept in the file as one
 * of these words, each side saying it in its own way ("You", "Your coach"…).
 */
export const WHO = ["client", "coach", "both"] as const;
export type Who = (typeof WHO)[number];

/** The agreed actions' rows: the action points' columns, and who is to do each. */
export function agreedActionsField(words: Workbook = shape, who = "Who"): TableField {
  const field = actionsField(words);
  return {
    ...field,
    id: "agreedActions",
    columns: [...field.columns, { id: "who", heading: who }],
  };
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
  // The action points' own columns: who is to do it stays in the feedback, shown beside the row.
  const { columns } = actionsField();
  const rows = fresh.slice(0, room).map((row) => ({
    ...Object.fromEntries(columns.map((c) => [c.id, row[c.id] ?? ""])),
    id: newId(),
  }));
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
  /** Rows for the action points table, and who is to do each (agreedActionsField). */
  actions: TableRow[];
  /** The coach's name, as the coach gave it; "" when they gave none. */
  coachName: string;
};

export type FeedbackResult =
  { ok: true; feedback: Feedback; leftOut: LeftOut[] } | { ok: false; problem: Problem };

type FeedbackFile = {
  app: typeof FEEDBACK_APP;
  version: number;
  madeAt: string;
  about?: string;
  forName: string;
  forBusiness: string;
  coachName: string;
  comments: Record<string, string>;
  actions: TableRow[];
};

/**
 * keeping-customers-feedback-bloom-crumb-2025-05-03.json: named after the business (or the
 * person, if the workbook names no business) and the day, in letters, digits and hyphens only,
 * so feedback for two people on one day never shares a name.
 */
export function feedbackFileName(client: { name: string; business: string }, date = new Date()) {
  const slug = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "");
  const who = slug(client.business) || slug(client.name);
  return `keeping-customers-feedback-${who ? `${who}-` : ""}${isoDate(date)}.json`;
}

/**
 * Only comments with something in them, and action rows with something in them; `about` says
 * what the file is, to anyone who opens it, in their language.
 */
export function feedbackText(feedback: Feedback, about?: string): string {
  const comments = Object.fromEntries(
    Object.entries(feedback.comments).filter(([, text]) => hasVisibleText(text)),
  );
  const { columns } = actionsField();
  const actions = feedback.actions.filter((row) =>
    columns.some((c) => hasVisibleText(row[c.id] ?? "")),
  );
  const agreed = agreedActionsField().columns;
  const file: FeedbackFile = {
    app: FEEDBACK_APP,
    version: FEEDBACK_VERSION,
    madeAt: feedback.madeAt.toISOString(),
    ...(about !== undefined && { about }),
    forName: feedback.forName,
    forBusiness: feedback.forBusiness,
    coachName: feedback.coachName,
    comments,
    actions: actions.map((row) => ({
      id: row.id,
      ...Object.fromEntries(agreed.map((c) => [c.id, row[c.id] ?? ""])),
    })),
  };
  return JSON.stringify(file, null, 2);
}

const notFeedback = problem("notFeedback");
const damaged = problem("feedbackDamaged");
const tooBig = problem("feedbackTooBig");

/** A text the feedback holds, within the answers' limit. */
const shortText = (value: unknown): value is string =>
  typeof value === "string" && value.length <= LIMITS.textLength;

/**
 * Reads the comments: every one must be text within the answers' limit (or the reason it is
 * not, in words); comments on questions the workbook does not have are left out.
 */
function readComments(
  value: unknown,
  leftOut: LeftOut[],
): { comments: Record<string, string> } | { problem: Problem } | undefined {
  if (!isRecord(value)) return undefined;
  const known = new Set(allFields(shape).map((f) => f.id));
  const comments: Record<string, string> = {};
  let strangers = 0;
  for (const [id, text] of Object.entries(value)) {
    if (typeof text !== "string") return undefined;
    if (!known.has(id)) strangers++;
    else if (!shortText(text)) return { problem: problem("commentTooLong", { fieldId: id }) };
    else comments[id] = text;
  }
  if (strangers > 0) leftOut.push({ key: "comments", count: strangers });
  return { comments };
}

function readActions(value: unknown, leftOut: LeftOut[]): TableRow[] | undefined {
  if (!Array.isArray(value) || value.length > LIMITS.rows) return undefined;
  const field = agreedActionsField();
  const rows = kindReaders.table(field, value, (what) =>
    leftOut.push({ ...what, fieldId: ACTIONS_FIELD_ID }),
  );
  return rows?.every((row) => Object.values(row).every((t) => t.length <= LIMITS.textLength))
    ? rows
    : undefined;
}

/** The outer layer of a feedback file. */
export const feedbackLayer: Layer = {
  app: FEEDBACK_APP,
  newest: FEEDBACK_VERSION,
  maxBytes: FEEDBACK_MAX_BYTES,
  madeAt: "madeAt",
};

/** Why the outer layer of a would-be feedback file was refused. */
function refusal(outer: Extract<Outer, { ok: false }>): Problem {
  switch (outer.problem) {
    case "tooBig":
      return tooBig;
    case "empty":
      return problem("empty");
    case "otherApp":
      return outer.app === BACKUP_APP ? problem("feedbackIsBackup") : notFeedback;
    case "newer":
      return problem("feedbackNewer");
    case "notText":
    case "notJson":
    case "tooDeep":
    case "noVersion":
      return notFeedback;
  }
}

/** Turns a file's bytes into feedback, or a plain-English reason it cannot be used. */
export function parseFeedback(bytes: Uint8Array): FeedbackResult {
  try {
    const outer = readOuterLayer(bytes, feedbackLayer);
    if (!outer.ok) return { ok: false, problem: refusal(outer) };
    const { data, notes } = outer;
    const leftOut: LeftOut[] = [...notes];
    const read = readComments(data.comments, leftOut);
    if (read && "problem" in read) return { ok: false, problem: read.problem };
    const comments = read?.comments;
    const actions = readActions(data.actions, leftOut);
    // Files made before coaches gave their name have none.
    const { forName, forBusiness, coachName = "" } = data;
    if (!comments || !actions || !shortText(forName) || !shortText(forBusiness))
      return { ok: false, problem: damaged };
    if (!shortText(coachName)) return { ok: false, problem: damaged };
    // A file whose date is not real is still the coach's feedback: it is dated when added.
    const madeAt = outer.madeAt ?? new Date();
    return {
      ok: true,
      feedback: { madeAt, forName, forBusiness, coachName, comments, actions },
      leftOut,
    };
  } catch {
    return { ok: false, problem: problem("feedbackUnreadable") };
  }
}

export async function readFeedbackFile(file: Blob): Promise<FeedbackResult> {
  if (file.size > FEEDBACK_MAX_BYTES) return { ok: false, problem: tooBig };
  try {
    return parseFeedback(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, problem: problem("couldNotOpen") };
  }
}

/**
 * Reads feedback kept in the browser (in this file's own format): "newer" when a newer version
 * of the app kept it, which this one must not write over.
 */
export function readStoredFeedback(
  raw: string | null,
): { status: "ok"; value: Feedback | null } | { status: "newer" } | { status: "damaged" } {
  if (raw === null || raw === "") return { status: "ok", value: null };
  const read = parseFeedback(new TextEncoder().encode(raw));
  if (read.ok) return { status: "ok", value: read.feedback };
  const outer = readOuterText(raw, feedbackLayer);
  return { status: !outer.ok && outer.problem === "newer" ? "newer" : "damaged" };
}
