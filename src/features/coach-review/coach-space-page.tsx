import { useEffect, useState } from "react";
import { openCoachSpace } from "../../store/coach-space";
import { useWords } from "../../ui/words";
import { LanguageControl } from "../language/language-control";
import { CoachContext, useCoach, useCoachPlace } from "./coach-store";
import { leaveCoachSpace } from "./coach-route";
import { OpenToReview } from "./open-to-review";
import { ReviewList } from "./review-list";
import { ReviewView } from "./review-view";

function SaveProblem() {
  const problem = useCoach((s) => s.saveProblem);
  const t = useWords().more.coach;
  if (!problem) return null;
  return (
    <p role="alert" className="alert coach-save-problem">
      {problem === "full" ? t.saveFull : t.saveBlocked}
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
        </div>
      </header>
      <SaveProblem />
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
  const [space] = useState(() => openCoachSpace());
  useEffect(() => {
    document.documentElement.classList.remove("restoring", "starting");
    space.start();
    return () => space.stop();
  }, [space]);
  return (
    <CoachContext.Provider value={space.store}>
      <CoachSpace />
    </CoachContext.Provider>
  );
}
