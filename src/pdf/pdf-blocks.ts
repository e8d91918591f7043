/**
 * What the coaching PDF says, as plain data. The jsPDF writer only decides where things go on
 * the page; every word it prints comes from here. No jsPDF import, so this stays cheap to test.
 */
import {
  byKind,
  findField,
  isAnswered,
  stepProgress,
  valueOf,
  type KindMap,
} from "../content/kinds";
import { answerLines, changesBetween, type ChangeKind } from "../content/changes";
import type { Words } from "../content/language";
import { calculate, chartDescription, recommendScore, scorePoints, sumText } from "../content/sums";
import type { Answers, CheckStatus, Workbook } from "../content/types";
import { sinceDateOf } from "../lib/dates";
import { pdfFileName } from "./pdf-file-name";

/** The About-you answers the cover and footer print. A test checks they exist in the content. */
export const coverFieldIds = {
  name: "yourName",
  business: "businessName",
  businessWhat: "businessWhat",
  coach: "coachName",
} as const;

export type PdfCheckItem = {
  text: string;
  /** Added by the user rather than taken from the sheet. */
  own: boolean;
  status: CheckStatus;
  /** The chosen answer's words; empty when none was chosen. */
  statusText: string;
  note: string;
};

/** How many ruled lines an unanswered question gets for the coaching session. */
export const WRITING_LINES = { number: 1, text: 2, longText: 4, list: 3, tableRows: 3 } as const;

/** The drawable shape of one answer. Each field kind maps to one of these. */
export type PdfAnswer =
  /** Nothing written yet: ruled lines to write on. */
  | { type: "empty"; lines: number }
  | { type: "text"; paragraphs: string[] }
  | { type: "list"; items: string[] }
  /** `blankRows` empty rows follow the filled ones, for the pen. */
  | { type: "table"; headings: string[]; rows: string[][]; blankRows: number }
  /** `options` are the answers an item can have, each given a box when none is chosen. */
  | { type: "checklist"; noteLabel: string; options: string[]; items: PdfCheckItem[] }
  /**
   * A scorecard: its table and, beside it, each month's recommend score charted. `scores` has one
   * entry for each row, null where the row's numbers give no score; `problems` says why, where
   * the numbers cannot give one ("" where they are only not filled in yet).
   */
  | {
      type: "scorecard";
      headings: string[];
      rows: string[][];
      scores: ({ value: number; text: string } | null)[];
      problems: string[];
      blankRows: number;
      chartTitle: string;
      /** The chart in words, every month's score: what the screen's chart is named. */
      chartAlt: string;
    };

export type CoverDetail = {
  label: string;
  value: string;
  fieldId: string;
  /** "New since 12 Nov" or "Changed since 12 Nov", as any other answer has. */
  since?: string;
};
export type CoverProgress = {
  number: number;
  title: string;
  answered: number;
  total: number;
  /** "3 of 5 answered", "All answered", "Not started". */
  words: string;
};

export type PdfBlock =
  | {
      type: "cover";
      title: string;
      subtitle: string;
      details: CoverDetail[];
      date: string;
      progress: CoverProgress[];
      /** "Since 12 Nov: 2 new answers, 1 changed.", when an earlier PDF was made. */
      changes?: string;
      /** Steps whose every answer the cover prints ("About you"), bookmarked to it. */
      steps: { number: number; title: string }[];
    }
  | { type: "step"; number: number; title: string; prompt: string }
  | {
      type: "field";
      fieldId: string;
      label: string;
      answered: boolean;
      answer: PdfAnswer;
      /** "New since 12 Nov", "Changed since 12 Nov" or "Removed since 12 Nov". */
      since?: string;
      /** A removed answer: what it said then, a line per row, item or check. */
      was?: string[];
    }
  | { type: "notes"; title: string; lead: string; holdsAnswers?: string }
  /** A comment from the coach's feedback file, under the answer it is about (coach-comments.ts). */
  | { type: "coachComment"; fieldId: string; label: string; heading: string; text: string }
  /** A page after the cover summing up the coach's feedback (coach-comments.ts). */
  | {
      type: "coachPage";
      title: string;
      intro: string;
      commentsTitle: string;
      /** Each comment, with the question it is about ("Step 2: …"). */
      comments: { label: string; text: string }[];
      actionsTitle: string;
      actions: { headings: string[]; rows: string[][] } | null;
    };

/** The answers of the last PDF made, which this one is compared with. */
export type Since = { takenAt: number; answers: Answers };

/** "Since 12 Nov: 2 new answers, 1 changed, 1 removed." or that nothing has changed. */
export function changesSummary(kinds: ChangeKind[], since: string, w: Words): string {
  const t = w.more.pdf;
  const tally = (kind: ChangeKind) => kinds.filter((k) => k === kind).length;
  const forms = { new: t.newAnswers, changed: t.changedAnswers, removed: t.removedAnswers };
  const parts = (["new", "changed", "removed"] as const)
    .filter((kind) => tally(kind) > 0)
    .map((kind) => w.plural(forms[kind], tally(kind)));
  return parts.length
    ? w.fill(t.changesSince, { date: since, changes: w.formats.unitList(parts) })
    : w.fill(t.noChangesSince, { date: since });
}

