import { readBackupFile, type RestoreResult } from "./backup-file";
import { readFeedbackFile, type FeedbackResult } from "./feedback-file";
import { readClassLink } from "./class-link";
import { readAnswersLink, type OpenedLink, type OpenedStepLink } from "./link";

/**
 * Everything read from outside, by kind: what each reader takes and gives. The readers run in
 * a worker (file-worker.ts, started by read-off-thread.ts), so even a file at the size limit,
 * crafted to be slow, never holds up the page.
 */
export type ReadTasks = {
  backup: [Blob, RestoreResult];
  feedback: [Blob, FeedbackResult];
  answersLink: [string, OpenedLink];
  /** A class link's whole `#` part: the QR code's compact form, or the form before it. */
  classLink: [string, OpenedStepLink];
};
export type ReadKind = keyof ReadTasks;

const readers: { [K in ReadKind]: (input: ReadTasks[K][0]) => Promise<ReadTasks[K][1]> } = {
  backup: readBackupFile,
  feedback: readFeedbackFile,
  answersLink: readAnswersLink,
  classLink: readClassLink,
};

/** Runs one reader; like each of them, it never throws. */
export function runReadTask<K extends ReadKind>(
  kind: K,
  input: ReadTasks[K][0],
): Promise<ReadTasks[K][1]> {
  return readers[kind](input);
}

/** A task for the worker, and its answer. */
export type ToFileWorker = { id: number; kind: ReadKind; input: Blob | string };
export type FromFileWorker = { id: number; result: ReadTasks[ReadKind][1] };
