import { useState } from "react";
import { workbookProgress } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import type { Review } from "../../formats/coach-space-file";
import { realTime } from "../../formats/outer-layer";
import { reviewTitle } from "./coach-space";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { plural } from "../backup/words";
import { coachHref, reviewSteps, useCoach, useCoachSpace } from "./coach-store";

/** "Amira Khan, Bloom & Crumb", or whichever of the two the workbook has. */
export function whoseWorkbook(review: Review): string {
  const { name, business } = reviewTitle(review.answers);
  return [name, business].filter(Boolean).join(", ") || "A workbook with no name";
}

function ReviewItem({ review, onRemove }: { review: Review; onRemove: () => void }) {
  const who = whoseWorkbook(review);
  const { answered, total } = workbookProgress(workbook, review.answers);
  const comments = Object.values(review.comments).filter((c) => c.trim() !== "").length;
  // A date a wrong clock (or a damaged save) gave is not shown.
  const opened = realTime(review.openedAt);
  return (
    <li className="review-item">
      <a href={coachHref({ reviewId: review.id, stepId: reviewSteps[0]!.id })} dir="auto">
        {who}
      </a>
      <span className="review-item-facts">
        {answered} of {total} questions answered · {plural(comments, "comment")} ·{" "}
        {plural(review.actions.length, "agreed action")}
        {opened !== null &&
          ` · opened ${new Date(opened).toLocaleDateString("en-GB", { dateStyle: "long" })}`}
      </span>
      <button type="button" className="button small danger" onClick={onRemove}>
        Remove<span className="visually-hidden"> {who}</span>
      </button>
    </li>
  );
}

/** The workbooks open for review, each kept with its comments until the coach removes it. */
export function ReviewList() {
  const space = useCoachSpace();
  const reviews = useCoach((s) => s.reviews);
  const [removing, setRemoving] = useState<Review | null>(null);
  if (reviews.length === 0)
    return <p className="empty-note">No workbooks open yet. Open one that someone sent you.</p>;
  return (
    <>
      <h2>Workbooks you are reviewing</h2>
      <ul className="review-list">
        {reviews.map((review) => (
          <ReviewItem key={review.id} review={review} onRemove={() => setRemoving(review)} />
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this workbook from your reviews?"
        confirmLabel="Yes, remove it"
        danger
        onConfirm={() => {
          if (removing) space.removeReview(removing.id);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>
          {removing && whoseWorkbook(removing)} and your comments on it will be removed from this
          browser. Download the feedback first if you have not sent it yet. The other person&rsquo;s
          own workbook is not affected.
        </p>
      </ConfirmDialog>
    </>
  );
}
