import { useId } from "react";
import { changeDetail, type Change } from "../../content/changes";
import { byKind, isAnswered, valueOf } from "../../content/kinds";
import type { Field } from "../../content/types";
import { exampleViews } from "../../fields/example-view";
import { TextControl } from "../../fields/text-control";
import type { Review } from "../../formats/coach-space-file";
import { useWords } from "../../ui/words";
import { ChangeDetailView } from "../changes/change-detail-view";
import type { WordDiff } from "../changes/word-diff";
import { useCoach, useCoachSpace } from "./coach-store";
import { movedMark } from "./session-copy";

function CommentBox({ review, field }: { review: Review; field: Field }) {
  const space = useCoachSpace();
  const id = useId();
  const value = useCoach((s) => s.reviews.find((r) => r.id === review.id)?.comments[field.id]);
  const w = useWords();
  return (
    <div className="coach-comment">
      <label htmlFor={id} className="field-label">
        {w.more.coach.comment}
      </label>
      {/* The answers' own box: their limit, and the note before it is reached. Its name says
          which question, as the heading above it does to the eye. */}
      <TextControl
        id={id}
        aria-label={w.fill(w.more.coach.commentOn, { question: field.label })}
        multiline
        rows={3}
        value={value ?? ""}
        onText={(text) => space.setComment(review.id, field.id, text)}
      />
    </div>
  );
}

type ReviewedProps = {
  review: Review;
  field: Field;
  fields: readonly Field[];
  /** What moved in this answer since the last session copy, and that copy's date. */
  moved?: { change: Change; date: string; diff: WordDiff | undefined } | undefined;
};

/**
 * One question: the answer as sent, read-only; what moved in it since the last session copy the
 * file carried, with the words added and removed; and the coach's comment, where a coach may
 * have something to say (not on a name).
 */
export function ReviewedField({ review, field, fields, moved }: ReviewedProps) {
  const headingId = useId();
  const since = review.since;
  const w = useWords();
  return (
    <section className="coach-field" aria-labelledby={headingId}>
      <h2 id={headingId} className="coach-question">
        {field.label}
      </h2>
      {moved && since && (
        <div className={`moved moved-${moved.change.kind}`}>
          <p className="moved-mark">{movedMark(moved.change, moved.date, w)}</p>
          {moved.change.kind !== "new" && (
            <ChangeDetailView
              detail={changeDetail(w, moved.change, since.answers, review.answers)}
              diff={moved.diff}
            />
          )}
        </div>
      )}
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
      {!field.noComment && <CommentBox review={review} field={field} />}
    </section>
  );
}
