/**
 * The outer layer of everything the app reads from outside or from the browser's storage: its
 * size, that it is text and JSON of a sane depth, which app it names, its version and when it
 * was made. Every file kind (backup, PDF attachment, link, feedback, the coach space, session
 * copies) is read through here first, so each holds the same rules and none can take the app
 * down: a date a clock or a file got wrong is left out and said so, never shown as a time.
 */

import type { LeftOut } from "./problems";
import { isRecord } from "./values";

/** The app name a backup file (and the answers in a link) carries. */
export const BACKUP_APP = "keeping-customers";
/** The app name a coach feedback file carries. */
export const FEEDBACK_APP = "keeping-customers-feedback";

/** What a kind of file or saved data must look like on the outside. */
export type Layer = {
  /** The `app` it must name; null for data the app keeps in the browser, which names none. */
  app: string | null;
  /** The newest version this app reads. */
  newest: number;
  /** The most it may hold, in bytes (characters, for text already in memory). */
  maxBytes: number;
  /** The field that says when it was made, as an ISO 8601 time. */
  madeAt?: string;
};

export type OuterProblem =
  "tooBig" | "empty" | "notText" | "notJson" | "tooDeep" | "otherApp" | "noVersion" | "newer";

export type Outer =
  | {
      ok: true;
      data: Record<string, unknown>;
      version: number;
      /** When it says it was made; null when it does not say, or says a time that is not real. */
      madeAt: Date | null;
      /** What was left out, in plain words: a date that is not real. */
      notes: LeftOut[];
    }
  | {
      ok: false;
      problem: OuterProblem;
      /** The app the data names, when it names one: a backup offered as feedback, say. */
      app: string | null;
    };

/** In the year 2191: far beyond any wrong clock, well inside what a Date can show (275760). */
export const LATEST_TIME = 7e12;

/**
 * A change time for merging (ms since 1970), or null. Small numbers pass (a clock may be wrong
 * either way, and only their order matters); beyond LATEST_TIME, adding one would change nothing.
 */
export function stampTime(value: unknown): number | null {
  return typeof value === "number" && value >= 0 && value <= LATEST_TIME ? value : null;
}

/** 1 January 2000: before the app existed, so no date the app wrote is older. */
export const EARLIEST_TIME = 946_684_800_000;

/** A time the app could have written (ms since 1970), or null: 1e20, -5 and NaN are not. */
export function realTime(value: unknown): number | null {
  return typeof value === "number" && value >= EARLIEST_TIME && value <= LATEST_TIME ? value : null;
}

/** Nesting deeper than anything the app writes (a backup is six levels deep, at most). */
export const MAX_DEPTH = 32;

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** An ISO 8601 time with its offset, as `toISOString` writes it, within the real range; or null. */
export function realDate(value: unknown): Date | null {
  if (typeof value !== "string" || !ISO_TIME.test(value)) return null;
  const time = realTime(new Date(value).getTime());
  return time === null ? null : new Date(time);
}

/** The words for a time that was left out. */

/** True when brackets nest deeper than `max` outside strings. Linear, and never recurses. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** UTF-8 text, or null when the bytes are not text. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const refuse = (problem: OuterProblem, app: string | null = null): Outer => ({
  ok: false,
  problem,
  app,
});

/** Reads the outer layer of JSON text already in memory (saved data, an unpacked link). */
export function readOuterText(text: string, layer: Layer): Outer {
  if (text.length > layer.maxBytes) return refuse("tooBig");
  if (text.trim() === "") return refuse("empty");
  if (nestsDeeperThan(text, MAX_DEPTH)) return refuse("tooDeep");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse("notJson");
  }
  if (!isRecord(data)) return refuse("notJson");
  const app = typeof data.app === "string" ? data.app : null;
  if (layer.app !== null && app !== layer.app) return refuse("otherApp", app);
  const { version } = data;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
    return refuse("noVersion", app);
  if (version > layer.newest) return refuse("newer", app);
  const notes: LeftOut[] = [];
  let madeAt: Date | null = null;
  if (layer.madeAt !== undefined && data[layer.madeAt] !== undefined) {
    madeAt = realDate(data[layer.madeAt]);
    if (madeAt === null) notes.push({ key: "madeAtNotReal" });
  }
  return { ok: true, data, version, madeAt, notes };
}

/** Reads the outer layer of a file's bytes: its size first, before anything else is done. */
export function readOuterLayer(bytes: Uint8Array, layer: Layer): Outer {
  if (bytes.byteLength > layer.maxBytes) return refuse("tooBig");
  if (bytes.byteLength === 0) return refuse("empty");
  const text = decodeText(bytes);
  return text === null ? refuse("notText") : readOuterText(text, layer);
}
