import { useEffect, useState } from "react";
import { workbook } from "../../content/workbook";
import { CoachAlerts } from "./coach-alerts";
import { coachSpace } from "./coach-space";
import { CoachContext, useCoach, useCoachPlace, useCoachSaving } from "./coach-store";
import { LinkToReview } from "./link-to-review";
import { leaveCoachSpace } from "./coach-route";
import { OpenToReview } from "./open-to-review";
import { ReviewList } from "./review-list";
import { ReviewView } from "./review-view";

/** A quiet line that says whether the comments are kept, as the workbook's does. */
function CoachSaveStatus() {
  const pending = useCoachSaving((s) => s.pending);
  const problem = useCoachSaving((s) => s.problem);
  const state = problem ? "failed" : pending ? "pending" : "saved";
  return (
    <p className={`save-status save-${state}`}>
      <span className="save-dot" aria-hidden="true" />
      <span aria-hidden="true">
        {state === "failed"
          ? "Not saved"
          : state === "pending"
            ? "Saving…"
            : "Saved on this device"}
      </span>
      <span role="status" className="visually-hidden">
        {state === "failed" ? "Not saved" : "Saved on this device"}
      </span>
    </p>
  );
}

function CoachHome() {
  useEffect(() => {
    document.title = `Review as coach · ${workbook.title}`;
  }, []);
  return (
    <main id="main" className="main coach-home">
      <h1>Review as coach</h1>
      <p className="prompt">
        Open a workbook someone sent you: a backup file, or a PDF made by this workbook. You see
        their answers step by step, exactly as they wrote them, and write a comment beside each
        question. At the end, note the actions you agreed. Then download the feedback and send it
        back.
      </p>
      <p>
        Everything here stays in this browser, apart from your own workbook, which is not changed.
      </p>
      <OpenToReview />
      <ReviewList />
    </main>
  );
}

function CoachSpace() {
  const place = useCoachPlace();
  const review = useCoach((s) => s.reviews.find((r) => r.id === place?.reviewId));
  return (
    <div className="app coach-space">
      <a className="skip-link" href="#main">
        Skip to the questions
      </a>
      <header className="app-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {workbook.title}
          <span className="brand-sub">Review as coach</span>
        </p>
        <div className="header-actions">
          <button type="button" className="button small" onClick={leaveCoachSpace}>
            Back to my workbook
          </button>
          <CoachSaveStatus />
        </div>
      </header>
      <CoachAlerts />
      <LinkToReview />
      {review && place ? (
        <ReviewView review={review} stepId={place.stepId} />
      ) : (
        <div className="layout coach-layout">
          <CoachHome />
        </div>
      )}
    </div>
  );
}

/** The page at ?coach: its own store, saved under its own key, and nothing of the workbook's. */
export function CoachSpacePage() {
  const [space] = useState(() => coachSpace());
  useEffect(() => {
    document.documentElement.classList.remove("restoring", "starting");
  }, []);
  return (
    <CoachContext.Provider value={space}>
      <CoachSpace />
    </CoachContext.Provider>
  );
}
