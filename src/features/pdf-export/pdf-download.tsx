import { useEffect, useRef, useState, type Ref } from "react";
import { findField } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import type { PreparedPdf } from "../../pdf/make-pdf";
import { startPdfWorker } from "../../pdf/start-pdf-worker";
import { backupText } from "../../formats/backup-file";
import { receivedFor } from "../feedback/received-feedback";
import { addSnapshots, storedSnapshots } from "../changes/snapshot-store";
import type { StoredProblem } from "../../store/stored-value";
import { snapshotOf, type Snapshot } from "../../formats/snapshots";
import { useWorkbookHandle } from "../../store/workbook-store";
import { downloadBlob } from "../../ui/download";
import { DOWNLOADS_NOTE } from "../backup/words";
import { stepHref } from "../steps/step-route";

type PdfState =
  | { kind: "idle" }
  /** `page` is the page being drawn, once drawing has started. */
  | { kind: "busy"; page?: number }
  | { kind: "check"; pdf: PreparedPdf; snapshot: Snapshot }
  /** `notKept`: why the copy of the answers for next time could not be kept, if it could not. */
  | { kind: "done"; fileName: string; notKept: StoredProblem | null }
  | { kind: "failed" };

/**
 * Making the PDF. Its code and fonts load only when it is asked for, and it is made in a
 * worker, so the page stays responsive while the pages are counted out.
 */
function usePdfMaker() {
  const { store, key } = useWorkbookHandle();
  const [state, setState] = useState<PdfState>({ kind: "idle" });
  const warning = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Set at once on a press, before React re-renders: a double press makes one PDF.
  const working = useRef(false);
  const busy = state.kind === "busy";

  useEffect(() => {
    if (state.kind === "check") warning.current?.focus();
  }, [state.kind]);

  async function download(pdf: PreparedPdf, snapshot: Snapshot) {
    setState({ kind: "busy" });
    const blob = await pdf.render((page) => setState({ kind: "busy", page }));
    // Read by the benchmark (npm run bench): from the press of the button to the finished file.
    performance.measure("pdf-made", "pdf-start");
    downloadBlob(pdf.fileName, blob);
    // What this PDF showed, so the next one (and the review step) can say what changed since.
    store.getState().ensureWorkbookId();
    const notKept = addSnapshots(key, [snapshot]);
    setState({ kind: "done", fileName: pdf.fileName, notKept });
  }

  /** Runs one PDF task at a time; a press while one runs does nothing. */
  async function exclusively(task: () => Promise<void>) {
    if (working.current) return;
    working.current = true;
    try {
      await task();
    } catch (error) {
      console.error(error);
      setState({ kind: "failed" });
    } finally {
      working.current = false;
    }
  }

  const start = () =>
    exclusively(async () => {
      performance.mark("pdf-start");
      startPdfWorker();
      setState({ kind: "busy" });
      const { preparePdf } = await import("../../pdf/make-pdf");
      const { answers, ensureWorkbookId } = store.getState();
      const snapshots = storedSnapshots(key);
      const date = new Date();
      const snapshot = snapshotOf(answers, date.getTime());
      // The PDF carries a backup with its history, this PDF's own copy included.
      const history = { workbookId: ensureWorkbookId(), snapshots: [snapshot, ...snapshots] };
      const pdf = await preparePdf(workbook, answers, date, {
        since: snapshots[0],
        backup: backupText(answers, date, history),
        comments: receivedFor(key)?.comments,
      });
      if (pdf.unprintable.length > 0) setState({ kind: "check", pdf, snapshot });
      else await download(pdf, snapshot);
    });

  // The notice's buttons vanish with it, so focus goes back to "Download PDF".
  function closeWarning() {
    button.current?.focus();
    setState({ kind: "idle" });
  }

  function downloadAnyway(pdf: PreparedPdf, snapshot: Snapshot) {
    button.current?.focus();
    return exclusively(() => download(pdf, snapshot));
  }

  return { state, busy, warning, button, start, closeWarning, downloadAnyway };
}

