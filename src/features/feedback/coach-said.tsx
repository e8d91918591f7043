import { hasVisibleText } from "../../content/kinds";
<<<<<<< HEAD
import { readReceived } from "../../store/received-feedback";
import { useWords } from "../../ui/words";

export function CoachSaid({ raw, fieldId }: { raw: string; fieldId: string }) {
  const feedback = useMemo(() => readReceived(raw), [raw]);
  const comment = feedback?.comments[fieldId];
  const t = useWords().more.feedback;
=======
import type { Feedback } from "../../formats/feedback-file";

/** The coach's comment on a question, under the question, headed with the coach's name. */
export function CoachSaid({ feedback, fieldId }: { feedback: Feedback; fieldId: string }) {
  const comment = feedback.comments[fieldId];
>>>>>>> main
  if (!comment || !hasVisibleText(comment)) return null;
  const name = feedback.coachName.trim();
  return (
<<<<<<< HEAD
    <aside className="coach-said" aria-label={t.coachComment}>
      <p className="coach-said-title">{t.coachSaid}</p>
=======
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
>>>>>>> main
      <p className="pre-line" dir="auto">
        {comment.trim()}
      </p>
      <p className="coach-said-when">
        Feedback of {feedback.madeAt.toLocaleDateString("en-GB", { day: "numeric", month: "long" })}
      </p>
    </aside>
  );
}
