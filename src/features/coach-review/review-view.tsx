import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  byKind,
  findField,
  isAnswered,
  LIMITS,
  valueOf,
  type KindContext,
} from "../../content/kinds";
import type { Field, TableField, TableRow } from "../../content/types";
import { workbook } from "../../content/workbook";
import { exampleViews } from "../../fields/example-view";
import type { RowHistory } from "../../fields/field-props";
import { TableInput } from "../../fields/table-input";
import { TextControl } from "../../fields/text-control";
import type { Review } from "../../formats/coach-space-file";
import { reviewTitle } from "./coach-space";
import { actionsField, feedbackFileName, feedbackText } from "../../formats/feedback-file";
import { downloadText } from "../../ui/download";
import {
  AGREED_ACTIONS,
  coachHref,
  goTo,
  reviewSteps,
  useCoach,
  useCoachSpace,
} from "./coach-store";
import { whoseWorkbook } from "./review-list";

/** Each step keeps its number in the workbook (and the PDF); the agreed actions have none. */
const pages: { id: string; title: string; number?: number }[] = [
  ...reviewSteps.map((step) => ({
    id: step.id,
    title: step.title,
    number: workbook.steps.indexOf(step) + 1,
  })),
  { id: AGREED_ACTIONS, title: "Agreed actions" },
];

function CommentBox({ review, field }: { review: Review; field: Field }) {
  const space = useCoachSpace();
  const id = useId();
  const value = useCoach((s) => s.reviews.find((r) => r.id === review.id)?.comments[field.id]);
  return (
    <div className="coach-comment">
      <label htmlFor={id} className="field-label">
        Coach&apos;s comment on {field.label}
      </label>
      {/* The answers' own box: their limit, the note before it, and a steady caret when
          another tab's comment arrives. */}
      <TextControl
        id={id}
        multiline
        rows={3}
        value={value ?? ""}
        onText={(text) => space.setComment(review.id, field.id, text)}
      />
    </div>
  );
}

type ReviewedProps = { review: Review; field: Field; fields: readonly Field[] };

/** One question: the answer as sent, read-only, and the coach's comment beside it. */
function ReviewedField({ review, field, fields }: ReviewedProps) {
  const headingId = useId();
  return (
    <section className="coach-field" aria-labelledby={headingId}>
      <h2 id={headingId} className="coach-question">
        {field.label}
      </h2>
      <div className="coach-answer">
        {isAnswered(field, review.answers) ? (
          // A worked-out value is worked out from the step's answers, as the workbook shows it.
          byKind(exampleViews, field, valueOf(field, review.answers), {
            answers: review.answers,
            fields,
          })
        ) : (
          <p className="not-answered">Not answered yet</p>
        )}
      </div>
      <CommentBox review={review} field={field} />
    </section>
  );
}

/** The agreed actions are worked out from nothing else. */
const NO_CONTEXT: KindContext = { answers: {}, fields: [] };

const agreedField: TableField = {
  ...actionsField(),
  label: "Agreed actions",
  hint: "What you agreed together, and by when. They go into the feedback file, and join the other person's action points if they add it.",
  addLabel: "Add agreed action",
};

function AgreedActions({ review }: { review: Review }) {
  const space = useCoachSpace();
  const rows = useCoach((s) => s.reviews.find((r) => r.id === review.id)?.actions) ?? [];
  const update = (change: (rows: TableRow[]) => TableRow[]) =>
    space.updateActions(review.id, change);
  const history = useMemo<RowHistory>(
    () => ({
      removed: [],
      remove: (_, rowId) =>
        space.updateActions(review.id, (all) => all.filter((r) => r.id !== rowId)),
      undo: () => {},
    }),
    [space, review.id],
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

/** Why the feedback cannot be sent as it is (a comment an earlier version let grow too long). */
function tooLong(review: Review): string | null {
  const long = Object.entries(review.comments).find(([, c]) => c.length > LIMITS.textLength);
  if (long) {
    const label = findField(workbook, long[0])?.field.label ?? long[0];
    return `Your comment on “${label}” is longer than the ${LIMITS.textLength.toLocaleString("en-GB")} characters a workbook takes, so the feedback would not be accepted. Shorten it, then download again.`;
  }
  if (review.actions.length > LIMITS.rows)
    return `There are ${review.actions.length} agreed actions, more than the ${LIMITS.rows} a workbook takes. Remove some, then download again.`;
  return null;
}

function DownloadFeedback({ review }: { review: Review }) {
  const space = useCoachSpace();
  const [done, setDone] = useState<{ text: string; problem: boolean } | null>(null);
  const download = () => {
    space.stored.flush();
    const problem = tooLong(review);
    if (problem) return setDone({ text: problem, problem: true });
    const { name, business } = reviewTitle(review.answers);
    const fileName = feedbackFileName();
    downloadText(
      fileName,
      feedbackText({
        madeAt: new Date(),
        forName: name,
        forBusiness: business,
        comments: review.comments,
        actions: review.actions,
      }),
    );
    setDone({
      text: `Downloaded ${fileName}. Send it to ${name || "them"} to add with “Add coach feedback”.`,
      problem: false,
    });
  };
  return (
    <div className="download-feedback">
      <button type="button" className="button primary" onClick={download}>
        Download feedback
      </button>
      <p role="status" className="download-feedback-status">
        {done?.problem === false && done.text}
      </p>
      {done?.problem && (
        <p role="alert" className="alert">
          {done.text}
        </p>
      )}
    </div>
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
  const place = (id: string) => coachHref({ reviewId: review.id, stepId: id });
  const move = (id: string) => goTo({ reviewId: review.id, stepId: id });

  useEffect(() => {
    document.title = `Reviewing: ${page.title} · ${workbook.title}`;
    heading.current?.focus();
  }, [page]);

  return (
    <div className="layout">
      <nav aria-label="Steps to review" className="step-nav">
        <ol className="step-list">
          {pages.map((p) => (
            <li key={p.id} className={p.id === page.id ? "current" : ""}>
              <a href={place(p.id)} aria-current={p.id === page.id ? "step" : undefined}>
                <span className="step-number" aria-hidden="true">
                  {p.number ?? "✎"}
                </span>
                <span className="step-title">{p.title}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <main id="main" className="main">
        <div className="review-bar">
          <p>
            Reviewing the workbook of <bdi>{whoseWorkbook(review)}</bdi>. Their answers cannot be
            changed here. <a href={coachHref(null)}>All workbooks</a>
          </p>
          <DownloadFeedback review={review} />
        </div>
        <article className="step">
          <header className="step-header">
            <h1 ref={heading} tabIndex={-1}>
              {page.title}
            </h1>
            {step && <p className="prompt">{step.prompt}</p>}
          </header>
          {step?.fields.map((field) => (
            <ReviewedField key={field.id} review={review} field={field} fields={step.fields} />
          ))}
          {!step && <AgreedActions review={review} />}
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
