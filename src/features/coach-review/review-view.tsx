import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { Words } from "../../content/language";
import type { Review } from "../../formats/coach-space-file";
import { lazyNamed, preloadWhenIdle } from "../../ui/lazy";
import { fillNodes, useWords } from "../../ui/words";
import { AGREED_ACTIONS, coachHref, goTo, reviewSteps } from "./coach-store";
import { ReviewedField } from "./reviewed-field";
import { whoseWorkbook } from "./review-list";
import { movedCount, movedSince, type Moved } from "./session-copy";

// The agreed actions' form, with react-hook-form, loads with the coach space only.
const AgreedActionsForm = lazyNamed(() => import("./agreed-actions-form"), "AgreedActionsForm");

/** Each step keeps its number in the workbook (and the PDF); the agreed actions have none. */
const pagesIn = (w: Words): { id: string; title: string; number?: number }[] => [
  ...reviewSteps.map((step) => {
    const number = w.workbook.steps.findIndex((s) => s.id === step.id) + 1;
    return { id: step.id, title: w.workbook.steps[number - 1]!.title, number };
  }),
  { id: AGREED_ACTIONS, title: w.more.coach.agreedActions },
];

/** What moved in a step's answers, in a few words: "2 new, 1 changed". */
function movedIn(moved: Moved | null, stepId: string, w: Words): string | null {
  const step = reviewSteps.find((s) => s.id === stepId);
  if (!moved || !step) return null;
  return movedCount(
    step.fields.flatMap((f) => moved.changes.get(f.id) ?? []),
    w,
  );
}

type Page = ReturnType<typeof pagesIn>[number];

function StepsToReview({
  review,
  pages,
  current,
  moved,
}: {
  review: Review;
  pages: Page[];
  current: string;
  moved: Moved | null;
}) {
  // On a narrow screen the steps fold away under a button, as the workbook's do.
  const [open, setOpen] = useState(false);
  const w = useWords();
  return (
    <nav aria-label={w.more.coach.stepsToReview} className={`step-nav${open ? " open" : ""}`}>
      <button
        type="button"
        className="nav-toggle button small"
        aria-expanded={open}
        aria-controls="review-steps"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? w.screen.nav.hideSteps : w.screen.nav.showSteps}
      </button>
      <ol id="review-steps" className="step-list step-parts">
        {pages.map((p) => {
          const what = movedIn(moved, p.id, w);
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
  const w = useWords();
  const t = w.more.coach;
  const all = moved ? movedCount(moved.changes.values(), w) : null;
  return (
    <div className="review-bar">
      <p>{fillNodes(t.reviewingWhose, { who: <bdi>{whoseWorkbook(review, w)}</bdi> })}</p>
      {moved && (
        <p className="review-moved">
          {all
            ? w.fill(t.movedSince, { date: moved.date, moved: all })
            : w.fill(t.nothingMoved, { date: moved.date })}
        </p>
      )}
      <p className="review-links">
        <a href={coachHref(null)}>{t.allWorkbooks}</a>
        {!onLast && (
          <>
            {" · "}
            <a href={coachHref({ reviewId: review.id, stepId: AGREED_ACTIONS })}>
              {t.toAgreedActions}
            </a>
          </>
        )}
      </p>
    </div>
  );
}

/** "Step 2 of 15", and what moved in it since the last session. */
function StepCount({ number, moved }: { number: number | undefined; moved: string | null }) {
  const say = useWords();
  if (!number) return null;
  return (
    <p className="step-count">
      {say.plural(say.screen.step.count, say.workbook.steps.length, { number })}
      {moved && (
        <>
          {" "}
          <span className="coach-mark">{moved}</span>
        </>
      )}
    </p>
  );
}

/** Back to the page before, and on to the next. */
function StepMoves({
  reviewId,
  previous,
  next,
}: {
  reviewId: string;
  previous: Page | undefined;
  next: Page | undefined;
}) {
  const w = useWords();
  const move = (id: string) => goTo({ reviewId, stepId: id });
  return (
    <div className="step-moves">
      {previous && (
        <button type="button" className="button secondary" onClick={() => move(previous.id)}>
          {w.more.common.back}
          <span className="visually-hidden">
            {w.fill(w.screen.step.backTo, { step: previous.title })}
          </span>
        </button>
      )}
      {next && (
        <button type="button" className="button primary" onClick={() => move(next.id)}>
          {w.fill(w.more.coach.next, { step: next.title })}
        </button>
      )}
    </div>
  );
}

/** A workbook under review, one step per page, with the agreed actions last. */
export function ReviewView({ review, stepId }: { review: Review; stepId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const w = useWords();
  const t = w.more.coach;
  const pages = pagesIn(w);
  const index = Math.max(
    0,
    pages.findIndex((p) => p.id === stepId),
  );
  const page = pages[index]!;
  const step = reviewSteps.find((s) => s.id === page.id);
  // The step in the language shown: every language has the same steps and questions.
  const shown = step && w.workbook.steps.find((s) => s.id === step.id);
  const moved = useMemo(
    () => movedSince(review.since, review.answers, new Date(review.openedAt), w),
    [review.since, review.answers, review.openedAt, w],
  );

  const pageTitle = w.fill(t.reviewingPageTitle, { page: page.title, workbook: w.workbook.title });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  useEffect(() => {
    heading.current?.focus();
  }, [page.id]);
  useEffect(() => preloadWhenIdle(AgreedActionsForm), []);

  return (
    <div className="layout">
      <StepsToReview review={review} pages={pages} current={page.id} moved={moved} />
      <main id="main" className="main">
        <ReviewBar review={review} moved={moved} onLast={!step} />
        <article className="step">
          <header className="step-header">
            <StepCount number={page.number} moved={movedIn(moved, page.id, w)} />
            <h1 ref={heading} tabIndex={-1}>
              {page.title}
            </h1>
            {shown && <p className="prompt">{shown.prompt}</p>}
          </header>
          {shown?.fields.map((field) => {
            const change = moved?.changes.get(field.id);
            return (
              <ReviewedField
                key={field.id}
                review={review}
                field={field}
                fields={shown.fields}
                moved={
                  change && moved
                    ? { change, date: moved.date, diff: moved.diffs.get(field.id) }
                    : undefined
                }
              />
            );
          })}
          {!step && (
            <Suspense fallback={<p className="loading">{t.loadingAgreed}</p>}>
              <AgreedActionsForm review={review} />
            </Suspense>
          )}
          <StepMoves reviewId={review.id} previous={pages[index - 1]} next={pages[index + 1]} />
        </article>
      </main>
    </div>
  );
}
