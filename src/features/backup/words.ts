import { findField, LIMITS } from "../../content/kinds";
import type { Words } from "../../content/language";
import type { LeftOut, Problem } from "../../formats/problems";

/** A question by its id, in quotes, in the language shown: “Your name”. */
export function questionName(fieldId: string, w: Words): string {
  const label = findField(w.workbook, fieldId)?.field.label ?? fieldId;
  return w.fill(w.more.common.quoted, { text: label });
}

/** Why a file or link cannot be used, in the language shown. */
export function problemText(problem: Problem, w: Words): string {
  return w.fill(w.more.files[problem.key], {
    ...(problem.fieldId !== undefined && { question: questionName(problem.fieldId, w) }),
    ...(problem.count !== undefined && { count: problem.count }),
    max: ["tooLong", "linkAnswerTooLong", "commentTooLong"].includes(problem.key)
      ? LIMITS.textLength
      : LIMITS.rows,
  });
}

/** What in a file does not fit this workbook, in the language shown. */
export function leftOutText(item: LeftOut, w: Words): string {
  const words = w.more.leftOut;
  switch (item.key) {
    case "damaged":
      return w.fill(words.damaged, { question: questionName(item.fieldId, w) });
    case "rowParts":
      return w.fill(words.rowParts, {
        question: questionName(item.fieldId, w),
        row: item.row,
        parts: w.formats.list(item.parts),
      });
    case "checks":
      return w.plural(words.checks, item.count, { question: questionName(item.fieldId, w) });
    case "answers":
    case "comments":
    case "copies":
      return w.plural(words[item.key], item.count);
    case "madeAtNotReal":
      return words.madeAtNotReal;
  }
}

/** "3 May 2025 at 10:00", in the user's own time zone and the language shown. */
export function dateTime(date: Date, w: Words): string {
  const time = new Intl.DateTimeFormat(w.formats.locale, { hour: "2-digit", minute: "2-digit" });
  return w.fill(w.more.backup.dateTime, {
    date: w.formats.longDate(date),
    time: time.format(date),
  });
}
