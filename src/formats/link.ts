import type { Answers } from "../content/types";
import { allFields, isAnswered, withDefaults } from "../content/kinds";
import { shape } from "../content/shape";
import {
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  backupLayer,
  readBackupData,
  type BackupFile,
  type BackupWords,
} from "./backup-file";
import { problem, type LeftOut, type Problem } from "./problems";
import { deflateRaw, inflateCapped, type Inflated } from "./inflate";
import { BACKUP_APP, FEEDBACK_APP, readOuterLayer, type Outer } from "./outer-layer";

/**
 * How a link says what it carries after `#`: `#answers=…` a whole workbook, `#class=…` one
 * step's class answers as the QR code carried them before the compact form of class-link.ts
 * (still read). link-prefixes.ts spots them for the first load.
 */
export const ANSWERS_PREFIX = "#answers=";
export const CLASS_PREFIX = "#class=";

/**
 * Answers carried in a link. The link's `#` part holds a backup file (the same JSON, answered
 * questions only), deflated by the browser's own CompressionStream and written in base64url.
 * Browsers never send the `#` part to a server, so the answers go only where the user sends the
 * link. Reading one goes through parseBackup, the same checks as a backup file.
 */

/**
 * Browsers take links far longer, but some mail programs and chat apps cut or break links past
 * a few thousand characters, and a cut link loses everything in it.
 */
export const LINK_MAX_CHARS = 8000;

export const tooLong = problem("linkTooLong");
const damagedLink = problem("linkDamaged");
const notALink = problem("linkNotAnswers");

/** How a link's answers are refused, in the words of a link. */
const linkWords: BackupWords = {
  refusal: (outer) => {
    switch (outer.problem) {
      case "tooBig":
        return problem("linkTooBig");
      case "empty":
        return damagedLink;
      case "newer":
        return problem("linkNewer");
      case "otherApp":
        return outer.app === FEEDBACK_APP ? problem("linkIsFeedback") : notALink;
      case "notText":
      case "notJson":
      case "tooDeep":
      case "noVersion":
        return notALink;
    }
  },
  damaged: notALink,
  unreadable: "linkAnswerUnreadable",
  tooManyRows: "linkTooManyRows",
  tooLong: "linkAnswerTooLong",
};

export type LinkResult = { ok: true; url: string } | { ok: false; problem: Problem };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** JSON text as the text of a link's `#` part, after the prefix. */
export async function packText(text: string): Promise<string> {
  return toBase64Url(await deflateRaw(new TextEncoder().encode(text)));
}

/** The bytes packed into a link's `#` part, or why they cannot be unpacked. */
async function unpackBytes(packed: string): Promise<Inflated> {
  const bytes = fromBase64Url(packed);
  if (!bytes || bytes.byteLength === 0) return { ok: false, problem: "damaged" };
  // A few bytes can inflate to gigabytes; reading stops past the backup file's own limit.
  return inflateCapped(bytes, "deflate-raw", BACKUP_MAX_BYTES);
}

/** The bytes packed into a link (class-link.ts), or null if they cannot be unpacked. */
export async function unpack(packed: string): Promise<Uint8Array | null> {
  const inflated = await unpackBytes(packed);
  return inflated.ok ? inflated.bytes : null;
}

/** Unpacks a link's `#` part into the outer layer of what it holds, or why it cannot. */
async function unpackOuter(packed: string): Promise<Outer | { ok: false; problem: Problem }> {
  const inflated = await unpackBytes(packed);
  if (!inflated.ok)
    return {
      ok: false,
      problem:
        inflated.problem === "tooBig"
          ? linkWords.refusal({ ok: false, problem: "tooBig", app: null })
          : damagedLink,
    };
  return readOuterLayer(inflated.bytes, backupLayer);
}

/** Only the answered questions: empty ones come back as empty when the link is read. */
function answeredOnly(answers: Answers): Answers {
  const out: Answers = {};
  for (const field of allFields(shape)) {
    const value = answers[field.id];
    if (value !== undefined && isAnswered(field, answers)) out[field.id] = value;
  }
  return out;
}

type LinkPayload = Omit<BackupFile, "about">;

async function makeLink(base: string, prefix: string, payload: LinkPayload): Promise<LinkResult> {
  const url = `${base}${prefix}${await packText(JSON.stringify(payload))}`;
  return url.length > LINK_MAX_CHARS ? { ok: false, problem: tooLong } : { ok: true, url };
}

/**
 * A link holding every answered question, to open in this app anywhere. The workbook's own id
 * goes too (a random one, as in a backup), so a copy opened for review can be found again.
 */
export function answersLink(
  base: string,
  answers: Answers,
  date = new Date(),
  workbookId: string | null = null,
): Promise<LinkResult> {
  return makeLink(base, ANSWERS_PREFIX, {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: date.toISOString(),
    answers: answeredOnly(answers),
    ...(workbookId && { workbookId }),
  });
}

export type OpenedLink =
  | {
      ok: true;
      answers: Answers;
      madeAt: Date | null;
      leftOut: LeftOut[];
      workbookId: string | null;
    }
  | { ok: false; problem: Problem };

/** Unpacks and checks a link's answers, as a backup file is checked. Never throws. */
export async function readAnswersLink(packed: string): Promise<OpenedLink> {
  try {
    const outer = await unpackOuter(packed);
    if (!outer.ok && typeof outer.problem !== "string") return outer;
    const read = readBackupData(outer, linkWords);
    if (!read.ok) return read;
    const { madeAt, leftOut, workbookId } = read;
    const answers = withDefaults(shape, read.answers);
    return { ok: true, answers, madeAt, leftOut, workbookId };
  } catch {
    return { ok: false, problem: damagedLink };
  }
}

export type OpenedStepLink =
  | { ok: true; stepId: string; answers: Answers; madeAt: Date | null }
  | { ok: false; problem: Problem };

/** Unpacks a step's answers: only that step's questions are taken, whatever else it holds. */
export async function readStepLink(packed: string): Promise<OpenedStepLink> {
  try {
    const outer = await unpackOuter(packed);
    if (!outer.ok && typeof outer.problem !== "string") return outer;
    const read = readBackupData(outer, linkWords);
    if (!read.ok) return read;
    const stepId = outer.ok ? outer.data.step : undefined;
    const step = shape.steps.find((s) => s.id === stepId && s.fields.length > 0);
    if (!step) return { ok: false, problem: problem("linkNoStep") };
    const answers: Answers = {};
    const all = withDefaults(shape, read.answers);
    for (const field of step.fields) answers[field.id] = all[field.id]!;
    return { ok: true, stepId: step.id, answers, madeAt: read.madeAt };
  } catch {
    return { ok: false, problem: damagedLink };
  }
}
