import { useEffect, useState } from "react";
import { useWords } from "../../ui/words";
import { LanguageControl } from "../language/language-control";
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
  const { saved, saving, notSaved } = useWords().screen.header;
  const state = problem ? "failed" : pending ? "pending" : "saved";
  return (
    <p className={`save-status save-${state}`}>
      <span className="save-dot" aria-hidden="true" />
      <span aria-hidden="true">
        {state === "failed" ? notSaved : state === "pending" ? saving : saved}
      </span>
      <span role="status" className="visually-hidden">
        {state === "failed" ? notSaved : saved}
      </span>
    </p>
  );
}

function CoachHome() {
  const w = useWords();
  const t = w.more.coach;
  const title = w.fill(t.pageTitle, { workbook: w.workbook.title });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main id="main" className="main coach-home">
      <h1>{t.title}</h1>
      <p className="prompt">{t.lead}</p>
      <p>{t.staysHere}</p>
      <OpenToReview />
      <ReviewList />
    </main>
  );
}

function CoachSpace() {
  const place = useCoachPlace();
  const review = useCoach((s) => s.reviews.find((r) => r.id === place?.reviewId));
  const w = useWords();
  return (
    <div className="app coach-space">
      <a className="skip-link" href="#main">
        {w.screen.header.skipLink}
      </a>
      <header className="app-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {w.workbook.title}
          <span className="brand-sub">{w.more.coach.title}</span>
        </p>
        <div className="header-actions">
          <LanguageControl />
          <button type="button" className="button small" onClick={leaveCoachSpace}>
            {w.more.coach.back}
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
