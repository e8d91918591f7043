import { useMemo } from "react";
import { hasVisibleText } from "../../content/kinds";
import { readReceived } from "./received-feedback";

export const COACH_SAID = "Your coach said:";

export function CoachSaid({ raw, fieldId }: { raw: string; fieldId: string }) {
  const feedback = useMemo(() => readReceived(raw), [raw]);
  const comment = feedback?.comments[fieldId];
  if (!comment || !hasVisibleText(comment)) return null;
  return (
    <aside className="coach-said" aria-label="Your coach's comment">
      <p className="coach-said-title">{COACH_SAID}</p>
      <p className="pre-line" dir="auto">
        {comment.trim()}
      </p>
    </aside>
  );
}
