import { rowText } from "../../content/changes";
import { findField, LIMITS } from "../../content/kinds";
import type { Words } from "../../content/language";
import { NewerVersionAlert } from "../../ui/newer-version";
import { useWords } from "../../ui/words";
import type { CoachLost } from "./coach-space";
import { useCoachSaving, useCoachSpace } from "./coach-store";

function SaveProblem() {
  const problem = useCoachSaving((s) => s.problem);
  const t = useWords().more.coach;
  if (!problem) return null;
  if (problem === "newer") return <NewerVersionAlert lead={t.newerLead} rest={t.newerRest} />;
  return (
    <p role="alert" className="alert coach-save-problem">
      {problem === "full" ? t.saveFull : t.saveBlocked}
    </p>
  );
}

/** What another coach tab's change replaced here, in words, with the text that was not kept. */
function lostText({ conflict }: CoachLost, w: Words): { lead: string; text: string } {
  const t = w.more.coach;
  if (conflict.kind === "text") {
    const label = findField(w.workbook, conflict.path[0] ?? "")?.field.label ?? "";
    const where =
      conflict.fieldId === "comments"
        ? w.fill(t.lostWhereComment, { question: w.fill(w.more.common.quoted, { text: label }) })
        : t.lostWhereAction;
    const { changedHere, keptMine, keptOther } = w.more.lostEdits;
    return {
      lead: [
        w.fill(changedHere, { where }),
        conflict.keptMine ? keptMine : keptOther,
        t.copyBelow,
      ].join(" "),
      text: conflict.other,
    };
  }
  return {
    lead: conflict.kind === "noRoom" ? w.fill(t.lostNoRoom, { max: LIMITS.rows }) : t.lostRemoved,
    text: rowText(conflict.row),
  };
}

/** Problems saving the coach's comments, and edits another tab's replaced, each said plainly. */
export function CoachAlerts() {
  const space = useCoachSpace();
  const lost = useCoachSaving((s) => s.lost);
  const w = useWords();
  return (
    <>
      <SaveProblem />
      {lost.map((item, i) => {
        const { lead, text } = lostText(item, w);
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
                {w.more.common.ok}
              </button>
            </div>
          </div>
        );
      })}
    </>
  );
}
