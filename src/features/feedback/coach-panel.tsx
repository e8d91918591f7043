import { useState } from "react";
import { useWorkbookHandle } from "../../store/workbook-store";
import { goToCoachSpace } from "../coach-review/coach-route";
import { AddFeedback } from "./add-feedback";
import { feedbackChanged } from "./coach-said-slot";
import { feedbackRaw } from "../../store/peek";
import { useWords } from "../../ui/words";
import { removeReceived } from "./received-feedback";

/** The review step's part for coaching: feedback in, and the way into reviewing someone else's. */
export function CoachPanel() {
  const { key } = useWorkbookHandle();
  const [done, setDone] = useState<string | null>(null);
  const [has, setHas] = useState(() => feedbackRaw(key) !== null);
  const t = useWords().more.feedback;
  return (
    <div className="coach-panel">
      <p>{t.lead}</p>
      <div className="backup-actions">
        <AddFeedback
          onDone={(message) => {
            setDone(message);
            setHas(true);
            feedbackChanged();
          }}
        />
        {has && (
          <button
            type="button"
            className="button"
            onClick={() => {
              removeReceived(key);
              setHas(false);
              feedbackChanged();
              setDone(t.removed);
            }}
          >
            {t.remove}
          </button>
        )}
      </div>
      <p className="backup-done" aria-live="polite">
        {done}
      </p>
      <h4>{t.areYouCoach}</h4>
      <p>{t.coachLead}</p>
      <button type="button" className="button" onClick={() => goToCoachSpace()}>
        {t.reviewAsCoach}
      </button>
    </div>
  );
}
