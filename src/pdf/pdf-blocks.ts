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
import { changesBetween, type ChangeKind } from "../content/changes";
import { calculate, chartDescription, recommendScore, scorePoints } from "../content/sums";
import type { Answers, CheckStatus, Workbook } from "../content/types";
import { isoDate, longDate, shortDate } from "../lib/dates";

/** The About-you answers the cover and footer print. A test checks they exist in the content. */
export const coverFieldIds = {
  name: "yourName",
  business: "businessName",
  businessWhat: "businessWhat",
  coach: "coachName",
} as const;

export const NOT_ANSWERED = "Not answered yet";
export const NOTES_TITLE = "Notes from the coaching session";

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
export type CoverProgress = { number: number; title: string; answered: number; total: number };

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
      /** "New since 12 Nov" or "Changed since 12 Nov". */
      since?: string;
    }
  | { type: "notes"; title: string; holdsAnswers?: string }
  /** A comment from the coach's feedback file, under the answer it is about (coach-comments.ts). */
  | { type: "coachComment"; fieldId: string; label: string; heading: string; text: string };

/** The answers of the last PDF made, which this one is compared with. */
export type Since = { takenAt: number; answers: Answers };

/** Said on the last page of a PDF that carries the answers inside it. */
export const HOLDS_ANSWERS =
  "This PDF also holds a copy of your answers. To get them back on any computer, open the " +
  "workbook, choose “Restore from backup” and pick this PDF.";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Since 12 Nov: 2 new answers, 1 changed, 1 removed." or that nothing has changed. */
export function changesSummary(kinds: ChangeKind[], since: string): string {
  const tally = (kind: ChangeKind) => kinds.filter((k) => k === kind).length;
  const parts = [
    tally("new") && count(tally("new"), "new answer", "new answers"),
    tally("changed") && `${tally("changed")} changed`,
    tally("removed") && `${tally("removed")} removed`,
  ].filter(Boolean);
  return parts.length
    ? `Since your last PDF on ${since}: ${parts.join(", ")}.`
    : `No answers have changed since your last PDF on ${since}.`;
}

const SINCE_WORDS: Record<Exclude<ChangeKind, "removed">, string> = {
  new: "New since",
  changed: "Changed since",
};

/** The mark of a new or changed answer, to spread into its block. */
const sinceWords = (change: ChangeKind | undefined, date: string) =>
  change && change !== "removed" ? { since: `${SINCE_WORDS[change]} ${date}` } : {};

/** Everything the PDF needs beyond its blocks: file name, metadata and footer. */
export type PdfInfo = {
  /** The content's language, declared in the PDF for screen readers and search. */
  language: string;
  title: string;
  subject: string;
  author: string;
  /** "name · business", printed before "Page X of Y" on every page. */
  footer: string;
  fileName: string;
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
const answerKinds = (labels: Workbook["checkStatusLabels"]): KindMap<PdfAnswer> => ({
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
  checklist: (field, value) => ({
    type: "checklist",
    noteLabel: field.noteLabel,
    options: CHECK_OPTIONS.map((status) => labels[status]),
    items: [
      ...field.items.map((item) => checkItem(labels, item.text, false, value.items[item.id])),
      ...value.own
        .filter((entry) => trimmed(entry.text) !== "" || entry.status !== "")
        .map((entry) => checkItem(labels, trimmed(entry.text) || "(not described)", true, entry)),
    ],
  }),
  // The number as typed: what the user wrote is what the coach sees.
  number: (_, value) =>
    trimmed(value)
      ? { type: "text", paragraphs: [value.trim()] }
      : { type: "empty", lines: WRITING_LINES.number },
  // The sum that made the value: "£150 × 52 × 10 = £78,000".
  calculated: (field, _, { answers, fields }) => {
    const result = calculate(field, fields, answers);
    return result.status === "ok"
      ? { type: "text", paragraphs: [result.sum] }
      : { type: "empty", lines: WRITING_LINES.number };
  },
  scorecard: (field, rows) => {
    const filled = rows.filter((row) => field.columns.some((c) => trimmed(row[c.id]) !== ""));
    return {
      type: "scorecard",
      headings: field.columns.map((c) => c.heading),
      rows: filled.map((row) => field.columns.map((c) => trimmed(row[c.id]))),
      scores: filled.map((row) => {
        const score = recommendScore(field, row);
        return score.status === "ok" ? { value: score.value, text: score.text } : null;
      }),
      problems: filled.map((row) => {
        const score = recommendScore(field, row);
        return score.status === "error" ? `No score. ${score.message}` : "";
      }),
      // An empty scorecard prints as months to fill in on paper.
      blankRows: filled.length ? 0 : WRITING_LINES.tableRows,
      chartTitle: field.chartTitle,
      chartAlt: chartDescription(field, scorePoints(field, filled)),
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

/** The workbook and its answers as blocks, in reading order: cover, steps, notes page. */
export function toPdfBlocks(
  content: Workbook,
  answers: Answers,
  date = new Date(),
  extra: { since?: Since | undefined; holdsAnswers?: boolean } = {},
): PdfBlock[] {
  const onCover = new Set<string>(Object.values(coverFieldIds));
  const blocks: PdfBlock[] = [];
  const { since } = extra;
  const sinceDate = since ? shortDate(new Date(since.takenAt)) : "";
  const changes = since ? changesBetween(content, since.answers, answers) : [];
  const changeOf = new Map(changes.map((c) => [c.field.id, c.kind]));
  const numbered = content.steps.map((step, index) => ({ step, number: index + 1 }));
  const answerOf = answerKinds(content.checkStatusLabels);

  blocks.push({
    type: "cover",
    title: content.title,
    subtitle: content.subtitle,
    details: Object.values(coverFieldIds).flatMap((id) => {
      const field = findField(content, id)?.field;
      const since = sinceWords(changeOf.get(id), sinceDate);
      return field
        ? [{ label: field.label, value: textAnswer(content, answers, id), fieldId: id, ...since }]
        : [];
    }),
    date: longDate(date),
    progress: numbered
      .filter(({ step }) => step.fields.length > 0)
      .map(({ step, number }) => ({ number, title: step.title, ...stepProgress(step, answers) })),
    ...(since && {
      changes: changesSummary(
        changes.map((c) => c.kind),
        sinceDate,
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
        ...sinceWords(change, sinceDate),
      });
    }
  }

  blocks.push({
    type: "notes",
    title: NOTES_TITLE,
    ...(extra.holdsAnswers && { holdsAnswers: HOLDS_ANSWERS }),
  });
  return blocks;
}

/** Lower-case words joined by hyphens; accents go, letters of any script stay. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** keeping-customers-‹business›-‹yyyy-mm-dd›.pdf, or without the business when it has no name. */
export function pdfFileName(business: string, date: Date): string {
  const slug = slugify(business);
  return `keeping-customers-${slug ? `${slug}-` : ""}${isoDate(date)}.pdf`;
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

export function pdfInfo(content: Workbook, answers: Answers, date = new Date()): PdfInfo {
  const name = textAnswer(content, answers, coverFieldIds.name);
  const business = textAnswer(content, answers, coverFieldIds.business);
  // The footer has one line to share with the page number.
  const who = [name, business].filter(Boolean).map((s) => shorten(s, 40));
  return {
    language: content.language,
    title: business ? `${content.title}: ${business}` : content.title,
    subject: `${content.subtitle}, for the coaching session`,
    author: name || content.title,
    footer: who.length ? who.join(" · ") : content.title,
    fileName: pdfFileName(business, date),
  };
}
