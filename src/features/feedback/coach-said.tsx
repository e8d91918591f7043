import { hasVisibleText } from "../../content/kinds";
import type { Feedback } from "../../formats/feedback-file";
import { fillNodes, useWords } from "../../ui/words";

/** The coach's comment on a question, under the question, headed with the coach's name. */
export function CoachSaid({ feedback, fieldId }: { feedback: Feedback; fieldId: string }) {
  const comment = feedback.comments[fieldId];
  const w = useWords();
  const t = w.more.feedback;
  if (!comment || !hasVisibleText(comment)) return null;
  const name = feedback.coachName.trim();
  return (
    <aside className="coach-said" aria-label={t.coachComment}>
      <p className="coach-said-title">
        {name ? fillNodes(t.coachNamedSaid, { name: <bdi>{name}</bdi> }) : t.coachSaid}
      </p>
      <p className="pre-line" dir="auto">
        {comment.trim()}
      </p>
      <p className="coach-said-when">
        {w.fill(t.feedbackOf, {
          date: feedback.madeAt.toLocaleDateString(w.formats.locale, {
            day: "numeric",
            month: "long",
          }),
        })}
      </p>
    </aside>
  );
}
