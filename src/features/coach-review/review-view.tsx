<<<<<<< HEAD
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { byKind, isAnswered, valueOf, type KindContext } from "../../content/kinds";
import type { Words } from "../../content/language";
import type { Field, TableField, TableRow } from "../../content/types";
import { exampleViews } from "../../fields/example-view";
import type { RowHistory } from "../../fields/field-props";
import { TableInput } from "../../fields/table-input";
import { reviewTitle, type Review } from "../../store/coach-space";
import { actionsField, feedbackFileName, feedbackText } from "../../store/feedback-file";
import { downloadText } from "../../ui/download";
import { fillNodes, useWords } from "../../ui/words";
import {
  AGREED_ACTIONS,
  coachHref,
  goTo,
  reviewSteps,
  useCoach,
  useCoachStoreApi,
} from "./coach-store";
=======
import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import { workbook } from "../../content/workbook";
import type { Review } from "../../formats/coach-space-file";
import { lazyNamed, preloadWhenIdle } from "../../ui/lazy";
import { AGREED_ACTIONS, coachHref, goTo, reviewSteps } from "./coach-store";
import { ReviewedField } from "./reviewed-field";
>>>>>>> main
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

<<<<<<< HEAD
function CommentBox({ review, field }: { review: Review; field: Field }) {
  const store = useCoachStoreApi();
  const id = useId();
  const value = useCoach((s) => s.reviews.find((r) => r.id === review.id)?.comments[field.id]);
  const w = useWords();
  return (
    <div className="coach-comment">
      <label htmlFor={id} className="field-label">
        {w.fill(w.more.coach.commentOn, { question: field.label })}
      </label>
      <textarea
        id={id}
        className="input"
        rows={3}
        value={value ?? ""}
        onChange={(e) => store.getState().setComment(review.id, field.id, e.target.value)}
      />
    </div>
  );
}

type ReviewedProps = { review: Review; field: Field; fields: readonly Field[] };

/** One question: the answer as sent, read-only, and the coach's comment beside it. */
function ReviewedField({ review, field, fields }: ReviewedProps) {
  const headingId = useId();
  const w = useWords();
  return (
    <section className="coach-field" aria-labelledby={headingId}>
      <h2 id={headingId} className="coach-question">
        {field.label}
      </h2>
      <div className="coach-answer">
        {isAnswered(field, review.answers) ? (
          // A worked-out value is worked out from the step's answers, as the workbook shows it.
          byKind(exampleViews(w), field, valueOf(field, review.answers), {
            answers: review.answers,
            fields,
          })
        ) : (
          <p className="not-answered">{w.more.coach.notAnswered}</p>
        )}
      </div>
      <CommentBox review={review} field={field} />
    </section>
  );
}

/** The agreed actions are worked out from nothing else. */
const NO_CONTEXT: KindContext = { answers: {}, fields: [] };

function AgreedActions({ review }: { review: Review }) {
  const store = useCoachStoreApi();
  const w = useWords();
  const t = w.more.coach;
  const agreedField: TableField = {
    ...actionsField(w.workbook),
    label: t.agreedActions,
    hint: t.agreedHint,
    addLabel: t.addAgreed,
  };
  const rows = useCoach((s) => s.reviews.find((r) => r.id === review.id)?.actions) ?? [];
  const update = (change: (rows: TableRow[]) => TableRow[]) =>
    store.getState().updateActions(review.id, change);
  const history = useMemo<RowHistory>(
    () => ({
      removed: [],
      remove: (_, rowId) =>
        store.getState().updateActions(review.id, (all) => all.filter((r) => r.id !== rowId)),
      undo: () => {},
    }),
    [store, review.id],
  );
  return (
    <TableInput
      field={agreedField}
      value={rows}
      update={update}
      history={history}
      context={NO_CONTEXT}
    />
  );
}

function DownloadFeedback({ review }: { review: Review }) {
  const [done, setDone] = useState<string | null>(null);
  const w = useWords();
  const t = w.more.coach;
  const download = () => {
    const { name, business } = reviewTitle(review.answers);
    const fileName = feedbackFileName();
    downloadText(
      fileName,
      feedbackText(
        {
          madeAt: new Date(),
          forName: name,
          forBusiness: business,
          comments: review.comments,
          actions: review.actions,
        },
        w.fill(t.feedbackAbout, { workbook: w.workbook.title }),
      ),
    );
    setDone(w.fill(t.downloaded, { file: fileName, name: name || t.them }));
  };
  return (
    <div className="download-feedback">
      <button type="button" className="button primary" onClick={download}>
        {t.downloadFeedback}
=======
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
>>>>>>> main
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

<<<<<<< HEAD
type Page = ReturnType<typeof pagesIn>[number];

/** The steps of a workbook under review, and the agreed actions, each a link to its page. */
function ReviewSteps({
  pages,
  currentId,
  reviewId,
}: {
  pages: Page[];
  currentId: string;
  reviewId: string;
}) {
  const t = useWords().more.coach;
  return (
    <nav aria-label={t.stepsToReview} className="step-nav">
      <ol className="step-list">
        {pages.map((p) => (
          <li key={p.id} className={p.id === currentId ? "current" : ""}>
            <a
              href={coachHref({ reviewId, stepId: p.id })}
              aria-current={p.id === currentId ? "step" : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {p.number ?? "✎"}
              </span>
              <span className="step-title">{p.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
=======
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
>>>>>>> main
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
  const previous = pages[index - 1];
  const next = pages[index + 1];
  const move = (id: string) => goTo({ reviewId: review.id, stepId: id });
  const moved = useMemo(
    () => movedSince(review.since, review.answers, new Date(review.openedAt)),
    [review.since, review.answers, review.openedAt],
  );

  const pageTitle = w.fill(t.reviewingPageTitle, { page: page.title, workbook: w.workbook.title });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  useEffect(() => {
    heading.current?.focus();
<<<<<<< HEAD
  }, [page.id]);

  return (
    <div className="layout">
      <ReviewSteps pages={pages} currentId={page.id} reviewId={review.id} />
      <main id="main" className="main">
        <div className="review-bar">
          <p>
            {fillNodes(t.reviewingWhose, {
              who: <bdi>{whoseWorkbook(review, w)}</bdi>,
              all: <a href={coachHref(null)}>{t.allWorkbooks}</a>,
            })}
          </p>
          <DownloadFeedback review={review} />
        </div>
=======
  }, [page]);
  useEffect(() => preloadWhenIdle(AgreedActionsForm), []);

  return (
    <div className="layout">
      <StepsToReview review={review} current={page.id} moved={moved} />
      <main id="main" className="main">
        <ReviewBar review={review} moved={moved} onLast={!step} />
>>>>>>> main
        <article className="step">
          <header className="step-header">
            <StepCount number={page.number} moved={movedIn(moved, page.id)} />
            <h1 ref={heading} tabIndex={-1}>
              {page.title}
            </h1>
            {shown && <p className="prompt">{shown.prompt}</p>}
          </header>
<<<<<<< HEAD
          {shown?.fields.map((field) => (
            <ReviewedField key={field.id} review={review} field={field} fields={shown.fields} />
          ))}
          {!step && <AgreedActions review={review} />}
=======
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
>>>>>>> main
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
                {w.fill(t.next, { step: next.title })}
              </button>
            )}
          </div>
        </article>
      </main>
    </div>
  );
}
