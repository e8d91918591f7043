import { useState } from "react";
import { useWorkbookHandle } from "../../store/workbook-store";
import { goToCoachSpace } from "../coach-review/coach-route";
import { AddFeedback } from "./add-feedback";
import { feedbackChanged } from "./coach-said-slot";
import { feedbackRaw } from "../../store/peek";
import { removeReceived } from "./received-feedback";

/** The review step's part for coaching: feedback in, and the way into reviewing someone else's. */
export function CoachPanel() {
  const { key } = useWorkbookHandle();
  const [done, setDone] = useState<string | null>(null);
  const [has, setHas] = useState(() => feedbackRaw(key) !== null);
  return (
    <div className="coach-panel">
      <p>
        If your coach sent you a feedback file, add it here: their comments show under your answers
        and print in your PDF, and the actions you agreed join your action points.
      </p>
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
              setDone(
                "Removed your coach's comments. Your answers and action points are not changed.",
              );
            }}
          >
            Remove coach feedback
          </button>
        )}
      </div>
      <p className="backup-done" aria-live="polite">
        {done}
      </p>
      <h4>Are you a coach?</h4>
      <p>Open a workbook someone sent you, read it step by step and write your comments.</p>
      <button type="button" className="button" onClick={() => goToCoachSpace()}>
        Review as coach
      </button>
    </div>
  );
}
