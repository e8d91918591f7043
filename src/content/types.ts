/**
 * The shape of the workbook as data. Screens, progress and the PDF all read this;
 * none of them knows any step by name.
 */

/**
 * Rows of tables, list items and own checks carry an id of their own, made when they are added
 * and saved with them. Two tabs (or a restored backup) can then tell a changed row from a new
 * one, and a removed row can be put back where it was.
 */
export type RowId = { id: string };
/** A table row: its id, and one cell per column id. */
export type TableRow = RowId & Record<string, string>;
export type ListItem = RowId & { text: string };
export type CheckStatus = "" | "yes" | "notYet" | "notRelevant";
export type CheckEntry = { status: CheckStatus; note: string };
export type OwnCheckEntry = RowId & CheckEntry & { text: string };
export type ChecklistValue = { items: Record<string, CheckEntry>; own: OwnCheckEntry[] };
export type Row = TableRow | ListItem | OwnCheckEntry;

/** Something the user removed from a list of rows, kept so that it can be put back. */
export type Removal = {
  id: string;
  fieldId: string;
  /** Where the rows are within the answer: [] for a table or list, ["own"] for own checks. */
  path: readonly string[];
  /** Its place in the rows when it was removed. */
  index: number;
  /** What the user is told, e.g. "Row 2: Phone enquiry". */
  label: string;
  /** When it was removed (ms since 1970). */
  at: number;
  row: Row;
};

/** What each field kind stores. Adding a kind here forces every map over kinds to handle it. */
export type FieldValueByKind = {
  text: string;
  longText: string;
  table: TableRow[];
  list: ListItem[];
  checklist: ChecklistValue;
  /** The text as typed ("£1,200"), so nothing the user typed is lost; read as a number on use. */
  number: string;
  /** Worked out from other answers whenever it is shown; nothing of its own is saved. */
  calculated: null;
  /** One row per month; its cells hold the text as typed, like a number field's. */
  scorecard: TableRow[];
};

export type FieldKind = keyof FieldValueByKind;

type FieldBase<K extends FieldKind> = {
  kind: K;
  /** Unique across the whole workbook; the key under which the answer is saved. */
  id: string;
  label: string;
  hint?: string;
  /** A name: nothing for a coach to comment on, so the coach's space offers no comment box. */
  noComment?: true;
};

export type TextField = FieldBase<"text">;
export type LongTextField = FieldBase<"longText">;

export type TableColumn = { id: string; heading: string };
export type TableField = FieldBase<"table"> & {
  columns: readonly [TableColumn, ...TableColumn[]];
  /** Name of the button that adds an empty row, e.g. "Add contact point". */
  addLabel: string;
  /** One-click rows, pre-filled in the first column. */
  suggestions?: readonly string[];
  /** Heading over the suggestions, e.g. "Common contact points — add in one click:". */
  suggestionsTitle?: string;
};

export type ListField = FieldBase<"list"> & {
  /** What one item is called, e.g. "Promise": labels read "Promise 1". */
  itemLabel: string;
  addLabel: string;
  suggestions?: readonly string[];
  /** Name of each suggestion's button, e.g. "Add to my list". */
  suggestionLabel?: string;
};

export type ChecklistItem = { id: string; text: string };
export type ChecklistField = FieldBase<"checklist"> & {
  items: readonly ChecklistItem[];
  noteLabel: string;
  /** Present when the user may add items of their own. */
  ownAddLabel?: string;
};

export type NumberField = FieldBase<"number"> & {
  /** An amount in pounds: "£" is accepted when typed, and the sum prints it. */
  money?: true;
};

/**
 * A value worked out as the user types: the product of number fields of the same step, e.g.
 * spend × times a year × years. Shown as "‹label›: £78,000"; the PDF prints the sum.
 */
export type CalculatedField = FieldBase<"calculated"> & {
  /** Ids of the number fields multiplied together, in the order the sum is written. */
  times: readonly [string, ...string[]];
};

/**
 * A table with one row per month and a number in every other column. Each row's recommend
 * score (% who answered 9–10 minus % who answered 0–6) is worked out and drawn as a chart.
 */
export type ScorecardField = FieldBase<"scorecard"> & {
  /** The first column names the month; the others hold numbers. */
  columns: readonly [TableColumn, ...TableColumn[]];
  addLabel: string;
  /** Which columns the score is worked out from, by column id. */
  score: { heading: string; asked: string; top: string; bottom: string };
  /** The chart's accessible name begins with this. */
  chartTitle: string;
};

export type Field =
  | TextField
  | LongTextField
  | TableField
  | ListField
  | ChecklistField
  | NumberField
  | CalculatedField
  | ScorecardField;
export type FieldOfKind<K extends FieldKind> = Extract<Field, { kind: K }>;

export type Step = {
  /** Used in the URL, e.g. #/contact-points. */
  id: string;
  title: string;
  /** Short title for tight spaces such as the presentation counter. */
  shortTitle: string;
  /** What the step asks of the user, in a sentence or two. */
  prompt: string;
  /** Key points from the sheet, shown before the fields. */
  points?: readonly string[];
  tips?: readonly string[];
  fields: readonly Field[];
  /** Introduces the worked example for this step. */
  exampleIntro?: string;
  /** The review step shows progress and downloads instead of fields. */
  review?: true;
};

/** A run of steps under a title of its own in the step list, from `firstStepId` on. */
export type Part = {
  title: string;
  firstStepId: string;
  /** What the welcome says of it after its number of steps: "from the resource sheet, …". */
  welcome: string;
  /** Said at the top of its first step, where the part starts. */
  intro?: string;
};

/** The first word on a first visit, shown with the first step. */
export type Welcome = {
  title: string;
  lead: string;
  saved: string;
  /** Followed by the review step's title. */
  pdf: string;
};

export type Workbook = {
  /** The language of the workbook's words (BCP 47, e.g. "en-GB"), declared in the PDF. */
  language: string;
  title: string;
  subtitle: string;
  /** The fictional business whose answers make the worked example. */
  exampleBusiness: string;
  /** What each checklist answer is called, on screen and in the PDF. */
  checkStatusLabels: Record<Exclude<CheckStatus, "">, string>;
  steps: readonly Step[];
  /** The steps' parts, in order. A review step stands after them, in none. */
  parts: readonly Part[];
  welcome: Welcome;
};

export type AnswerValue = FieldValueByKind[FieldKind];
export type Answers = Record<string, AnswerValue>;
