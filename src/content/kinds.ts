import { parseNumber } from "./numbers";
import type {
  Answers,
  Field,
  FieldKind,
  FieldOfKind,
  FieldValueByKind,
  Part,
  Step,
  Workbook,
} from "./types";

/**
 * A handler for every field kind. A new kind does not compile until each map handles it.
 * `context` is the field's step and every answer, for kinds worked out from other answers.
 */
export type KindMap<R> = {
  [K in FieldKind]: (field: FieldOfKind<K>, value: FieldValueByKind[K], context: KindContext) => R;
};

/** The answers a value may be worked out from, and the fields of its step that name them. */
export type KindContext = { answers: Answers; fields: readonly Field[] };

const noContext: KindContext = { answers: {}, fields: [] };

/** Calls the handler for the field's kind. The cast is safe: the map is exhaustive by type. */
export function byKind<R>(
  map: KindMap<R>,
  field: Field,
  value: FieldValueByKind[FieldKind],
  context: KindContext = noContext,
): R {
  const handler = map[field.kind] as (
    f: Field,
    v: FieldValueByKind[FieldKind],
    c: KindContext,
  ) => R;
  return handler(field, value, context);
}

const emptyValue: { [K in FieldKind]: (field: FieldOfKind<K>) => FieldValueByKind[K] } = {
  text: () => "",
  longText: () => "",
  table: () => [],
  list: () => [],
  checklist: () => ({ items: {}, own: [] }),
  number: () => "",
  calculated: () => null,
  scorecard: () => [],
};

export function emptyValueOf(field: Field): FieldValueByKind[FieldKind] {
  return (emptyValue[field.kind] as (f: Field) => FieldValueByKind[FieldKind])(field);
}

/** The most one answer may hold, and the most rows one table or list may have. */
export const LIMITS = { textLength: 20_000, rows: 300 } as const;

/**
 * True when text has something a reader can see: not only spaces, line breaks, or invisible
 * characters such as zero-width spaces, joiners, soft hyphens or a byte-order mark.
 */
export function hasVisibleText(text: string): boolean {
  return /[^\p{White_Space}\p{Cc}\p{Cf}\u2800\u3164\u115F\u1160\uFFA0]/u.test(text);
}

/** "Answered" is defined here, once, for every kind. */
const answered: KindMap<boolean> = {
  text: (_, v) => hasVisibleText(v),
  longText: (_, v) => hasVisibleText(v),
  table: (field, rows) =>
    rows.some((row) => field.columns.some((c) => hasVisibleText(row[c.id] ?? ""))),
  list: (_, items) => items.some((item) => hasVisibleText(item.text)),
  checklist: (_, v) =>
    Object.values(v.items).some((entry) => entry.status !== "") ||
    v.own.some((entry) => hasVisibleText(entry.text) || entry.status !== ""),
  number: (_, v) => hasVisibleText(v),
  // Answered once every number it needs is filled in and reads as a number: in any language,
  // as the language changes only what "1,200" or "1.200" is worth, never whether it reads.
  calculated: (field, _, { answers }) =>
    field.times.every((id) => {
      const text = answers[id];
      return typeof text === "string" && parseNumber(text).status === "ok";
    }),
  scorecard: (field, rows) =>
    rows.some((row) => field.columns.some((c) => hasVisibleText(row[c.id] ?? ""))),
};

export function allFields(workbook: Workbook): Field[] {
  return workbook.steps.flatMap((step) => step.fields);
}

/** Where a question is: the field, its step, and the step's number as the user sees it. */
export type FieldPlace = { field: Field; step: Step; stepNumber: number };

const places = new WeakMap<Workbook, Map<string, FieldPlace>>();

/** Finds a question by id; the one lookup every part of the app uses. */
export function findField(workbook: Workbook, id: string): FieldPlace | undefined {
  let index = places.get(workbook);
  if (!index) {
    index = new Map();
    for (const [i, step] of workbook.steps.entries())
      for (const field of step.fields) index.set(field.id, { field, step, stepNumber: i + 1 });
    places.set(workbook, index);
  }
  return index.get(id);
}

/** The empty answer for every field, with saved answers layered on top. */
export function withDefaults(workbook: Workbook, saved: Answers = {}): Answers {
  const answers: Answers = {};
  for (const field of allFields(workbook)) {
    answers[field.id] = saved[field.id] ?? emptyValueOf(field);
  }
  return answers;
}

export function valueOf(field: Field, answers: Answers): FieldValueByKind[FieldKind] {
  return answers[field.id] ?? emptyValueOf(field);
}

const NO_INPUTS: readonly string[] = [];

/** The answers a field is worked out from: none, except for a calculated value. */
export function inputsOf(field: Field): readonly string[] {
  return field.kind === "calculated" ? field.times : NO_INPUTS;
}

export function isAnswered(field: Field, answers: Answers): boolean {
  return byKind(answered, field, valueOf(field, answers), { answers, fields: [] });
}

/** The fields that ask something: a value worked out from other answers asks nothing. */
export function questionsOf(step: Step): readonly Field[] {
  return step.fields.filter((field) => field.kind !== "calculated");
}

export type Progress = { answered: number; total: number };

export function stepProgress(step: Step, answers: Answers): Progress {
  const questions = questionsOf(step);
  return {
    answered: questions.filter((field) => isAnswered(field, answers)).length,
    total: questions.length,
  };
}

export function workbookProgress(workbook: Workbook, answers: Answers): Progress {
  return workbook.steps.reduce(
    (sum, step) => {
      const p = stepProgress(step, answers);
      return { answered: sum.answered + p.answered, total: sum.total + p.total };
    },
    { answered: 0, total: 0 },
  );
}

/** How many questions in the whole workbook have an answer. */
export function answeredCount(workbook: Workbook, answers: Answers): number {
  return workbookProgress(workbook, answers).answered;
}

/** A part of the workbook with its steps. */
export type PartOfWorkbook = Part & { steps: Step[] };

/**
 * The steps of each part, in order. A part runs from its first step to the next part's; the
 * review step, which closes the workbook, belongs to none.
 */
export function partsOf(workbook: Workbook): PartOfWorkbook[] {
  const start = (p: number) => {
    const part = workbook.parts[p];
    return part ? workbook.steps.findIndex((s) => s.id === part.firstStepId) : undefined;
  };
  return workbook.parts.map((part, p) => ({
    ...part,
    steps: workbook.steps.slice(start(p), start(p + 1)).filter((step) => !step.review),
  }));
}
