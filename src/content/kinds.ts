import type {
  Answers,
  Field,
  FieldKind,
  FieldOfKind,
  FieldValueByKind,
  Step,
  Workbook,
} from "./types";

/** A handler for every field kind. A new kind does not compile until each map handles it. */
export type KindMap<R> = {
  [K in FieldKind]: (field: FieldOfKind<K>, value: FieldValueByKind[K]) => R;
};

/** Calls the handler for the field's kind. The cast is safe: the map is exhaustive by type. */
export function byKind<R>(map: KindMap<R>, field: Field, value: FieldValueByKind[FieldKind]): R {
  const handler = map[field.kind] as (f: Field, v: FieldValueByKind[FieldKind]) => R;
  return handler(field, value);
}

const emptyValue: { [K in FieldKind]: (field: FieldOfKind<K>) => FieldValueByKind[K] } = {
  text: () => "",
  longText: () => "",
  table: () => [],
  list: () => [],
  checklist: () => ({ items: {}, own: [] }),
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

export function isAnswered(field: Field, answers: Answers): boolean {
  return byKind(answered, field, valueOf(field, answers));
}

export type Progress = { answered: number; total: number };

export function stepProgress(step: Step, answers: Answers): Progress {
  return {
    answered: step.fields.filter((field) => isAnswered(field, answers)).length,
    total: step.fields.length,
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