/** Why the copy of the answers a PDF leaves for next time could not be kept. */
const notKeptWords: Record<StoredProblem, string> = {
  full: "Your PDF is downloaded, but this browser's storage is full, so no copy of these answers was kept to show what changes before your next session.",
  blocked:
    "Your PDF is downloaded, but this browser would not keep a copy of these answers to show what changes before your next session.",
  other:
    "Your PDF is downloaded, but this browser would not keep a copy of these answers to show what changes before your next session.",
  newer:
    "Your PDF is downloaded. This workbook was opened in a newer version of the app, so no copy of these answers was kept here: reload the page to use the newer version.",
};

/** "Download PDF" on the review step. */
export function PdfDownload() {
  const { state, busy, warning, button, start, closeWarning, downloadAnyway } = usePdfMaker();
  return (
    <section className="panel pdf-download" aria-labelledby="pdf-download-heading">
      <h2 id="pdf-download-heading">PDF for your coaching session</h2>

      {state.kind === "check" && (
        <UnprintableWarning
          ref={warning}
          pdf={state.pdf}
          onDownload={() => void downloadAnyway(state.pdf, state.snapshot)}
          onCancel={closeWarning}
        />
      )}

      {state.kind === "failed" && (
        <p role="alert" className="alert">
          Sorry, your PDF could not be made. Your answers are still saved on this device. Please try
          again, and if you are offline, try again once you are connected.
        </p>
      )}

      <div className="pdf-download-row">
        <button
          ref={button}
          type="button"
          className="button primary"
          aria-busy={busy}
          aria-disabled={busy}
          aria-describedby="pdf-download-progress"
          // The second click of a double click (detail 2) is not a second request, even when
          // the first PDF was quick enough to be done already.
          onClick={(event) => {
            if (event.detail <= 1) void start();
          }}
          // The worker's thread starts on the press itself, ahead of the click that follows.
          onPointerDown={() => {
            startPdfWorker();
          }}
          onKeyDown={(event) => {
            if (event.key !== "Enter" && event.key !== " ") return;
            // A key held down repeats: that is one press, not a PDF for every repeat.
            if (event.repeat) event.preventDefault();
            else startPdfWorker();
          }}
        >
          Download PDF
        </button>
        <p id="pdf-download-progress" className="pdf-progress" aria-live="polite">
          {busy && "Making your PDF…"}
          {/* The count changes too fast to be read out page by page; it is there to see. */}
          {state.kind === "busy" && state.page !== undefined && (
            <span aria-hidden="true"> page {state.page}</span>
          )}
          {state.kind === "done" && `Downloaded ${state.fileName}.`}
        </p>
      </div>
      {state.kind === "done" && state.notKept && (
        <p role="alert" className="alert">
          {notKeptWords[state.notKept]}
        </p>
      )}
      {state.kind === "done" && <p className="downloads-note">{DOWNLOADS_NOTE}</p>}
      {/* After the button, so a phone shows the button in its first screen. */}
      <p>
        Every step with your answers, ready to print. Anything not answered yet is marked, and the
        last page is left for notes.
      </p>
    </section>
  );
}

/** Which answers have characters the PDF's fonts cannot draw, each a link back to its step. */
function UnprintableWarning({
  ref,
  pdf,
  onDownload,
  onCancel,
}: {
  ref: Ref<HTMLDivElement>;
  pdf: PreparedPdf;
  onDownload: () => void;
  onCancel: () => void;
}) {
  return (
    <div ref={ref} role="alert" className="alert pdf-warning" tabIndex={-1}>
      <p>
        <strong>Some characters can&rsquo;t be printed in the PDF.</strong> They will show as
        &ldquo;&#xFFFD;&rdquo; instead. Everything else prints as normal.
      </p>
      <ul>
        {pdf.unprintable.map((answer) => {
          const place = findField(workbook, answer.fieldId);
          return (
            <li key={answer.fieldId}>
              {place ? (
                <a href={stepHref(place.step.id)}>
                  Step {place.stepNumber}: {answer.label}
                </a>
              ) : (
                answer.label
              )}{" "}
              <span className="pdf-missing-chars">({answer.characters.join(" ")})</span>
            </li>
          );
        })}
      </ul>
      <p>You can change these answers first, or download the PDF as it is.</p>
      <div className="pdf-warning-actions">
        <button type="button" className="button primary" onClick={onDownload}>
          Download anyway
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
