import { parts, steps, type FieldStructure } from "./structure";
import type { Field, Step, Workbook } from "./types";
import type { FirstScreenWords, WorkbookWordsFor } from "./workbook-words";

/** A language's words for the workbook: the shape of the English ones (words/en/workbook.ts). */
export type WorkbookWords = WorkbookWordsFor;

type FieldWords = {
  label: string;
  hint?: string;
  columns?: Record<string, string>;
  items?: Record<string, string>;
  addLabel?: string;
  itemLabel?: string;
  noteLabel?: string;
  ownAddLabel?: string;
  suggestions?: readonly string[];
  suggestionsTitle?: string;
  suggestionLabel?: string;
  scoreHeading?: string;
  chartTitle?: string;
};

/**
 * One question: its structure with its words. Types check both sides; this only joins them.
 * Without words (a step the first screen does not show), its words are empty.
 */
function fieldIn(shape: FieldStructure, w: FieldWords = { label: "" }): Field {
  const base = { id: shape.id, label: w.label, ...(w.hint !== undefined && { hint: w.hint }) };
  const heading = (id: string) => ({ id, heading: w.columns?.[id] ?? id });
  const word = (text: string | undefined) => text ?? "";
  switch (shape.kind) {
    case "text":
    case "longText":
      return { kind: shape.kind, ...base, ...(shape.noComment && { noComment: true }) };
    case "number":
      return { kind: "number", ...base, ...(shape.money && { money: true }) };
    case "calculated":
      return { kind: "calculated", ...base, times: shape.times };
    case "table": {
      const [first, ...rest] = shape.columns;
      return {
        kind: "table",
        ...base,
        columns: [heading(first), ...rest.map(heading)],
        addLabel: word(w.addLabel),
        ...(w.suggestions && { suggestions: w.suggestions }),
        ...(w.suggestionsTitle !== undefined && { suggestionsTitle: w.suggestionsTitle }),
      };
    }
    case "list":
      return {
        kind: "list",
        ...base,
        itemLabel: word(w.itemLabel),
        addLabel: word(w.addLabel),
        ...(w.suggestions && { suggestions: w.suggestions }),
        ...(w.suggestionLabel !== undefined && { suggestionLabel: w.suggestionLabel }),
      };
    case "checklist":
      return {
        kind: "checklist",
        ...base,
        items: shape.items.map((id) => ({ id, text: w.items?.[id] ?? id })),
        noteLabel: word(w.noteLabel),
        ...(shape.own && { ownAddLabel: word(w.ownAddLabel) }),
      };
    case "scorecard": {
      const [first, ...rest] = shape.columns;
      return {
        kind: "scorecard",
        ...base,
        columns: [heading(first), ...rest.map(heading)],
        addLabel: word(w.addLabel),
        score: { heading: word(w.scoreHeading), ...shape.score },
        chartTitle: word(w.chartTitle),
      };
    }
  }
}

/**
 * The workbook in one language: the structure (structure.ts), the same in every language, with
 * that language's words. `language` is its BCP 47 tag, declared in the PDF. Given only the first
 * screen's words (shape.ts), the other steps have their titles and no other words.
 */
export function workbookIn(words: WorkbookWords | FirstScreenWords, language: string): Workbook {
  const stepWords = words.steps as Record<
    string,
    Pick<Step, "title" | "shortTitle"> &
      Partial<Omit<Step, "id" | "fields" | "review">> & { fields?: Record<string, FieldWords> }
  >;
  return {
    language,
    title: words.title,
    subtitle: words.subtitle,
    exampleBusiness: words.exampleBusiness,
    checkStatusLabels: words.checkStatusLabels,
    welcome: words.welcome,
    parts: parts.map((part) => ({ ...words.parts[part.id], firstStepId: part.firstStepId })),
    steps: steps.map((shape): Step => {
      const { fields, prompt = "", ...w } = stepWords[shape.id]!;
      const { fields: shapes, ...rest } = shape as typeof shape & { review?: true };
      return {
        ...w,
        prompt,
        ...rest,
        fields: (shapes as readonly FieldStructure[]).map((f) => fieldIn(f, fields?.[f.id])),
      };
    }),
  };
}
