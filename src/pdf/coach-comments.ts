import { findField, hasVisibleText } from "../content/kinds";
import type { Words } from "../content/language";
import type { TableRow } from "../content/types";
import { coverFieldIds, type PdfBlock } from "./pdf-blocks";

/**
 * The coach's feedback (from a file the user added) in the PDF: each comment printed straight
 * after the answer it is about, headed with the coach's name, and a page after the cover that
 * sums up every comment and the actions agreed. Comments on the About-you answers, which the
 * cover prints, follow the cover. Pure, like toPdfBlocks, and kept apart from it.
 */

/** What the PDF needs of the feedback: its shape in the feedback file. */
export type CoachFeedback = {
  coachName: string;
  madeAt: Date;
  comments: Readonly<Record<string, string>>;
  /** Rows of action, by when and who ("client", "coach" or "both"). */
  actions: readonly TableRow[];
};

/** Who is to do an agreed action, as the person coached reads it: "You", "Your coach"… */
const whoWords = (w: Words, who: string | undefined): string => {
  const words: Readonly<Record<string, string>> = w.more.pdf.who;
  return words[who ?? ""] ?? "";
};

/** "Your coach said", or "Jo Carter, your coach, said". */
export const coachSaidHeading = (w: Words, coachName: string) =>
  coachName.trim()
    ? w.fill(w.more.pdf.coachNamedSaid, { name: coachName.trim() })
    : w.more.pdf.coachSaid;

export function withCoachComments(
  w: Words,
  blocks: PdfBlock[],
  comments: Readonly<Record<string, string>>,
  coachName = "",
): PdfBlock[] {
  const heading = coachSaidHeading(w, coachName);
  const commentOn = (fieldId: string): PdfBlock[] => {
    const text = comments[fieldId];
    const field = findField(w.workbook, fieldId)?.field;
    if (!text || !hasVisibleText(text) || !field) return [];
    return [{ type: "coachComment", fieldId, label: field.label, heading, text: text.trim() }];
  };
  return blocks.flatMap((block) => {
    if (block.type === "field") return [block, ...commentOn(block.fieldId)];
    if (block.type === "cover") return [block, ...Object.values(coverFieldIds).flatMap(commentOn)];
    return [block];
  });
}

/** The page that sums up the coach's comments (in the workbook's order) and agreed actions. */
export function coachPage(w: Words, feedback: CoachFeedback): PdfBlock | null {
  const t = w.more.pdf;
  const comments = w.workbook.steps.flatMap((step, i) =>
    step.fields.flatMap((field) => {
      const text = feedback.comments[field.id];
      return text && hasVisibleText(text)
        ? [
            {
              label: w.fill(t.commentOn, { number: i + 1, question: field.label }),
              text: text.trim(),
            },
          ]
        : [];
    }),
  );
  const rows = feedback.actions
    .map((row) => [(row.action ?? "").trim(), (row.byWhen ?? "").trim(), whoWords(w, row.who)])
    .filter((cells) => cells.some((cell) => hasVisibleText(cell)));
  if (comments.length === 0 && rows.length === 0) return null;
  const name = feedback.coachName.trim();
  const date = w.formats.longDate(feedback.madeAt);
  const { action, byWhen, who } = t.actionHeadings;
  return {
    type: "coachPage",
    title: t.fromCoach,
    intro: name ? w.fill(t.coachNamedSent, { name, date }) : w.fill(t.coachSent, { date }),
    commentsTitle: t.comments,
    comments,
    actionsTitle: t.agreedActions,
    actions: rows.length ? { headings: [action, byWhen, who], rows } : null,
  };
}

/** The blocks with the coach's comments under their answers and the summing-up page. */
export function withCoachFeedback(
  w: Words,
  blocks: PdfBlock[],
  feedback: CoachFeedback | undefined,
): PdfBlock[] {
  if (!feedback) return blocks;
  const commented = withCoachComments(w, blocks, feedback.comments, feedback.coachName);
  const page = coachPage(w, feedback);
  if (!page) return commented;
  // Straight after the cover, so it is the first thing read after it.
  const at = commented.findIndex((b) => b.type === "cover") + 1;
  return commented.toSpliced(at, 0, page);
}