/** The mark of a new, changed or removed answer, to spread into its block. */
function sinceWords(change: ChangeKind | undefined, date: string, w: Words) {
  if (!change) return {};
  const { newSince, changedSince, removedSince } = w.more.pdf;
  const words = { new: newSince, changed: changedSince, removed: removedSince };
  return { since: w.fill(words[change], { date }) };
}

/** How much of a step is answered, on the cover. */
function progressWords(p: { answered: number; total: number }, w: Words): string {
  const t = w.more.pdf;
  if (p.answered === p.total) return t.allAnswered;
  return p.answered === 0 ? t.notStarted : w.plural(t.someAnswered, p.total, p);
}

/** The PDF's own words, for the drawers, and whether its pages read right to left. */
export type PdfWords = Words["more"]["pdf"] & { locale: string; rtl: boolean };

/** Everything the PDF needs beyond its blocks: file name, metadata, footer and its own words. */
export type PdfInfo = {
  /** The content's language, declared in the PDF for screen readers and search. */
  language: string;
  title: string;
  subject: string;
  author: string;
  /** "name · business", printed before "Page X of Y" on every page. */
  footer: string;
  fileName: string;
  /** What the answers carried inside the PDF are, said to whoever lists its attachments. */
  attachment: string;
  words: PdfWords;
};

const trimmed = (s: string | undefined) => (s ?? "").trim();

/** The order a checklist's answers are offered in, on paper as on screen. */
const CHECK_OPTIONS = ["yes", "notYet", "notRelevant"] as const satisfies readonly Exclude<
  CheckStatus,
  ""
>[];

/**
 * Each field kind's answer as drawable data. A new field kind does not compile until it has an
 * entry here, the same way the screens' field map works.
 */
const answerKinds = (w: Words): KindMap<PdfAnswer> => ({
  text: (_, value) =>
    trimmed(value)
      ? { type: "text", paragraphs: [value.trim()] }
      : { type: "empty", lines: WRITING_LINES.text },
  longText: (_, value) =>
    // Keep the user's own line breaks; blank lines between paragraphs collapse to one gap.
    trimmed(value)
      ? {
          type: "text",
          paragraphs: value
            .trim()
            .split(/\r?\n\s*\r?\n/)
            .map((p) => p.trim()),
        }
      : { type: "empty", lines: WRITING_LINES.longText },
  table: (field, rows) => {
    const filled = rows
      .map((row) => field.columns.map((c) => trimmed(row[c.id])))
      .filter((cells) => cells.some((cell) => cell !== ""));
    const headings = field.columns.map((c) => c.heading);
    return filled.length
      ? { type: "table", headings, rows: filled, blankRows: 0 }
      : { type: "table", headings, rows: [], blankRows: WRITING_LINES.tableRows };
  },
  list: (_, items) => {
    const texts = items.map((item) => trimmed(item.text)).filter((text) => text !== "");
    return texts.length
      ? { type: "list", items: texts }
      : { type: "empty", lines: WRITING_LINES.list };
  },
  // The sheet's items always print, ticked or not, so the coach can work through them on paper.
  checklist: (field, value) => {
    const labels = w.workbook.checkStatusLabels;
    const unnamed = w.more.checklist.notDescribed;
    return {
      type: "checklist",
      noteLabel: field.noteLabel,
      options: CHECK_OPTIONS.map((status) => labels[status]),
      items: [
        ...field.items.map((item) => checkItem(labels, item.text, false, value.items[item.id])),
        ...value.own
          .filter((entry) => trimmed(entry.text) !== "" || entry.status !== "")
          .map((entry) => checkItem(labels, trimmed(entry.text) || unnamed, true, entry)),
      ],
    };
  },
  // The number as typed: what the user wrote is what the coach sees.
  number: (_, value) =>
    trimmed(value)
      ? { type: "text", paragraphs: [value.trim()] }
      : { type: "empty", lines: WRITING_LINES.number },
  // The sum that made the value: "£150 × 52 × 10 = £78,000".
  calculated: (field, _, { answers, fields }) => {
    const result = calculate(field, fields, answers, w.answersLocale ?? w.formats.locale);
    return result.status === "ok"
      ? { type: "text", paragraphs: [sumText(result, w)] }
      : { type: "empty", lines: WRITING_LINES.number };
  },
  scorecard: (field, rows) => {
    const filled = rows.filter((row) => field.columns.some((c) => trimmed(row[c.id]) !== ""));
    return {
      type: "scorecard",
      headings: field.columns.map((c) => c.heading),
      rows: filled.map((row) => field.columns.map((c) => trimmed(row[c.id]))),
      scores: filled.map((row) => {
        const score = recommendScore(field, row, w);
        return score.status === "ok" ? { value: score.value, text: score.text } : null;
      }),
      problems: filled.map((row) => {
        const score = recommendScore(field, row, w);
        return score.status === "error" ? w.fill(w.more.pdf.noScore, score) : "";
      }),
      // An empty scorecard prints as months to fill in on paper.
      blankRows: filled.length ? 0 : WRITING_LINES.tableRows,
      chartTitle: field.chartTitle,
      chartAlt: chartDescription(field, scorePoints(field, filled, w), w),
    };
  },
});

