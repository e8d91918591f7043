import { findField, hasVisibleText } from "../content/kinds";
import type { Words } from "../content/language";
import { coverFieldIds, type PdfBlock } from "./pdf-blocks";

/**
 * The coach's comments (from a feedback file the user added), each printed straight after the
 * answer it is about. Comments on the About-you answers, which the cover prints, follow the
 * cover. Pure, like toPdfBlocks, and kept apart from it.
 */

export function withCoachComments(
  w: Words,
  blocks: PdfBlock[],
  comments: Readonly<Record<string, string>>,
): PdfBlock[] {
  const commentOn = (fieldId: string): PdfBlock[] => {
    const text = comments[fieldId];
    const field = findField(w.workbook, fieldId)?.field;
    if (!text || !hasVisibleText(text) || !field) return [];
    return [
      {
        type: "coachComment",
        fieldId,
        label: field.label,
        heading: w.more.pdf.coachSaid,
        text: text.trim(),
      },
    ];
  };
  return blocks.flatMap((block) => {
    if (block.type === "field") return [block, ...commentOn(block.fieldId)];
    if (block.type === "cover") return [block, ...Object.values(coverFieldIds).flatMap(commentOn)];
    return [block];
  });
}
