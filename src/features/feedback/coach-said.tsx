import { hasVisibleText } from "../../content/kinds";
import type { Feedback } from "../../formats/feedback-file";

/** The coach's comment on a question, under the question, headed with the coach's name. */
export function CoachSaid({ feedback, fieldId }: { feedback: Feedback; fieldId: string }) {
  const comment = feedback.comments[fieldId];
  if (!comment || !hasVisibleText(comment)) return null;
  const name = feedback.coachName.trim();
  return (
    <aside className="coach-said" aria-label="Your coach's comment">
      <p className="coach-said-title">
        {name ? (
          <>
            <bdi>{name}</bdi>, your coach, said:
          </>
        ) : (
          "Your coach said:"
        )}
      </p>
      <p className="pre-line" dir="auto">
        {comment.trim()}
      </p>
      <p className="coach-said-when">
        Feedback of {feedback.madeAt.toLocaleDateString("en-GB", { day: "numeric", month: "long" })}
      </p>
    </aside>
  );
}
