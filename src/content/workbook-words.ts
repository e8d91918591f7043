import type { FieldStructure, parts, steps } from "./structure";

/**
 * What the words of the workbook must hold, worked out from its structure: for each step, its
 * title, prompt and tips, and for each of its questions the words its kind needs (a table's
 * column headings by column id, a checklist's items by item id…). English's words
 * (words/en/workbook.ts) satisfy this, so a new question does not compile until it has words;
 * every other language then has the shape of the English words (catalogue.ts).
 */

type Texts = readonly string[];

type FieldWordsByKind<F extends FieldStructure> = F extends {
  kind: "table";
  columns: readonly (infer C extends string)[];
}
  ? {
      label: string;
      hint?: string;
      columns: Record<C, string>;
      /** Name of the button that adds an empty row, e.g. "Add contact point". */
      addLabel: string;
      /** One-click rows, pre-filled in the first column, under `suggestionsTitle`. */
      suggestions?: Texts;
      suggestionsTitle?: string;
    }
  : F extends { kind: "list" }
    ? {
        label: string;
        hint?: string;
        /** What one item is called, e.g. "Promise": labels read "Promise 1". */
        itemLabel: string;
        addLabel: string;
        suggestions?: Texts;
        /** Name of each suggestion's button, e.g. "Add to my list". */
        suggestionLabel?: string;
      }
    : F extends { kind: "checklist"; items: readonly (infer I extends string)[] }
      ? {
          label: string;
          hint?: string;
          items: Record<I, string>;
          noteLabel: string;
          /** Name of the button that adds a check of one's own, where that is allowed. */
          ownAddLabel?: string;
        }
      : F extends { kind: "scorecard"; columns: readonly (infer C extends string)[] }
        ? {
            label: string;
            hint?: string;
            columns: Record<C, string>;
            addLabel: string;
            /** The heading of the worked-out score, e.g. "Recommend score". */
            scoreHeading: string;
            /** The chart's accessible name begins with this. */
            chartTitle: string;
          }
        : { label: string; hint?: string };

type StepWordsOf<S extends (typeof steps)[number]> = {
  title: string;
  /** Short title for tight spaces such as the presentation counter. */
  shortTitle: string;
  /** What the step asks of the user, in a sentence or two. */
  prompt: string;
  /** Key points from the sheet, shown before the questions. */
  points?: Texts;
  tips?: Texts;
  /** Introduces the worked example for this step. */
  exampleIntro?: string;
  fields: { [F in S["fields"][number] as F["id"]]: FieldWordsByKind<F> };
};

export type PartWords = {
  title: string;
  /** What the welcome says of it after its number of steps: "about 45 minutes". */
  welcome: string;
  /** Said at the top of its first step, where the part starts. */
  intro?: string;
};

export type WorkbookWordsFor = {
  title: string;
  subtitle: string;
  /** The fictional business whose answers make the worked example. */
  exampleBusiness: string;
  /** What each checklist answer is called, on screen and in the PDF. */
  checkStatusLabels: { yes: string; notYet: string; notRelevant: string };
  /** The first word on a first visit, shown with the first step. */
  welcome: {
    title: string;
    lead: string;
    saved: string;
    /** Where the PDF is made: `{step}` is the review step's title. */
    pdf: string;
  };
  parts: { [P in (typeof parts)[number] as P["id"]]: PartWords };
  steps: { [S in (typeof steps)[number] as S["id"]]: StepWordsOf<S> };
};

/**
 * The words the first screen shows (scripts/first-words.ts): everything but the steps, which
 * have their titles, and the first step whole.
 */
export type FirstScreenWords = Omit<WorkbookWordsFor, "steps"> & {
  steps: {
    [K in keyof WorkbookWordsFor["steps"]]: Pick<
      WorkbookWordsFor["steps"][K],
      "title" | "shortTitle"
    > &
      Partial<WorkbookWordsFor["steps"][K]>;
  };
};
