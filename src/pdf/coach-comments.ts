import { findField, hasVisibleText } from "../content/kinds";
<<<<<<< HEAD
import type { Words } from "../content/language";
=======
import type { TableRow, Workbook } from "../content/types";
import { longDate } from "../lib/dates";
>>>>>>> main
import { coverFieldIds, type PdfBlock } from "./pdf-blocks";

/**
 * The coach's feedback (from a file the user added) in the PDF: each comment printed straight
 * after the answer it is about, headed with the coach's name, and a page after the cover that
 * sums up every comment and the actions agreed. Comments on the About-you answers, which the
 * cover prints, follow the cover. Pure, like toPdfBlocks, and kept apart from it.
 */

<<<<<<< HEAD
=======
export const COACH_SAID = "Your coach said";
export const FROM_YOUR_COACH = "From your coach";

/** What the PDF needs of the feedback: its shape in the feedback file. */
export type CoachFeedback = {
  coachName: string;
  madeAt: Date;
  comments: Readonly<Record<string, string>>;
  /** Rows of action, by when and who ("client", "coach" or "both"). */
  actions: readonly TableRow[];
};

/** Who is to do an agreed action, as the person coached reads it. */
const WHO_WORDS: Record<string, string> = {
  client: "You",
  coach: "Your coach",
  both: "You and your coach",
};

/** "Your coach said", or "Jo Carter, your coach, said". */
export const coachSaidHeading = (coachName: string) =>
  coachName.trim() ? `${coachName.trim()}, your coach, said` : COACH_SAID;

>>>>>>> main
export function withCoachComments(
  w: Words,
  blocks: PdfBlock[],
  comments: Readonly<Record<string, string>>,
  coachName = "",
): PdfBlock[] {
  const heading = coachSaidHeading(coachName);
  const commentOn = (fieldId: string): PdfBlock[] => {
    const text = comments[fieldId];
    const field = findField(w.workbook, fieldId)?.field;
    if (!text || !hasVisibleText(text) || !field) return [];
<<<<<<< HEAD
    return [
      {
        type: "coachComment",
        fieldId,
        label: field.label,
        heading: w.more.pdf.coachSaid,
        text: text.trim(),
      },
    ];
=======
    return [{ type: "coachComment", fieldId, label: field.label, heading, text: text.trim() }];
>>>>>>> main
  };
  return blocks.flatMap((block) => {
    if (block.type === "field") return [block, ...commentOn(block.fieldId)];
    if (block.type === "cover") return [block, ...Object.values(coverFieldIds).flatMap(commentOn)];
    return [block];
  });
}

/** The page that sums up the coach's comments (in the workbook's order) and agreed actions. */
export function coachPage(content: Workbook, feedback: CoachFeedback): PdfBlock | null {
  const comments = content.steps.flatMap((step, i) =>
    step.fields.flatMap((field) => {
      const text = feedback.comments[field.id];
      return text && hasVisibleText(text)
        ? [{ label: `Step ${i + 1}: ${field.label}`, text: text.trim() }]
        : [];
    }),
  );
  const rows = feedback.actions
    .map((row) => [
      (row.action ?? "").trim(),
      (row.byWhen ?? "").trim(),
      WHO_WORDS[row.who ?? ""] ?? "",
    ])
    .filter((cells) => cells.some((cell) => hasVisibleText(cell)));
  if (comments.length === 0 && rows.length === 0) return null;
  const coach = feedback.coachName.trim();
  return {
    type: "coachPage",
    title: FROM_YOUR_COACH,
    intro: `${coach ? `${coach}, your coach,` : "Your coach"} sent this feedback on ${longDate(feedback.madeAt)}: the comments in it are also printed under the answers they are about.`,
    commentsTitle: "Comments",
    comments,
    actionsTitle: "Agreed actions",
    actions: rows.length ? { headings: ["Action", "By when", "Who"], rows } : null,
  };
}

/** The blocks with the coach's comments under their answers and the summing-up page. */
export function withCoachFeedback(
  content: Workbook,
  blocks: PdfBlock[],
  feedback: CoachFeedback | undefined,
): PdfBlock[] {
  if (!feedback) return blocks;
  const commented = withCoachComments(content, blocks, feedback.comments, feedback.coachName);
  const page = coachPage(content, feedback);
  if (!page) return commented;
  // Straight after the cover, so it is the first thing read after it.
  const at = commented.findIndex((b) => b.type === "cover") + 1;
  return commented.toSpliced(at, 0, page);
}
