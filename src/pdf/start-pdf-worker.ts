/**
 * Starts the PDF worker's thread as soon as "Download PDF" is pressed, before the PDF code has
 * loaded: a new thread takes tens of milliseconds to come up, and jsPDF as long again to load in
 * it. The Latin faces, which every PDF needs, are fetched here on the page at the same moment
 * and handed over: the worker's own thread is busy reading jsPDF until then, and would only ask
 * for them afterwards. Small, so the review step can hold it. One worker serves the whole visit
 * (make-pdf.ts talks to it); pressing again once it runs starts nothing.
 */
import { latinFiles } from "virtual:pdf-fonts/latin";
import { fetchFaces } from "./font-fetch";
import type { ToWorker } from "./pdf-messages";

export type StartedWorker = {
  worker: Worker;
  /** Settles once the worker has been sent the Latin faces. */
  latin: Promise<void>;
};

let worker: Worker | null = null;
let latin: Promise<void> | null = null;

function sendLatin(to: Worker): Promise<void> {
  const sent = fetchFaces(latinFiles, true).then(({ faces, buffers }) => {
    to.postMessage({ type: "fonts", group: "latin", faces } satisfies ToWorker, buffers);
  });
  // A failed fetch (offline before the app was kept) is reported when the PDF is made, and
  // tried again on the next press.
  sent.catch(() => {
    if (latin === sent) latin = null;
  });
  return sent;
}

function newWorker(): Worker {
  const started = new Worker(new URL("./pdf-worker.ts", import.meta.url), {
    type: "module",
    name: "pdf",
  });
  // A worker whose code could not load (offline, say) fails before the PDF code that listens
  // to it has arrived: it is forgotten at once, so the PDF code starts a new one.
  started.addEventListener("error", () => forgetPdfWorker(started));
  return started;
}

export function startPdfWorker(): StartedWorker {
  const current = (worker ??= newWorker());
  latin ??= sendLatin(current);
  return { worker: current, latin };
}

/** Forgets a worker that failed (and ends it), so the next press starts a new one. */
export function forgetPdfWorker(failed: Worker) {
  failed.terminate();
  if (worker !== failed) return;
  worker = null;
  latin = null;
}

/** Forgets the Latin faces sent (the worker could not read them), to fetch them again. */
export function forgetLatin() {
  latin = null;
}
