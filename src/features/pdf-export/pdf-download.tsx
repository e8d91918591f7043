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
import { canSendFiles, sendFile, type Sent } from "./send-file";

/** What happens to the PDF once made: saved as a download, or handed to the share sheet. */
type Delivery = "download" | "send";

type PdfState =
  | { kind: "idle" }
  /** `page` is the page being drawn, once drawing has started. */
  | { kind: "busy"; page?: number }
  | { kind: "check"; pdf: PreparedPdf; snapshot: Snapshot; delivery: Delivery }
  /** `notKept`: why the copy of the answers for next time could not be kept, if it could not. */
  | { kind: "done"; fileName: string; sent?: Sent; notKept: StoredProblem | null }
  /** Made, but the share sheet wanted a fresh press to open (the first took too long). */
  | { kind: "toSend"; file: File; snapshot: Snapshot }
  | { kind: "failed" };

const doneText: Record<Sent, string> = {
  sent: "Sent",
  downloaded: "This device could not send it, so it was downloaded instead:",
  cancelled: "Not sent. Press “Send to my coach” to try again.",
};

/** Runs one PDF task at a time; a press while one runs does nothing. */
function useOneAtATime(failed: () => void) {
  // Set at once on a press, before React re-renders: a double press makes one PDF.
  const working = useRef(false);
  return async (task: () => Promise<void>) => {
    if (working.current) return;
    working.current = true;
    try {
      await task();
    } catch (error) {
      console.error(error);
      failed();
    } finally {
      working.current = false;
    }
  };
}

/**
 * Making the PDF. Its code and fonts load only when it is asked for, and it is made in a
 * worker, so the page stays responsive while the pages are counted out.
 */
function usePdfMaker() {
  const { store, key } = useWorkbookHandle();
  const [state, setState] = useState<PdfState>({ kind: "idle" });
  const warning = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const busy = state.kind === "busy";

  useEffect(() => {
    if (state.kind === "check") warning.current?.focus();
  }, [state.kind]);

  /** What this PDF showed, so the next one (and the review step) can say what changed since. */
  function taken(snapshot: Snapshot): StoredProblem | null {
    store.getState().ensureWorkbookId();
    return addSnapshots(key, [snapshot]);
  }

  async function send(file: File, snapshot: Snapshot) {
    const sent = await sendFile(file);
    if (sent === "again") return setState({ kind: "toSend", file, snapshot });
    const notKept = sent !== "cancelled" ? taken(snapshot) : null;
    setState({ kind: "done", fileName: file.name, sent, notKept });
  }

  async function download(pdf: PreparedPdf, snapshot: Snapshot, delivery: Delivery) {
    setState({ kind: "busy" });
    const blob = await pdf.render((page) => setState({ kind: "busy", page }));
    // Read by the benchmark (npm run bench): from the press of the button to the finished file.
    performance.measure("pdf-made", "pdf-start");
    if (delivery === "send")
      return send(new File([blob], pdf.fileName, { type: "application/pdf" }), snapshot);
    downloadBlob(pdf.fileName, blob);
    setState({ kind: "done", fileName: pdf.fileName, notKept: taken(snapshot) });
  }

  const exclusively = useOneAtATime(() => setState({ kind: "failed" }));

  const start = (delivery: Delivery = "download") =>
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
        feedback: receivedFor(key) ?? undefined,
      });
      if (pdf.unprintable.length > 0) setState({ kind: "check", pdf, snapshot, delivery });
      else await download(pdf, snapshot, delivery);
    });

  /** "Send to my coach": the PDF just made, or a new one, to the device's share sheet. */
  const startSending = () =>
    state.kind === "toSend" ? exclusively(() => send(state.file, state.snapshot)) : start("send");

  // The notice's buttons vanish with it, so focus goes back to "Download PDF".
  function closeWarning() {
    button.current?.focus();
    setState({ kind: "idle" });
  }

  function downloadAnyway(pdf: PreparedPdf, snapshot: Snapshot, delivery: Delivery) {
    button.current?.focus();
    return exclusively(() => download(pdf, snapshot, delivery));
  }

  return { state, busy, warning, button, start, startSending, closeWarning, downloadAnyway };
}

/** Why the copy of the answers a PDF leaves for next time could not be kept. */
const notKeptWords: Record<StoredProblem, string> = {
  full: "Your PDF is made, but this browser's storage is full, so no copy of these answers was kept to show what changes before your next session.",
  blocked:
    "Your PDF is made, but this browser would not keep a copy of these answers to show what changes before your next session.",
  other:
    "Your PDF is made, but this browser would not keep a copy of these answers to show what changes before your next session.",
  newer:
    "Your PDF is made. This workbook was opened in a newer version of the app, so no copy of these answers was kept here: reload the page to use the newer version.",
};

/** "Download PDF" on the review step. */
export function PdfDownload() {
  const { state, busy, warning, button, start, startSending, closeWarning, downloadAnyway } =
    usePdfMaker();
  return (
    <section className="panel pdf-download" aria-labelledby="pdf-download-heading">
      <h2 id="pdf-download-heading">PDF for your coaching session</h2>

      {state.kind === "check" && (
        <UnprintableWarning
          ref={warning}
          pdf={state.pdf}
          onDownload={() => void downloadAnyway(state.pdf, state.snapshot, state.delivery)}
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
        {canSendFiles() && (
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => void startSending()}
            onPointerDown={() => startPdfWorker()}
          >
            Send to my coach
          </button>
        )}
        <PdfProgress state={state} />
      </div>
      {state.kind === "done" && state.notKept && (
        <p role="alert" className="alert">
          {notKeptWords[state.notKept]}
        </p>
      )}
      {state.kind === "done" && (!state.sent || state.sent === "downloaded") && (
        <p className="downloads-note">{DOWNLOADS_NOTE}</p>
      )}
      {/* After the button, so a phone shows the button in its first screen. */}
      <p>
        Every step with your answers, ready to print. Anything not answered yet is marked, and the
        last page is left for notes.
      </p>
    </section>
  );
}

/** How the PDF is coming along, and where it went. */
function PdfProgress({ state }: { state: PdfState }) {
  return (
    <p id="pdf-download-progress" className="pdf-progress" aria-live="polite">
      {state.kind === "busy" && "Making your PDF…"}
      {/* The count changes too fast to be read out page by page; it is there to see. */}
      {state.kind === "busy" && state.page !== undefined && (
        <span aria-hidden="true"> page {state.page}</span>
      )}
      {state.kind === "done" &&
        (state.sent === "cancelled"
          ? doneText.cancelled
          : `${state.sent ? doneText[state.sent] : "Downloaded"} ${state.fileName}.`)}
      {state.kind === "toSend" && "Your PDF is ready. Press “Send to my coach” to send it."}
    </p>
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
