/// <reference lib="webworker" />
import { runReadTask, type FromFileWorker, type ToFileWorker } from "./read-task";

/**
 * The worker that reads files and links (read-task.ts), off the page's thread: parsing a file
 * at the size limit takes a noticeable moment, and the page must never stop for it.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToFileWorker>) => {
  const { id, kind, input } = event.data;
  void runReadTask(kind, input).then((result) =>
    self.postMessage({ id, result } satisfies FromFileWorker),
  );
};
