import { Suspense, useEffect, useRef, useState } from "react";
import { workbook } from "../../content/workbook";
import type { Step } from "../../content/types";
import { lazyNamed } from "../../ui/lazy";
import { StepForm } from "./step-form";
import { loadReviewStep } from "../review/load-review-step";

// The worked example loads when it is first shown. The review step (progress, PDF and backup)
// is not needed for the first screen either; the app fetches it once the browser is idle.
const ExampleView = lazyNamed(() => import("../../fields/example-view"), "ExampleView");
// The file holds other parts too, hence the component's props named here.
export const ReviewSummary = lazyNamed<"ReviewSummary", object>(loadReviewStep, "ReviewSummary");

/**
 * The step's key points and tips: before its questions, or after them with the tips folded
 * when presenting, so the class's answers are what the room sees first.
 */
function PointsAndTips({ step, folded = false }: { step: Step; folded?: boolean }) {
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
            <summary className="tips-title">Tips</summary>
            {tips}
          </details>
        ) : (
          <aside className="tips" aria-label="Tips">
            <h2 className="tips-title">Tips</h2>
            {tips}
          </aside>
        ))}
    </>
  );
}

/** The worked example beside the questions; shown on request, never saved as an answer. */
function WorkedExample({ step, shown }: { step: Step; shown: boolean }) {
  return (
    <section
      id="worked-example"
      className="worked-example"
      aria-label="Worked example"
      hidden={!shown}
    >
      <h2>Worked example: {workbook.exampleBusiness}</h2>
      {step.exampleIntro && <p className="example-intro">{step.exampleIntro}</p>}
      {shown && (
        <Suspense fallback={<p className="loading">Loading the example…</p>}>
          <ExampleView fields={step.fields} />
        </Suspense>
      )}
      <p className="example-note">This is an example only. It is not saved as your answer.</p>
    </section>
  );
}

function StepMoves({ index, goTo }: { index: number; goTo: (stepId: string) => void }) {
  const previous = workbook.steps[index - 1];
  const next = workbook.steps[index + 1];
  return (
    <div className="step-moves">
      {previous && (
        <button type="button" className="button secondary" onClick={() => goTo(previous.id)}>
          Back<span className="visually-hidden">: {previous.title}</span>
        </button>
      )}
      {next && (
        <button type="button" className="button primary" onClick={() => goTo(next.id)}>
          Next: {next.shortTitle}
        </button>
      )}
    </div>
  );
}

export function StepPage({
  step,
  index,
  goTo,
  moveFocus,
  presenting = false,
}: {
  step: Step;
  index: number;
  goTo: (stepId: string) => void;
  /** False on first load, so the page doesn't jump focus before the user acts. */
  moveFocus: boolean;
  /** On the projector: the questions first, the points and folded tips after them. */
  presenting?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [showExample, setShowExample] = useState(false);
  // Every step with questions has a worked example (checked by tests/unit/content.test.ts).
  const hasExample = step.fields.length > 0;

  useEffect(() => {
    document.title = `${step.title} · ${workbook.title}`;
    if (moveFocus) heading.current?.focus();
  }, [step, moveFocus]);

  return (
    <article className="step">
      <header className="step-header">
        <p className="step-count">
          Step {index + 1} of {workbook.steps.length}
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {step.title}
        </h1>
        <p className="prompt">{step.prompt}</p>
      </header>
      {!presenting && <PointsAndTips step={step} />}
      {hasExample && (
        <div className="example-toggle">
          <button
            type="button"
            className="button secondary"
            aria-pressed={showExample}
            aria-controls="worked-example"
            onClick={() => setShowExample((s) => !s)}
          >
            Show example
          </button>
        </div>
      )}
      <div className={`step-body${showExample ? " with-example" : ""}`}>
        {step.fields.length > 0 && <StepForm step={step} />}
        {step.review && (
          <Suspense fallback={<p className="loading">Loading your progress…</p>}>
            <ReviewSummary />
          </Suspense>
        )}
        {hasExample && <WorkedExample step={step} shown={showExample} />}
      </div>
      {presenting && <PointsAndTips step={step} folded />}
      <StepMoves index={index} goTo={goTo} />
    </article>
  );
}
