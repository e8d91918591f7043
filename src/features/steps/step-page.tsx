import { Suspense, use, useEffect, useRef, useState } from "react";
import { partsOf } from "../../content/kinds";
import { ensureComplete } from "../../content/language";
import type { Field, Step } from "../../content/types";
import { lazyNamed } from "../../ui/lazy";
import { fillNodes, useLanguage, withMore } from "../../ui/words";
import { StepForm } from "./step-form";
import { backFrom, nextFrom, partStartedBy, reviewStepOf } from "./journey";
import { loadReviewStep } from "../review/load-review-step";
import { CoachMark } from "../feedback/coach-said-slot";

// The worked example loads when it is first shown. The review step (progress, PDF and backup)
// is not needed for the first screen either; the app fetches it once the browser is idle.
const ExampleView = lazyNamed<"ExampleView", { fields: readonly Field[] }>(
  withMore(() => import("../../fields/example-view")),
  "ExampleView",
);
// The file holds other parts too, hence the component's props named here.
export const ReviewSummary = lazyNamed<"ReviewSummary", object>(loadReviewStep, "ReviewSummary");

/**
 * The first word, with the first step on a first visit: what this is, its two parts, that
 * answers stay here, and where the PDF is made. On a later visit (a workbook is saved) the page's
 * inline script marks the page `returning`, and the stylesheet hides this before it is painted.
 */
function Welcome() {
  const say = useLanguage();
  const { workbook } = say;
  const { welcome } = workbook;
  const reviewStep = reviewStepOf(workbook);
  return (
    <section className="welcome" aria-label={say.screen.step.welcome}>
      <p>
        <strong>{welcome.title}</strong> {welcome.lead}
      </p>
      <ul>
        {partsOf(workbook).map((part) => (
          <li key={part.firstStepId}>
            {fillNodes(
              say.plural(say.screen.step.welcomePart, part.steps.length, { time: part.welcome }),
              { part: <strong>{part.title}</strong> },
            )}
          </li>
        ))}
        <li>{welcome.saved}</li>
        {reviewStep && (
          <li>{fillNodes(welcome.pdf, { step: <strong>{reviewStep.title}</strong> })}</li>
        )}
        {say.info.code !== "en" && (
          <li className="translation-note">{say.screen.translationNote}</li>
        )}
      </ul>
    </section>
  );
}

/**
 * The step's key points and tips: before its questions, or after them with the tips folded
 * when presenting, so the class's answers are what the room sees first.
 */