function checkItem(
  labels: Workbook["checkStatusLabels"],
  text: string,
  own: boolean,
  entry: { status: CheckStatus; note: string } | undefined,
): PdfCheckItem {
  const status = entry?.status ?? "";
  return {
    text,
    own,
    status,
    statusText: status ? labels[status] : "",
    note: trimmed(entry?.note),
  };
}

function textAnswer(content: Workbook, answers: Answers, id: string): string {
  const field = findField(content, id)?.field;
  if (!field) return "";
  const value = valueOf(field, answers);
  return typeof value === "string" ? value.trim() : "";
}

/**
 * The workbook and its answers as blocks, in reading order: cover, steps, notes page; in the
 * words of `w` (the language shown, or English for the coach), the answers as typed.
 */
export function toPdfBlocks(
  w: Words,
  answers: Answers,
  date = new Date(),
  extra: { since?: Since | undefined; holdsAnswers?: boolean } = {},
): PdfBlock[] {
  const content = w.workbook;
  const t = w.more.pdf;
  const onCover = new Set<string>(Object.values(coverFieldIds));
  const blocks: PdfBlock[] = [];
  const { since } = extra;
  const sinceDate = since ? sinceDateOf(since.takenAt, date, w) : "";
  const changes = since ? changesBetween(content, since.answers, answers) : [];
  const changeOf = new Map(changes.map((c) => [c.field.id, c.kind]));
  const numbered = content.steps.map((step, index) => ({ step, number: index + 1 }));
  const answerOf = answerKinds(w);

  blocks.push({
    type: "cover",
    title: content.title,
    subtitle: content.subtitle,
    details: Object.values(coverFieldIds).flatMap((id) => {
      const field = findField(content, id)?.field;
      const since = sinceWords(changeOf.get(id), sinceDate, w);
      return field
        ? [{ label: field.label, value: textAnswer(content, answers, id), fieldId: id, ...since }]
        : [];
    }),
    date: w.formats.longDate(date),
    progress: numbered
      .filter(({ step }) => step.fields.length > 0)
      .map(({ step, number }) => {
        const progress = stepProgress(step, answers);
        return { number, title: step.title, ...progress, words: progressWords(progress, w) };
      }),
    ...(since && {
      changes: changesSummary(
        changes.map((c) => c.kind),
        sinceDate,
        w,
      ),
    }),
    steps: numbered
      .filter(({ step }) => step.fields.length > 0 && step.fields.every((f) => onCover.has(f.id)))
      .map(({ step, number }) => ({ number, title: step.title })),
  });

  for (const { step, number } of numbered) {
    // The cover already prints the About-you answers; a step with nothing else is left out.
    const fields = step.fields.filter((f) => !onCover.has(f.id));
    if (fields.length === 0) continue;
    blocks.push({ type: "step", number, title: step.title, prompt: step.prompt });
    for (const field of fields) {
      const change = changeOf.get(field.id);
      blocks.push({
        type: "field",
        fieldId: field.id,
        label: field.label,
        answered: isAnswered(field, answers),
        answer: byKind(answerOf, field, valueOf(field, answers), { answers, fields: step.fields }),
        ...sinceWords(change, sinceDate, w),
        ...(since && change === "removed" && { was: answerLines(w, field, since.answers) }),
      });
    }
  }

  blocks.push({
    type: "notes",
    title: t.notesTitle,
    lead: t.notesLead,
    ...(extra.holdsAnswers && { holdsAnswers: t.holdsAnswers }),
  });
  return blocks;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`
    : text;
}

export function pdfInfo(w: Words, answers: Answers, date = new Date()): PdfInfo {
  const content = w.workbook;
  const t = w.more.pdf;
  const name = textAnswer(content, answers, coverFieldIds.name);
  const business = textAnswer(content, answers, coverFieldIds.business);
  // The footer has one line to share with the page number.
  const who = [name, business].filter(Boolean).map((s) => shorten(s, 40));
  return {
    language: content.language,
    title: business ? w.fill(t.title, { workbook: content.title, business }) : content.title,
    subject: w.fill(t.subject, { subtitle: content.subtitle }),
    author: name || content.title,
    footer: who.length ? who.join(" · ") : content.title,
    fileName: pdfFileName(business, date),
    attachment: t.attachment,
    words: { ...t, locale: w.formats.locale, rtl: w.info.dir === "rtl" },
  };
}
