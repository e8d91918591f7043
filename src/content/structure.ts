/**
 * The workbook's shape, the same in every language: its steps and their questions, by id and
 * kind, with a table's columns and a checklist's items. What each one says is a language's
 * words (src/content/words/‹language›/workbook.ts), keyed by these ids; workbook.ts puts the
 * two together. Ids are saved with the answers and used in addresses: never rename one.
 */

/** The shape of one question; its words are keyed by `id` under its step's. */
export type FieldStructure =
  /** `noComment`: a name, nothing for a coach to comment on, so the coach's space offers no box. */
  | { readonly kind: "text" | "longText"; readonly id: string; readonly noComment?: true }
  /** `money`: an amount in pounds: "£" is accepted when typed, and the sum prints it. */
  | { readonly kind: "number"; readonly id: string; readonly money?: true }
  | {
      readonly kind: "table";
      readonly id: string;
      readonly columns: readonly [string, ...string[]];
    }
  | { readonly kind: "list"; readonly id: string }
  /** `own`: the user may add checks of their own. */
  | {
      readonly kind: "checklist";
      readonly id: string;
      readonly items: readonly string[];
      readonly own?: true;
    }
  | {
      readonly kind: "calculated";
      readonly id: string;
      readonly times: readonly [string, ...string[]];
    }
  /** The first column names the month; the score is worked out from the columns named. */
  | {
      readonly kind: "scorecard";
      readonly id: string;
      readonly columns: readonly [string, ...string[]];
      readonly score: { readonly asked: string; readonly top: string; readonly bottom: string };
    };

export type StepStructure = {
  /** Used in the address, e.g. #/contact-points. */
  readonly id: string;
  readonly fields: readonly FieldStructure[];
  /** The review step shows progress and downloads instead of questions. */
  readonly review?: true;
};

export const steps = [
  {
    id: "about-you",
    fields: [
      { kind: "text", id: "yourName", noComment: true },
      { kind: "text", id: "businessName", noComment: true },
      { kind: "text", id: "businessWhat" },
      { kind: "text", id: "coachName", noComment: true },
    ],
  },
  { id: "why-it-matters", fields: [{ kind: "longText", id: "stoppedUsing" }] },
  {
    id: "contact-points",
    fields: [{ kind: "table", id: "contactPoints", columns: ["point", "service"] }],
  },
  { id: "good-service", fields: [{ kind: "list", id: "serviceList" }] },
  {
    id: "organising",
    fields: [
      {
        kind: "checklist",
        id: "organisingChecklist",
        items: ["contactWay", "payWay", "websiteEasy", "detailsEasy", "askImprove"],
        own: true,
      },
    ],
  },
  {
    id: "winning-customers",
    fields: [
      { kind: "longText", id: "wordOfMouth" },
      { kind: "longText", id: "testimonials" },
      { kind: "longText", id: "customersLike" },
      { kind: "longText", id: "customersLookingFor" },
      { kind: "longText", id: "othersInterested" },
      { kind: "longText", id: "useResearch" },
    ],
  },
  {
    id: "complaints",
    fields: [
      { kind: "list", id: "complaintChannels" },
      {
        kind: "checklist",
        id: "complaintRoutine",
        items: [
          "easy",
          "shoes",
          "apologise",
          "listen",
          "positive",
          "facts",
          "solution",
          "quickly",
          "thank",
          "checkBack",
        ],
      },
      { kind: "text", id: "responseTime" },
      { kind: "longText", id: "putRight" },
      { kind: "longText", id: "sayThankYou" },
      { kind: "longText", id: "checkBack" },
      { kind: "longText", id: "abusive" },
      { kind: "table", id: "learningLog", columns: ["wentWrong", "why", "prevent"] },
    ],
  },
  {
    id: "talk-it-through",
    fields: [
      { kind: "list", id: "askCoach" },
      { kind: "list", id: "askCustomers" },
      { kind: "table", id: "actions", columns: ["action", "byWhen"] },
    ],
  },
  // Part 2, "Keep them coming back", from the companion documents.
  {
    id: "customer-worth",
    fields: [
      { kind: "number", id: "averageSpend", money: true },
      { kind: "number", id: "timesAYear" },
      { kind: "number", id: "yearsStay" },
      { kind: "calculated", id: "yearValue", times: ["averageSpend", "timesAYear"] },
      {
        kind: "calculated",
        id: "lifetimeValue",
        times: ["averageSpend", "timesAYear", "yearsStay"],
      },
      { kind: "number", id: "customersAWeek" },
      {
        kind: "calculated",
        id: "weekValue",
        times: ["averageSpend", "timesAYear", "yearsStay", "customersAWeek"],
      },
      { kind: "longText", id: "worthMeaning" },
    ],
  },
  {
    id: "where-you-want-to-be",
    fields: [
      { kind: "list", id: "customersSay" },
      { kind: "table", id: "gettingThere", columns: ["say", "happen", "when"] },
      { kind: "longText", id: "whereNow" },
      { kind: "text", id: "firstStep" },
      { kind: "text", id: "nextStep" },
    ],
  },
  {
    id: "stay-in-touch",
    fields: [
      { kind: "longText", id: "customerRecord" },
      { kind: "table", id: "stayInTouch", columns: ["who", "how", "often", "about", "saidYes"] },
      { kind: "longText", id: "thankYouNote" },
      { kind: "longText", id: "rewardBest" },
    ],
  },
  {
    id: "follow-up-calls",
    fields: [{ kind: "table", id: "followUpCalls", columns: ["moment", "when", "say"] }],
  },
  {
    id: "answers-book",
    fields: [
      { kind: "table", id: "answersBook", columns: ["question", "answer"] },
      { kind: "longText", id: "firstContact" },
      { kind: "text", id: "whoDecides" },
      { kind: "longText", id: "specialCases" },
    ],
  },
  {
    id: "measure",
    fields: [
      {
        kind: "scorecard",
        id: "scorecard",
        columns: ["month", "asked", "top", "bottom", "complaints", "compliments"],
        score: { asked: "asked", top: "top", bottom: "bottom" },
      },
      { kind: "longText", id: "scoreLessons" },
    ],
  },
  { id: "review", fields: [], review: true },
] as const satisfies readonly StepStructure[];

/** The steps' parts, in order, each from its first step to the next part's. */
export const parts = [
  { id: "part1", firstStepId: "about-you" },
  { id: "part2", firstStepId: "customer-worth" },
] as const;