function PointsAndTips({ step, folded = false }: { step: Step; folded?: boolean }) {
  const { tips: tipsTitle } = useLanguage().screen.step;
  const tips = step.tips && step.tips.length > 0 && (
    <ul>
      {step.tips.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
  return (
    <>
      {step.points && (
        <ul className="points">
          {step.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {tips &&
        (folded ? (
          <details className="tips">
            <summary className="tips-title">{tipsTitle}</summary>
            {tips}
          </details>
        ) : (
          <aside className="tips" aria-label={tipsTitle}>
            <h2 className="tips-title">{tipsTitle}</h2>
            {tips}
          </aside>
        ))}
    </>
  );
}

/**
 * The worked example, shown on request above the questions at their full width (never beside
 * them, where it squeezed the user's own answers), and never saved as an answer.
 */
function WorkedExample({ step, shown }: { step: Step; shown: boolean }) {
  const say = useLanguage();
  const t = say.screen.step;
  return (
    <section id="worked-example" className="worked-example" aria-label={t.example} hidden={!shown}>
      <h2>{say.fill(t.exampleTitle, { business: say.workbook.exampleBusiness })}</h2>
      {step.exampleIntro && <p className="example-intro">{step.exampleIntro}</p>}
      {shown && (
        <Suspense fallback={<p className="loading">{t.exampleLoading}</p>}>
          <ExampleView fields={step.fields} />
        </Suspense>
      )}
      <p className="example-note">{t.exampleNote}</p>
    </section>
  );
}

function StepMoves({
  step,
  cameFrom,
  goTo,
}: {
  step: Step;
  cameFrom: string | null;
  goTo: (stepId: string) => void;
}) {
  const say = useLanguage();
  const t = say.screen.step;
  const previous = backFrom(say.workbook, step, cameFrom);
  const { next, nextPart } = nextFrom(say.workbook, step);
  const partStart = nextPart?.steps[0];
  return (
    <div className="step-moves">
      {previous && (
        <button type="button" className="button secondary" onClick={() => goTo(previous.id)}>
          {t.back}
          <span className="visually-hidden">{say.fill(t.backTo, { step: previous.title })}</span>
        </button>
      )}
      {partStart && (
        <button
          type="button"
          className="button secondary part-on"
          onClick={() => goTo(partStart.id)}
        >
          {say.fill(t.goOn, { part: nextPart.title })}
        </button>
      )}
      {next && (
        <button type="button" className="button primary" onClick={() => goTo(next.id)}>
          {say.fill(t.next, { step: next.review ? next.title : next.shortTitle })}
        </button>
      )}
    </div>
  );
}

function ExampleToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  const { showExample } = useLanguage().screen.step;
  return (
    <div className="example-toggle">
      <button
        type="button"
        className="button secondary"
        // A toggle keeps its name and says its state (the ARIA practices' toggle button);
        // the tick shows the state to the eye, and the example opens just below.
        aria-pressed={shown}
        aria-controls="worked-example"
        onClick={onToggle}
      >
        {shown && (
          <span className="toggle-tick" aria-hidden="true">
            ✓{" "}
          </span>
        )}
        {showExample}
      </button>
    </div>
  );
}

export function StepPage({
  step,
  index,
  goTo,
  moveFocus,
  cameFrom = null,
  welcome = false,
  presenting = false,
}: {
  step: Step;
  index: number;
  goTo: (stepId: string) => void;
  /** False on first load, so the page doesn't jump focus before the user acts. */
  moveFocus: boolean;
  /** The step shown before this one, for the review step's "Back". */
  cameFrom?: string | null;
  /** Shows the welcome with the first step (the personal workbook, not presenting). */
  welcome?: boolean;
  /** On the projector: the questions first, the points and folded tips after them. */
  presenting?: boolean;
}) {
  const say = useLanguage();
  // The first screen has its own step's words only: another step waits for the rest, which
  // are fetched as soon as the app starts.
  if (!say.complete && index !== 0) use(ensureComplete() as Promise<unknown>);
  const t = say.screen.step;
  const heading = useRef<HTMLHeadingElement>(null);
  const [showExample, setShowExample] = useState(false);
  // Every step with questions has a worked example (checked by tests/unit/content.test.ts).
  const hasExample = step.fields.length > 0;
  const part = partStartedBy(say.workbook, step);
  const pageTitle = say.fill(t.pageTitle, { step: step.title, workbook: say.workbook.title });

  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  useEffect(() => {
    if (moveFocus) heading.current?.focus();
  }, [step.id, moveFocus]);

  return (
    <article className="step">
      {welcome && index === 0 && <Welcome />}
      {part?.intro && (
        <p className="part-intro">
          {fillNodes(t.partIntro, { part: <strong>{part.title}</strong>, intro: part.intro })}
        </p>
      )}
      <header className="step-header">
        <p className="step-count">
          {say.plural(t.count, say.workbook.steps.length, { number: index + 1 })}
          {/* "Coach commented", when a question of the step has a comment. */}
          <CoachMark fields={step.fields} spaced />
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {step.title}
        </h1>
        <p className="prompt">{step.prompt}</p>
      </header>
      {step.review && (
        <Suspense fallback={<p className="loading">{t.loadingProgress}</p>}>
          <ReviewSummary />
        </Suspense>
      )}
      {!presenting && <PointsAndTips step={step} />}
      {hasExample && (
        <ExampleToggle shown={showExample} onToggle={() => setShowExample((s) => !s)} />
      )}
      {hasExample && <WorkedExample step={step} shown={showExample} />}
      {step.fields.length > 0 && <StepForm step={step} />}
      {presenting && <PointsAndTips step={step} folded />}
      <StepMoves step={step} cameFrom={cameFrom} goTo={goTo} />
    </article>
  );
}
