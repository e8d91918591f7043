/**
 * Starts the PDF worker's thread as soon as "Download PDF" is pressed, before the PDF code has
 * loaded: a new thread takes tens of milliseconds to come up, and jsPDF as long again to load in
 * it. Tiny, so the review step can hold it. One worker serves the whole visit (make-pdf.ts talks
 * to it); pressing again once it runs starts nothing.
 */

let worker: Worker | null = null;

export function startPdfWorker(): Worker {
  return (worker ??= new Worker(new URL("./pdf-worker.ts", import.meta.url), {
    type: "module",
    name: "pdf",
  }));
}

/** Forgets a worker that failed (and was ended), so the next press starts a new one. */
export function forgetPdfWorker(failed: Worker) {
  if (worker === failed) worker = null;
}
