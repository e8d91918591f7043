import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import { workbook } from "../../content/workbook";
import type { Review } from "../../formats/coach-space-file";
import { lazyNamed, preloadWhenIdle } from "../../ui/lazy";
import { AGREED_ACTIONS, coachHref, goTo, reviewSteps } from "./coach-store";
import { ReviewedField } from "./reviewed-field";
import { whoseWorkbook } from "./review-list";
import { movedCount, movedSince, type Moved } from "./session-copy";

// The agreed actions' form, with react-hook-form, loads with the coach space only.
const AgreedActionsForm = lazyNamed(() => import("./agreed-actions-form"), "AgreedActionsForm");

/** Each step keeps its number in the workbook (and the PDF); the agreed actions have none. */
const pages: { id: string; title: string; number?: number }[] = [
  ...reviewSteps.map((step) => ({
    id: step.id,
    title: step.title,
    number: workbook.steps.indexOf(step) + 1,
  })),
  { id: AGREED_ACTIONS, title: "Agreed actions" },
];

/** What moved in a step's answers, in a few words: "2 new, 1 changed". */
function movedIn(moved: Moved | null, stepId: string): string | null {
  const step = reviewSteps.find((s) => s.id === stepId);
  if (!moved || !step) return null;
  return movedCount(step.fields.flatMap((f) => moved.changes.get(f.id) ?? []));
}

function StepsToReview({
  review,
  current,
  moved,
}: {
  review: Review;
  current: string;
  moved: Moved | null;
}) {
  // On a narrow screen the steps fold away under a button, as the workbook's do.
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label="Steps to review" className={`step-nav${open ? " open" : ""}`}>
      <button
        type="button"
        className="nav-toggle button small"
        aria-expanded={open}
        aria-controls="review-steps"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide steps" : "Show all steps"}
      </button>
      <ol id="review-steps" className="step-list step-parts">
        {pages.map((p) => {
          const what = movedIn(moved, p.id);
          return (
            <li key={p.id} className={p.id === current ? "current" : ""}>
              <a
                href={coachHref({ reviewId: review.id, stepId: p.id })}
                onClick={() => setOpen(false)}
                aria-current={p.id === current ? "step" : undefined}
                aria-describedby={what ? `moved-${p.id}` : undefined}
              >
                <span className="step-number" aria-hidden="true">
                  {p.number ?? "✎"}
                </span>
                <span className="step-title">{p.title}</span>
              </a>
              {what && (
                <span id={`moved-${p.id}`} className="coach-mark">
                  {what}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Whose workbook it is, that it cannot be changed here, and what moved since the last session. */
function ReviewBar({
  review,
  moved,
  onLast,
}: {
  review: Review;
  moved: Moved | null;
  onLast: boolean;
}) {
  const all = moved ? movedCount(moved.changes.values()) : null;
  return (
    <div className="review-bar">
      <p>
        Reviewing the workbook of <bdi>{whoseWorkbook(review)}</bdi>. Their answers cannot be
        changed here.
      </p>
      {moved && (
        <p className="review-moved">
          {all
            ? `Since the copy they took to the session on ${moved.date}: ${all}. Each is marked under its question.`
            : `Nothing has changed since the copy they took to the session on ${moved.date}.`}
        </p>
      )}
      <p className="review-links">
        <a href={coachHref(null)}>All workbooks</a>
        {!onLast && (
          <>
            {" · "}
            <a href={coachHref({ reviewId: review.id, stepId: AGREED_ACTIONS })}>
              Agreed actions and Download feedback
            </a>
          </>
        )}
      </p>
    </div>
  );
}

/** "Step 2 of 15", and what moved in it since the last session. */
function StepCount({ number, moved }: { number: number | undefined; moved: string | null }) {
  if (!number) return null;
  return (
    <p className="step-count">
      Step {number} of {workbook.steps.length}
      {moved && (
        <>
          {" "}
          <span className="coach-mark">{moved}</span>
        </>
      )}
    </p>
  );
}

/** A workbook under review, one step per page, with the agreed actions last. */
export function ReviewView({ review, stepId }: { review: Review; stepId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const index = Math.max(
    0,
    pages.findIndex((p) => p.id === stepId),
  );
  const page = pages[index]!;
  const step = reviewSteps.find((s) => s.id === page.id);
  const previous = pages[index - 1];
  const next = pages[index + 1];
  const move = (id: string) => goTo({ reviewId: review.id, stepId: id });
  const moved = useMemo(
    () => movedSince(review.since, review.answers, new Date(review.openedAt)),
    [review.since, review.answers, review.openedAt],
  );

  useEffect(() => {
    document.title = `Reviewing: ${page.title} · ${workbook.title}`;
    heading.current?.focus();
  }, [page]);
  useEffect(() => preloadWhenIdle(AgreedActionsForm), []);

  return (
    <div className="layout">
      <StepsToReview review={review} current={page.id} moved={moved} />
      <main id="main" className="main">
        <ReviewBar review={review} moved={moved} onLast={!step} />
        <article className="step">
          <header className="step-header">
            <StepCount number={page.number} moved={movedIn(moved, page.id)} />
            <h1 ref={heading} tabIndex={-1}>
              {page.title}
            </h1>
            {step && <p className="prompt">{step.prompt}</p>}
          </header>
          {step?.fields.map((field) => {
            const change = moved?.changes.get(field.id);
            return (
              <ReviewedField
                key={field.id}
                review={review}
                field={field}
                fields={step.fields}
                moved={
                  change && moved
                    ? { change, date: moved.date, diff: moved.diffs.get(field.id) }
                    : undefined
                }
              />
            );
          })}
          {!step && (
            <Suspense fallback={<p className="loading">Loading the agreed actions…</p>}>
              <AgreedActionsForm review={review} />
            </Suspense>
          )}
          <div className="step-moves">
            {previous && (
              <button type="button" className="button secondary" onClick={() => move(previous.id)}>
                Back<span className="visually-hidden">: {previous.title}</span>
              </button>
            )}
            {next && (
              <button type="button" className="button primary" onClick={() => move(next.id)}>
                Next: {next.title}
              </button>
            )}
          </div>
        </article>
      </main>
    </div>
  );
}
