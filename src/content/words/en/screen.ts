/**
 * The words around the questions on every screen, in English: the header, the step list, the
 * step page and the answer boxes. Part of the first load, so kept to what the first screen and
 * the fields need; everything that loads later is in more.ts.
 *
 * For translators: `{name}` is filled in by the app (keep it, in the place your language puts
 * it). An entry with `one` and `other` changes with the number `{count}`: give every form your
 * language has (src/content/catalogue.ts lists them), each a whole sentence.
 */
export const screen = {
  /**
   * The control that changes the workbook's language. In every other language the app adds
   * "(Language)" after your word, so anyone can find their way back to their own.
   */
  language: "Language",
  languageFailed: "That language could not be loaded. Check the connection, then try again.",
  /** In place of a part whose code could not be fetched (offline, say), with "Try again". */
  partFailed:
    "This part could not load. Check your connection, then try again. Your answers are kept.",
  tryAgain: "Try again",
  /**
   * Shown only in the other languages (in the welcome and on the review step): who wrote the
   * translation, and that corrections are welcome.
   */
  translationNote:
    "This translation was written by the team that made this workbook. If something reads wrongly, please tell your coach so that it can be put right.",
  header: {
    skipLink: "Skip to the questions",
    present: "Present",
    opening: "Opening the presentation…",
    whichWorkbook: "Which workbook",
    myWorkbook: "My workbook",
    classWorkbook: "Class workbook",
    saved: "Saved on this device",
    saving: "Saving…",
    notSaved: "Not saved",
    newVersion: "New version ready: open it",
    newVersionHint: "Opens the new version. Your answers are kept.",
  },
  nav: {
    name: "Workbook steps",
    done: "Done",
    /** A step's progress in the step list, after "Answered:". */
    stepProgress: { one: "{answered} of {count}", other: "{answered} of {count}" },
    answered: "Answered:",
    partProgress: {
      one: "{answered} of {count} answered",
      other: "{answered} of {count} answered",
    },
    overall: {
      one: "{answered} of {count} question answered",
      other: "{answered} of {count} questions answered",
    },
    showSteps: "Show all steps",
    hideSteps: "Hide steps",
  },
  step: {
    /** The browser tab: "About you · Keeping customers". */
    pageTitle: "{step} · {workbook}",
    count: { one: "Step {number} of {count}", other: "Step {number} of {count}" },
    welcome: "Welcome",
    /** A part in the welcome: "Part 1: Customer service — 8 steps, about 45 minutes." */
    welcomePart: {
      one: "{part} — {count} step, {time}.",
      other: "{part} — {count} steps, {time}.",
    },
    /** Where a part starts: "Part 2: Keep them coming back. For between your sessions: …" */
    partIntro: "{part}. {intro}",
    tips: "Tips",
    showExample: "Show example",
    example: "Worked example",
    exampleTitle: "Worked example: {business}",
    exampleLoading: "Loading the example…",
    exampleNote: "This is an example only. It is not saved as your answer.",
    back: "Back",
    /** Heard after "Back": "Back: About you". */
    backTo: ": {step}",
    goOn: "Go on to {part}",
    next: "Next: {step}",
    loading: "Loading…",
    loadingProgress: "Loading your progress…",
  },
  rows: {
    /** A table row, in sentences and button names: "Remove row 2". */
    row: "row {number}",
    /** A list item: "Promise 3" as the box's name, "promise 3" in "Remove promise 3". */
    item: "{item} {number}",
    /** A check of one's own, in sentences and button names: "Remove check 1". */
    check: "check {number}",
    /** The word before a row's number on a phone, and the heading over the numbers. */
    rowHeading: "Row",
    rowActions: "Row actions",
    /** A table's box: "Customer contact point, row 2". */
    cell: "{column}, row {number}",
    moveUp: "Move {row} up",
    moveDown: "Move {row} down",
    remove: "Remove {row}",
    moveUpShort: "Move up",
    moveDownShort: "Move down",
    removeShort: "Remove",
    /** What was removed, kept with it: "row 2: Phone enquiry". */
    removedLabel: "{row}: {words}",
    removed: "Removed {row}.",
    undo: "Undo",
    removedEarlier: "Removed earlier ({count})",
    putBack: "Put back {row}",
    noRows: "No rows yet.",
    noItems: "Nothing in your list yet.",
    noMonths: "No months yet.",
    addInOneClick: "Add in one click:",
    add: "Add",
    /** A table's suggestion, read with it: "Add Phone enquiry". */
    addThis: "Add {suggestion}",
    /** A list's suggestion button, read with it: "Add to my list: Be friendly." */
    addNamed: "{add}: {suggestion}",
    added: "Added",
    /** A suggestion already added, beside it: "Paying: Added". */
    addedThis: "{suggestion}: ",
    suggestions: "Suggestions ({count})",
    /** When a table, list, list of checks or scorecard holds the most it can ({count}). */
    full: {
      rows: {
        one: "This is full: {count} row. Remove one to add another.",
        other: "This is full: {count} rows. Remove one to add another.",
      },
      items: {
        one: "This is full: {count} item. Remove one to add another.",
        other: "This is full: {count} items. Remove one to add another.",
      },
      checks: {
        one: "This is full: {count} check. Remove one to add another.",
        other: "This is full: {count} checks. Remove one to add another.",
      },
      months: {
        one: "This is full: {count} month. Remove one to add another.",
        other: "This is full: {count} months. Remove one to add another.",
      },
    },
    /** When it is nearly full: how many more it takes. */
    left: {
      rows: { one: "You can add {count} more row.", other: "You can add {count} more rows." },
      items: { one: "You can add {count} more item.", other: "You can add {count} more items." },
      checks: { one: "You can add {count} more check.", other: "You can add {count} more checks." },
      months: { one: "You can add {count} more month.", other: "You can add {count} more months." },
    },
  },
  text: {
    full: "This answer is full: {count} characters.",
    left: { one: "{count} character left.", other: "{count} characters left." },
  },
};
