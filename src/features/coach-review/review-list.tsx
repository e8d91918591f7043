import { useState } from "react";
import { workbookProgress } from "../../content/kinds";
import type { Words } from "../../content/language";
import type { Review } from "../../formats/coach-space-file";
import { realTime } from "../../formats/outer-layer";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useWords } from "../../ui/words";
import { reviewTitle } from "./coach-space";
import { coachHref, reviewSteps, useCoach, useCoachSpace } from "./coach-store";

/** "Amira Khan, Bloom & Crumb", or whichever of the two the workbook has. */
export function whoseWorkbook(review: Review, w: Words): string {
  const { name, business } = reviewTitle(review.answers);
  if (name && business) return w.fill(w.more.coach.whose, { name, business });
  return name || business || w.more.coach.noName;
}

function ReviewItem({ review, onRemove }: { review: Review; onRemove: () => void }) {
  const w = useWords();
  const t = w.more.coach;
  const who = whoseWorkbook(review, w);
  const { answered, total } = workbookProgress(w.workbook, review.answers);
  const comments = Object.values(review.comments).filter((c) => c.trim() !== "").length;
  // A date a wrong clock (or a damaged save) gave is not shown.
  const opened = realTime(review.openedAt);
  return (
    <li className="review-item">
      <a href={coachHref({ reviewId: review.id, stepId: reviewSteps[0]!.id })} dir="auto">
        {who}
      </a>
      <span className="review-item-facts">
        {w.fill(opened === null ? t.factsUndated : t.facts, {
          answered: w.plural(t.answered, total, { answered }),
          comments: w.plural(t.comments, comments),
          actions: w.plural(t.actions, review.actions.length),
          ...(opened !== null && { date: w.formats.longDate(new Date(opened)) }),
        })}
      </span>
      <button type="button" className="button small danger" onClick={onRemove}>
        {t.remove}
        <span className="visually-hidden"> {who}</span>
      </button>
    </li>
  );
}

/** The workbooks open for review, each kept with its comments until the coach removes it. */
export function ReviewList() {
  const space = useCoachSpace();
  const reviews = useCoach((s) => s.reviews);
  const [removing, setRemoving] = useState<Review | null>(null);
  const w = useWords();
  const t = w.more.coach;
  if (reviews.length === 0) return <p className="empty-note">{t.noneYet}</p>;
  return (
    <>
      <h2>{t.reviewing}</h2>
      <ul className="review-list">
        {reviews.map((review) => (
          <ReviewItem key={review.id} review={review} onRemove={() => setRemoving(review)} />
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={t.removeTitle}
        confirmLabel={t.removeConfirm}
        danger
        onConfirm={() => {
          if (removing) space.removeReview(removing.id);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>{w.fill(t.removeBody, { who: removing ? whoseWorkbook(removing, w) : "" })}</p>
      </ConfirmDialog>
    </>
  );
}
