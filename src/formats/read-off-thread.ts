import {
  runReadTask,
  type FromFileWorker,
  type ReadKind,
  type ReadTasks,
  type ToFileWorker,
} from "./read-task";

/**
 * Reads a file or a link in the file worker (file-worker.ts), so the page stays free however
 * slow the file is to read. Where no worker can start (or its code cannot load, after the app
 * was updated, say) the same reader runs here instead: the answer is the same.
 */

type Waiting = { resolve: (result: FromFileWorker["result"]) => void; fallback: () => void };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function start(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    const started = new Worker(new URL("./file-worker.ts", import.meta.url), {
      type: "module",
      name: "files",
    });
    started.onmessage = (event: MessageEvent<FromFileWorker>) => {
      const job = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      job?.resolve(event.data.result);
    };
    // A worker that cannot load or crashes: everything it had is read here, and the next read
    // starts a new one.
    started.onerror = () => {
      started.terminate();
      if (worker === started) worker = null;
      const jobs = [...waiting.values()];
      waiting.clear();
      for (const job of jobs) job.fallback();
    };
    return started;
  } catch {
    return null;
  }
}

/** Reads `input` as `kind`, off the page's thread where it can. Never throws. */
export function readOffThread<K extends ReadKind>(
  kind: K,
  input: ReadTasks[K][0],
): Promise<ReadTasks[K][1]> {
  const here = () => runReadTask(kind, input);
  worker ??= start();
  const to = worker;
  if (!to) return here();
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, {
      resolve: (result) => resolve(result),
      fallback: () => void here().then(resolve),
    });
    try {
      to.postMessage({ id, kind, input } satisfies ToFileWorker);
    } catch {
      waiting.delete(id);
      void here().then(resolve);
    }
  });
}
