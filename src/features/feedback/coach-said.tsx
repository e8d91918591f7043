import { useMemo } from "react";
import { hasVisibleText } from "../../content/kinds";
import { readReceived } from "../../store/received-feedback";
import { useWords } from "../../ui/words";

export function CoachSaid({ raw, fieldId }: { raw: string; fieldId: string }) {
  const feedback = useMemo(() => readReceived(raw), [raw]);
  const comment = feedback?.comments[fieldId];
  const t = useWords().more.feedback;
  if (!comment || !hasVisibleText(comment)) return null;
  return (
    <aside className="coach-said" aria-label={t.coachComment}>
      <p className="coach-said-title">{t.coachSaid}</p>
      <p className="pre-line" dir="auto">
        {comment.trim()}
      </p>
    </aside>
  );
}
