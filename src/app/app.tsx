import { Suspense, useEffect, useState, useSyncExternalStore, type Ref } from "react";
import { useLastingStorage } from "../features/keep-safe/use-lasting-storage";
import { heldLink } from "../features/offline/register-offline-app";
import { UpdateReady } from "../features/offline/update-ready";
import { SaveStatus } from "../features/storage-alerts/save-status";
import { LazyPresentationMode, usePresentation } from "../features/presentation/present";
import { StepNav } from "../features/steps/step-nav";
import { ReviewSummary, StepPage } from "../features/steps/step-page";
import { StorageAlerts, StorageAlertsSlot } from "../features/storage-alerts/storage-alerts-slot";
import { currentHash, subscribeHash, useStepRoute } from "../features/steps/step-route";
import { useWorkbookChoice, WorkbookSwitch } from "../features/class-workbook/workbook-switch";
import { carriesAnswers } from "../formats/link-prefixes";

import { ChecklistInput } from "../fields/field-map";
import { Boundary } from "../ui/boundary";
import { lazyNamed, preloadWhenIdle } from "../ui/lazy";
import { useLanguage } from "../ui/words";
import { loadReviewStep } from "../features/review/load-review-step";
import { LanguageControl } from "../features/language/language-control";

// Only a facilitator opens the class workbook, so its banner loads when it is first needed.
// It comes in the review step's file (see the end of review-step.tsx).
const ClassBanner = lazyNamed<"ClassBanner", object>(loadReviewStep, "ClassBanner");

// Said in place of a step, or of the app, that could not be drawn.
const Broken = lazyNamed<"Broken", { whole?: boolean; onMove?: () => void }>(
  loadReviewStep,
  "Broken",
);

// What to do with answers that came in a link is asked by a part that loads only then.
const IncomingLinkDialog = lazyNamed<"IncomingLinkDialog", { hash: string; onDone: () => void }>(
  loadReviewStep,
  "IncomingLinkDialog",
);

/**
 * Answers in the address (on arrival, or in a link pasted into this tab) are kept here, in the
 * same render; the question about them (incoming-link.tsx) takes them out of the address.
 */
function IncomingLink() {
  const hash = useSyncExternalStore(subscribeHash, currentHash, () => "");
  const [{ seen, link }, set] = useState({ seen: "", link: "" });
  if (hash !== seen) set({ seen: hash, link: carriesAnswers(hash) ? hash : link });
  // An update's reload keeps it until it has been answered (features/offline): a note outside
  // React, the same however often this draws.
  Object.assign(heldLink, { hash: link });
  if (!link) return null;
  return (
    <Suspense fallback={null}>
      <IncomingLinkDialog key={link} hash={link} onDone={() => set({ seen, link: "" })} />
    </Suspense>
  );
}

/** The workbook's name, and what works on every step: which workbook, Present, saving. */
function Header({
  presentButton,
  onPresent,
}: {
  presentButton: Ref<HTMLButtonElement>;
  onPresent: () => void;
}) {
  const say = useLanguage();
  return (
    <header className="app-header">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true" />
        {say.workbook.title}
        <span className="brand-sub">{say.workbook.subtitle}</span>
      </p>
      <div className="header-actions">
        <LanguageControl />
        <WorkbookSwitch />
        <button
          ref={presentButton}
          type="button"
          className="button small present-button"
          onClick={onPresent}
          onPointerEnter={LazyPresentationMode.preload}
          onFocus={LazyPresentationMode.preload}
        >
          {say.screen.header.present}
        </button>
        <UpdateReady />
        <SaveStatus />
      </div>
    </header>
  );
}

function Shell() {
  const say = useLanguage();
  const { step, index, goTo } = useStepRoute();
  // Focus moves to the heading only after the user has moved, never on first load.
  const [firstStepId] = useState(step.id);
  const [moved, setMoved] = useState(false);
  if (!moved && step.id !== firstStepId) setMoved(true);
  // The step shown before this one: "Back" on the review step returns there.
  const [trail, setTrail] = useState({ at: step.id, cameFrom: null as string | null });
  if (trail.at !== step.id) setTrail({ at: step.id, cameFrom: trail.at });
  const { presenting, enter, leave, button: presentButton } = usePresentation();
  const classWorkbook = useWorkbookChoice() === "class";
  useLastingStorage();

  useEffect(() => {
    // Live: show the page if it was hidden until the right screen was ready (index.html).
    document.documentElement.classList.remove("restoring", "starting");
    // Parts the first screen does without, fetched while idle so they open at once.
    preloadWhenIdle(ReviewSummary);
    preloadWhenIdle(StorageAlerts);
    preloadWhenIdle(ChecklistInput);
  }, []);

  if (presenting)
    return (
      <Suspense fallback={<p className="presentation-loading">{say.screen.header.opening}</p>}>
        <LazyPresentationMode
          step={step}
          index={index}
          goTo={goTo}
          onLeave={leave}
          classWorkbook={classWorkbook}
        />
      </Suspense>
    );

  return (
    <div className={`app${classWorkbook ? " is-class" : ""}`}>
      <a className="skip-link" href="#main">
        {say.screen.header.skipLink}
      </a>
      <Header presentButton={presentButton} onPresent={enter} />
      {classWorkbook && (
        <Suspense fallback={null}>
          <ClassBanner />
        </Suspense>
      )}
      <StorageAlertsSlot />
      <IncomingLink />
      <div className="layout">
        <StepNav currentId={step.id} />
        {/* A target the skip link can move focus to, not only scroll to. */}
        <main id="main" className="main" tabIndex={-1}>
          <Boundary key={step.id} fallback={() => <Broken />}>
            {/* A step other than the first may wait for the rest of its language's words. */}
            <Suspense fallback={<p className="loading">{say.screen.step.loading}</p>}>
              <StepPage
                step={step}
                index={index}
                goTo={goTo}
                moveFocus={moved}
                cameFrom={trail.cameFrom}
                welcome={!classWorkbook}
              />
            </Suspense>
          </Boundary>
        </main>
      </div>
    </div>
  );
}

/** The app, with whatever goes wrong while it is drawn caught: a link to a step draws it afresh. */
export function App() {
  const [tries, retried] = useState(0);
  return (
    <Boundary key={tries} fallback={() => <Broken whole onMove={() => retried(tries + 1)} />}>
      <Shell />
    </Boundary>
  );
}
