import { useEffect, useRef, useState } from "react";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { ShareWithClassDialog } from "../class-share/share-with-class";
import { OfflineCopyStatus } from "../offline/offline-copy";

/** "Share with the class": the step on screen, as a QR code for the room. */
function ShareWithClass() {
  const stepId = useWorkbook((s) => s.lastStepId);
  const [sharing, setSharing] = useState(false);
  return (
    <>
      <button type="button" className="button on-banner" onClick={() => setSharing(true)}>
        Share with the class
      </button>
      {sharing && <ShareWithClassDialog stepId={stepId} onClose={() => setSharing(false)} />}
    </>
  );
}

/** Says plainly, on every step, that the class workbook is open; clears it after one check. */
export function ClassBanner() {
  const store = useWorkbookStoreApi();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (wasConfirming.current) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <section className="class-banner" aria-labelledby="class-banner-title">
      <div className="class-banner-inner">
        <p className="class-banner-text">
          <strong id="class-banner-title">Class workbook</strong> — answers typed here are for the
          class. They are kept apart from your own workbook, which is not changed.
        </p>
        {confirming ? (
          <div className="class-confirm" role="group" aria-labelledby="class-confirm-question">
            <p id="class-confirm-question" className="class-confirm-question">
              Clear every answer in the class workbook?
            </p>
            <button
              type="button"
              className="button danger-solid"
              onClick={() => {
                store.getState().clearAnswers();
                setCleared(true);
                setConfirming(false);
              }}
            >
              Yes, clear it
            </button>
            <button
              ref={keepButton}
              type="button"
              className="button on-banner"
              onClick={() => setConfirming(false)}
            >
              Keep the answers
            </button>
          </div>
        ) : (
          <>
            <ShareWithClass />
            <button
              ref={clearButton}
              type="button"
              className="button on-banner"
              onClick={() => {
                setCleared(false);
                setConfirming(true);
              }}
            >
              Clear class workbook
            </button>
          </>
        )}
        <p role="status" className="class-banner-status">
          {cleared ? "Class workbook cleared." : ""}
        </p>
        <OfflineCopyStatus buttonClass="button on-banner" />
      </div>
    </section>
  );
}
