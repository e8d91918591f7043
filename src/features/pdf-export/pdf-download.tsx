import { useEffect, useId, useRef, useState, type Ref } from "react";
import { findField } from "../../content/kinds";
import { loadLanguage, loadMore, type Words } from "../../content/language";
import type { PreparedPdf } from "../../pdf/make-pdf";
import { startPdfWorker } from "../../pdf/start-pdf-worker";
import { backupText } from "../../formats/backup-file";
import { receivedFor } from "../feedback/received-feedback";
import { addSnapshots, storedSnapshots } from "../changes/snapshot-store";
import type { StoredProblem } from "../../store/stored-value";
import { snapshotOf, type Snapshot } from "../../formats/snapshots";
import { useWorkbookHandle } from "../../store/workbook-store";
import { downloadBlob } from "../../ui/download";
import { useWords } from "../../ui/words";
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

/** For a coach who reads English: the questions and the PDF's own words in English. */
async function inEnglishWords(w: Words): Promise<Words> {
  if (w.info.code === "en") return w;
  const [whole, more] = await Promise.all([loadLanguage("en"), loadMore("en")]);
  return { ...whole, more, answersLocale: w.formats.locale };
}

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
function usePdfMaker(w: Words, inEnglish: boolean) {
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
      const [{ preparePdf }, said] = await Promise.all([
        import("../../pdf/make-pdf"),
        inEnglish ? inEnglishWords(w) : w,
      ]);
      const { answers, ensureWorkbookId } = store.getState();
      const snapshots = storedSnapshots(key);
      const date = new Date();
      const snapshot = snapshotOf(answers, date.getTime());
      // The PDF carries a backup with its history, this PDF's own copy included.
      const history = { workbookId: ensureWorkbookId(), snapshots: [snapshot, ...snapshots] };
      const about = w.fill(w.more.backup.about, { workbook: w.workbook.title });
      const pdf = await preparePdf(said, answers, date, {
        since: snapshots[0],
        backup: backupText(answers, date, history, about),
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

/** "Questions in English", for a coach who reads English: offered in every other language. */
function InEnglish({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const w = useWords();
  const id = useId();
  const t = w.more.pdfDownload;
  if (w.info.code === "en") return null;
  return (
    <div className="in-english">
      <label className="check-line">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />{" "}
        {t.inEnglish}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t.inEnglishHint}
      </p>
    </div>
  );
}

/** Why the copy of the answers a PDF leaves for next time could not be kept. */
const notKeptWords = {
  full: "notKeptFull",
  blocked: "notKeptBlocked",
  other: "notKeptBlocked",
  newer: "notKeptNewer",
} as const satisfies Record<StoredProblem, keyof Words["more"]["pdfDownload"]>;

/** "Download PDF" on the review step. */
export function PdfDownload() {
  const w = useWords();
  const t = w.more.pdfDownload;
  const [inEnglish, setInEnglish] = useState(false);
  const { state, busy, warning, button, start, startSending, closeWarning, downloadAnyway } =
    usePdfMaker(w, inEnglish);
  return (
    <section className="panel pdf-download" aria-labelledby="pdf-download-heading">
      <h2 id="pdf-download-heading">{t.heading}</h2>

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
          {t.failed}
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
          {t.download}
        </button>
        {canSendFiles() && (
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => void startSending()}
            onPointerDown={() => startPdfWorker()}
          >
            {t.send}
          </button>
        )}
        <PdfProgress state={state} />
      </div>
      {state.kind === "done" && state.notKept && (
        <p role="alert" className="alert">
          {t[notKeptWords[state.notKept]]}
        </p>
      )}
      {state.kind === "done" && (!state.sent || state.sent === "downloaded") && (
        <p className="downloads-note">{w.more.common.downloadsNote}</p>
      )}
      {/* After the button, so a phone shows the button in its first screen. */}
      <InEnglish on={inEnglish} onChange={setInEnglish} />
      <p>{t.about}</p>
    </section>
  );
}

/** How the PDF is coming along, and where it went. */
function PdfProgress({ state }: { state: PdfState }) {
  const w = useWords();
  const t = w.more.pdfDownload;
  const done = (sent: Sent | undefined, file: string) => {
    if (sent === "cancelled") return t.notSent;
    const said = { sent: t.sent, downloaded: t.sentDownloaded }[sent ?? "sent"];
    return w.fill(sent ? said : w.more.common.downloaded, { file });
  };
  return (
    <p id="pdf-download-progress" className="pdf-progress" aria-live="polite">
      {state.kind === "busy" && t.making}
      {/* The count changes too fast to be read out page by page; it is there to see. */}
      {state.kind === "busy" && state.page !== undefined && (
        <span aria-hidden="true">{w.fill(t.page, { number: state.page })}</span>
      )}
      {state.kind === "done" && done(state.sent, state.fileName)}
      {state.kind === "toSend" && t.ready}
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
  const w = useWords();
  const t = w.more.pdfDownload;
  return (
    <div ref={ref} role="alert" className="alert pdf-warning" tabIndex={-1}>
      <p>
        <strong>{t.cannotPrint}</strong> {w.fill(t.showAs, { mark: "\uFFFD" })}
      </p>
      <ul>
        {pdf.unprintable.map((answer) => {
          const place = findField(w.workbook, answer.fieldId);
          return (
            <li key={`${answer.fieldId}:${answer.label}`}>
              {place ? (
                <a href={stepHref(place.step.id)}>
                  {w.fill(w.more.common.stepLink, {
                    number: place.stepNumber,
                    title: answer.label,
                  })}
                </a>
              ) : (
                answer.label
              )}{" "}
              <span className="pdf-missing-chars">({answer.characters.join(" ")})</span>
            </li>
          );
        })}
      </ul>
      <p>{t.changeFirst}</p>
      <div className="pdf-warning-actions">
        <button type="button" className="button primary" onClick={onDownload}>
          {t.anyway}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {w.more.common.cancel}
        </button>
      </div>
    </div>
  );
}
