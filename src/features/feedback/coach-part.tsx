import { hasVisibleText } from "../../content/kinds";
import type { Feedback } from "../../formats/feedback-file";
import { useWords } from "../../ui/words";
import { readReceived } from "./received-feedback";
import { CoachSaid } from "./coach-said";

/**
 * The coach's feedback where the workbook shows it: under a question, as a mark on a step, and
 * beside an action point that came from it. Loads only for a workbook that has feedback (see
 * coach-said-slot.tsx, which decides where each part goes).
 */
export type CoachPartProps = { raw: string } & (
  | { part: "said"; fieldId: string }
  /** "Coach commented", on a step (in the list, or its header) with a comment on any of these. */
  | { part: "mark"; fieldIds: readonly string[]; id?: string | undefined; spaced?: boolean }
  /** Beside an action point whose words are an agreed action's. */
  | { part: "row"; action: string; id: string }
);

// Every question and step on a page reads the same text: it is read and checked once.
let last: { raw: string; feedback: Feedback | null } | null = null;
const feedbackOf = (raw: string) =>
  (last?.raw === raw ? last : (last = { raw, feedback: readReceived(raw) })).feedback;

export function CoachPart(props: CoachPartProps) {
  const feedback = feedbackOf(props.raw);
  const w = useWords();
  const t = w.more.feedback;
  if (!feedback) return null;
  switch (props.part) {
    case "said":
      return <CoachSaid feedback={feedback} fieldId={props.fieldId} />;
    case "mark": {
      const commented = props.fieldIds.some((id) => hasVisibleText(feedback.comments[id] ?? ""));
      // After other words on its line, with a space between, for a screen reader to say them apart.
      return commented ? (
        <>
          {props.spaced && " "}
          <span id={props.id} className="coach-mark">
            {t.commented}
          </span>
        </>
      ) : null;
    }
    case "row": {
      const words = props.action.trim();
      const agreed = words && feedback.actions.find((row) => row.action?.trim() === words);
      // Always there, so the box that names it as its description always finds it.
      if (!agreed) return <span id={props.id} />;
      // Who is to do it, as the person coached reads it: "for you".
      const who = (t.forWho as Readonly<Record<string, string>>)[agreed.who ?? ""];
      return (
        <p id={props.id} className="row-note">
          {who ? w.fill(t.fromCoachFor, { who }) : t.fromCoach}
        </p>
      );
    }
  }
}
