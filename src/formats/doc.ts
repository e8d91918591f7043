import type { Answers, Removal } from "../content/types";

/**
 * The shape two tabs share and the saved data holds: answers, and the times that let two copies
 * merge (store/merge.ts). Every part of an answer has a path, such as
 * "contactPoints/k3f9/service", and `stamps` keeps the time each path last changed.
 */

/** Times (ms since 1970), by path. */
export type Stamps = Record<string, number>;

/** Everything two tabs share, with the times that let them merge. */
export type Doc = {
  answers: Answers;
  /** When each part of each answer last changed. */
  stamps: Stamps;
  /** When each removed row was removed, by the row's path. */
  removed: Stamps;
  /** Removals that can still be undone, newest first. */
  removals: Removal[];
  lastStepId: string;
};

/** Between the parts of a path. */
export const SEP = "/";
/** The path under a list of rows that holds when the rows were last put in order. */
export const ORDER = "#order";
/** The path that holds when the user last moved to another step. */
export const STEP = "#step";
