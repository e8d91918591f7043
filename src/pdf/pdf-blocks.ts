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
import { calculate, recommendScore, scorePoints, type ScorePoint } from "../content/sums";
import type { Answers, CheckStatus, Workbook } from "../content/types";
import { isoDate, longDate } from "../lib/dates";

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
  statusText: string;
  note: string;
};

/** The drawable shape of one answer. Each field kind maps to one of these. */
export type PdfAnswer =
  | { type: "empty" }
  | { type: "text"; paragraphs: string[] }
  | { type: "list"; items: string[] }
  | { type: "table"; headings: string[]; rows: string[][] }
  | { type: "checklist"; noteLabel: string; items: PdfCheckItem[] }
  /** A scorecard: its table, with each month's score, and a chart of the scores. */
  | {
      type: "scorecard";
      headings: string[];
      rows: string[][];
      chartTitle: string;
      points: ScorePoint[];
    };

export type CoverDetail = { label: string; value: string; fieldId: string };
export type CoverProgress = { number: number; title: string; answered: number; total: number };

export type PdfBlock =
  | {
      type: "cover";
      title: string;
      subtitle: string;
      details: CoverDetail[];
      date: string;
      progress: CoverProgress[];
    }
  | { type: "step"; number: number; title: string; prompt: string }
  | { type: "field"; fieldId: string; label: string; answered: boolean; answer: PdfAnswer }
  | { type: "notes"; title: string };

/** Everything the PDF needs beyond its blocks: file name, metadata and footer. */
export type PdfInfo = {
  title: string;
  subject: string;
  author: string;
  /** "name · business", printed before "Page X of Y" on every page. */
  footer: string;
  fileName: string;
};

const trimmed = (s: string | undefined) => (s ?? "").trim();

/**
 * Each field kind's answer as drawable data. A new field kind does not compile until it has an
 * entry here, the same way the screens' field map works.
 */
const answerKinds = (labels: Workbook["checkStatusLabels"]): KindMap<PdfAnswer> => ({
  text: (_, value) =>
    trimmed(value) ? { type: "text", paragraphs: [value.trim()] } : { type: "empty" },
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
      : { type: "empty" },
  table: (field, rows) => {
    const filled = rows
      .map((row) => field.columns.map((c) => trimmed(row[c.id])))
      .filter((cells) => cells.some((cell) => cell !== ""));
    return filled.length
      ? { type: "table", headings: field.columns.map((c) => c.heading), rows: filled }
      : { type: "empty" };
  },
  list: (_, items) => {
    const texts = items.map((item) => trimmed(item.text)).filter((text) => text !== "");
    return texts.length ? { type: "list", items: texts } : { type: "empty" };
  },
  // The sheet's items always print, ticked or not, so the coach can work through them on paper.
  checklist: (field, value) => ({
    type: "checklist",
    noteLabel: field.noteLabel,
    items: [
      ...field.items.map((item) => checkItem(labels, item.text, false, value.items[item.id])),
      ...value.own
        .filter((entry) => trimmed(entry.text) !== "" || entry.status !== "")
        .map((entry) => checkItem(labels, trimmed(entry.text) || "(not described)", true, entry)),
    ],
  }),
  // The number as typed: what the user wrote is what the coach sees.
  number: (_, value) =>
    trimmed(value) ? { type: "text", paragraphs: [value.trim()] } : { type: "empty" },
  // The sum that made the value: "£150 × 52 × 10 = £78,000".
  calculated: (field, _, { answers, fields }) => {
    const result = calculate(field, fields, answers);
    return result.status === "ok" ? { type: "text", paragraphs: [result.sum] } : { type: "empty" };
  },
  scorecard: (field, rows) => {
    const filled = rows.filter((row) => field.columns.some((c) => trimmed(row[c.id]) !== ""));
    if (filled.length === 0) return { type: "empty" };
    return {
      type: "scorecard",
      headings: [...field.columns.map((c) => c.heading), field.score.heading],
      rows: filled.map((row) => {
        const score = recommendScore(field, row);
        return [
          ...field.columns.map((c) => trimmed(row[c.id])),
          score.status === "ok" ? score.text : "",
        ];
      }),
      chartTitle: field.chartTitle,
      points: scorePoints(field, filled),
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
    statusText: status ? labels[status] : "No answer",
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
export function toPdfBlocks(content: Workbook, answers: Answers, date = new Date()): PdfBlock[] {
  const onCover = new Set<string>(Object.values(coverFieldIds));
  const blocks: PdfBlock[] = [];
  const numbered = content.steps.map((step, index) => ({ step, number: index + 1 }));
  const answerOf = answerKinds(content.checkStatusLabels);

  blocks.push({
    type: "cover",
    title: content.title,
    subtitle: content.subtitle,
    details: Object.values(coverFieldIds).flatMap((id) => {
      const field = findField(content, id)?.field;
      return field
        ? [{ label: field.label, value: textAnswer(content, answers, id), fieldId: id }]
        : [];
    }),
    date: longDate(date),
    progress: numbered
      .filter(({ step }) => step.fields.length > 0)
      .map(({ step, number }) => ({ number, title: step.title, ...stepProgress(step, answers) })),
  });

  for (const { step, number } of numbered) {
    // The cover already prints the About-you answers; a step with nothing else is left out.
    const fields = step.fields.filter((f) => !onCover.has(f.id));
    if (fields.length === 0) continue;
    blocks.push({ type: "step", number, title: step.title, prompt: step.prompt });
    for (const field of fields) {
      blocks.push({
        type: "field",
        fieldId: field.id,
        label: field.label,
        answered: isAnswered(field, answers),
        answer: byKind(answerOf, field, valueOf(field, answers), { answers, fields: step.fields }),
      });
    }
  }

  blocks.push({ type: "notes", title: NOTES_TITLE });
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
    title: business ? `${content.title}: ${business}` : content.title,
    subject: `${content.subtitle}, for the coaching session`,
    author: name || content.title,
    footer: who.length ? who.join(" · ") : content.title,
    fileName: pdfFileName(business, date),
  };
}
