import { findField, LIMITS } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import { NewerVersionAlert } from "../../ui/newer-version";
import { rowText } from "../../content/changes";
import type { CoachLost } from "./coach-space";
import { useCoachSaving, useCoachSpace } from "./coach-store";

function SaveProblem() {
  const problem = useCoachSaving((s) => s.problem);
  if (!problem) return null;
  if (problem === "newer")
    return (
      <NewerVersionAlert
        lead="These reviews were opened in a newer version of the app."
        rest="This page is an older version, so it has stopped saving your comments here, to keep from writing over the newer ones. Reload to use the newer version: everything saved there is kept."
      />
    );
  return (
    <p role="alert" className="alert coach-save-problem">
      {problem === "full"
        ? "Your comments could not be saved: this browser's storage is full. Download the feedback now so nothing is lost, then remove workbooks you no longer need."
        : "Your comments could not be saved: this browser will not keep them. Download the feedback now so nothing is lost."}
    </p>
  );
}

/** What another coach tab's change replaced here, in words, with the text that was not kept. */
function lostText({ conflict }: CoachLost): { lead: string; text: string } {
  if (conflict.kind === "text") {
    const label = findField(workbook, conflict.path[0] ?? "")?.field.label;
    const where =
      conflict.fieldId === "comments" ? `Your comment on “${label}”` : "An agreed action";
    return {
      lead: `${where} was changed in another tab at the same time as here. ${conflict.keptMine ? "The version typed here was kept." : "The other tab's version was kept."} The version that was not kept is below: copy what you need.`,
      text: conflict.other,
    };
  }
  return {
    lead:
      conflict.kind === "noRoom"
        ? `An agreed action added here did not fit beside those added in another tab: a workbook takes at most ${LIMITS.rows}. It is below: copy what you need.`
        : "Another tab removed an agreed action you were changing here. It is below: copy what you need.",
    text: rowText(conflict.row),
  };
}

/** Problems saving the coach's comments, and edits another tab's replaced, each said plainly. */
export function CoachAlerts() {
  const space = useCoachSpace();
  const lost = useCoachSaving((s) => s.lost);
  return (
    <>
      <SaveProblem />
      {lost.map((item, i) => {
        const { lead, text } = lostText(item);
        return (
          <div key={i} role="alert" className="alert storage-alert lost-edit">
            <p>
              <strong>{lead}</strong>
            </p>
            <blockquote className="lost-text" dir="auto">
              {text}
            </blockquote>
            <div className="alert-actions">
              <button
                type="button"
                className="button"
                onClick={() => space.stored.dismissLost(item)}
              >
                OK
              </button>
            </div>
          </div>
        );
      })}
    </>
  );
}
