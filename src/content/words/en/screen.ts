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
  /** The control that changes the workbook's language, named in every language. */
  language: "Language",
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
    tips: "Tips",
    showExample: "Show example",
    example: "Worked example",
    exampleTitle: "Worked example: {business}",
    exampleLoading: "Loading the example…",
    exampleNote: "This is an example only. It is not saved as your answer.",
    back: "Back",
    goOn: "Go on to {part}",
    next: "Next: {step}",
    loading: "Loading…",
    loadingProgress: "Loading your progress…",
  },
  rows: {
    /** A table row, in sentences and button names: "Remove row 2". */
    row: "row {number}",
    rowHeading: "Row",
    rowActions: "Row actions",
    /** A table's box: "Customer contact point, row 2". */
    cell: "{column}, row {number}",
    /** A list item or a check of one's own: "promise 3". */
    item: "{item} {number}",
    moveUp: "Move {row} up",
    moveDown: "Move {row} down",
    remove: "Remove {row}",
    moveUpShort: "Move up",
    moveDownShort: "Move down",
    removeShort: "Remove",
    removed: "Removed {row}.",
    undo: "Undo",
    removedEarlier: "Removed earlier ({count})",
    putBack: "Put back {row}",
    noRows: "No rows yet.",
    noItems: "Nothing in your list yet.",
    addInOneClick: "Add in one click:",
    add: "Add",
    /** A suggestion's button, read with it: "Add Phone enquiry". */
    addThis: "Add {suggestion}",
    /** A list's suggestion button, read with it: "Add to my list: Be friendly." */
    addNamed: "{add}: {suggestion}",
    added: "Added",
    suggestions: "Suggestions ({count})",
    rowsFull: "This is full: {count} rows. Remove one to add another.",
    rowsLeft: { one: "You can add {count} more row.", other: "You can add {count} more rows." },
    itemsFull: "This is full: {count} items. Remove one to add another.",
    itemsLeft: { one: "You can add {count} more item.", other: "You can add {count} more items." },
  },
  text: {
    full: "This answer is full: {count} characters.",
    left: { one: "{count} character left.", other: "{count} characters left." },
  },
  checklist: {
    ownCheck: "My own check",
    ownText: "Your own check",
    notDescribed: "(not described)",
  },
  numbers: {
    negative: "Type a number of 0 or more.",
    notANumber: "“{text}” is not a number. Write it like 1200, £1,200 or 12.50.",
    /** An amount in pounds: "£78,000". */
    money: "£{amount}",
    /** What a worked-out value still needs: "fill in years a customer stays with you…". */
    missing: "fill in {fields} to work it out.",
    wrong: "check the number for {fields}.",
    score: "{column}, {month}",
    noScore: "No score yet",
    wholeCustomers: "Count whole customers, without fractions.",
    tooMany: "More 9–10 and 0–6 answers than customers asked.",
    /** A month with no name in the chart: "Row 3". */
    unnamedMonth: "Row {number}",
    chartEmpty: "{chart}: no months with a score yet.",
    chart: "{chart}: {months}.",
    chartMonth: "{month} {score}",
  },
};
