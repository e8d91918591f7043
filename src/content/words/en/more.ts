/**
 * The words of everything that loads after the first screen, in English: the review step, the
 * backup, messages about saving, the coach space, sharing, presenting, reminders and the PDF's
 * own words. Loaded with the part that needs them.
 *
 * For translators: `{name}` is filled in by the app (keep it, in the place your language puts
 * it). An entry with `one` and `other` changes with the number `{count}`: give every form your
 * language has (src/content/catalogue.ts lists them), each a whole sentence.
 */
export const more = {
  /** Words many parts share. */
  common: {
    cancel: "Cancel",
    close: "Close",
    back: "Back",
    ok: "OK",
    /** Between two things said of one person: "Ali Khan, Ali's Bakes". */
    comma: ", ",
    /** A question's name inside a sentence: “Your name”. */
    quoted: "“{text}”",
    /** Said after a download, and before and after removing answers: downloaded files stay. */
    downloadsNote:
      "On a shared computer, delete it from the Downloads folder when you finish: removing your answers here does not remove files you downloaded.",
    downloaded: "Downloaded {file}.",
    /** A link back to a question or step: "Step 3: Your customer contact points". */
    stepLink: "Step {number}: {title}",
    questions: { one: "{count} question", other: "{count} questions" },
  },
  /** A date with its time, where two of one day must differ. */
  dates: {
    /** "12 Nov at 10:42": a session copy taken the same day as the PDF or file it is read in. */
    dayAt: "{date} at {time}",
  },
  /**
   * The words of the answer boxes that load after the first screen: checklists, numbers, sums
   * and the scorecard's chart (on screen, in the worked example and in the PDF).
   */
  checklist: {
    /** The box of a check of one's own, and its name once empty: "My own check 1". */
    ownCheck: "My own check {number}",
    ownPlaceholder: "Write your own check",
    /** A note's name, with its check: "What I'll change: Customers can pay me…". */
    noteOn: "{note}: {check}",
    notDescribed: "(not described)",
  },
  numbers: {
    negative: "Type a number of 0 or more.",
    /** The numbers written the language's way: {whole} 1200, {money} £1,200, {pence} 12.50. */
    notANumber: "“{text}” is not a number. Write it like {whole}, {money} or {pence}.",
    /** An amount in pounds, the number written your language's way: "£78,000". */
    money: "£{amount}",
    /** A worked-out value: "Lifetime value of one customer: £78,000". */
    result: "{label}: {value}",
    /** The sum that made it: "£150 × 52 × 10 = £78,000". */
    sum: "{terms} = {result}",
    /** What a worked-out value still needs: "fill in years a customer stays with you…". */
    missing: "fill in {fields} to work it out.",
    wrong: "check the number for {fields}.",
    /** A number in quotes inside a sentence: "“spend each time”". */
    quoted: "“{text}”",
    /** A month's score, heard: "Recommend score, row 2: +40". */
    scoreOfRow: "{heading}, row {number}: {score}",
    checkRow: "Check the row",
    wholeCustomers: "Count whole customers, without fractions.",
    tooMany: "More 9–10 and 0–6 answers than customers asked.",
    /** A month with no name in the chart: "Row 3". */
    unnamedMonth: "Row {number}",
    chartEmpty: "{chart}: no months with a score yet.",
    chart: "{chart}: {months}.",
    chartMonth: "{month} {score}",
    chartWaiting:
      "The chart of your {chart} appears here once a month has its numbers: customers asked, and how many answered 9 or 10 and 0 to 6.",
    /** In the worked example's scorecard, the score of a month that has none: "None". */
    scoreNone: "None",
    scoreNoneBecause: "None. {message}",
  },
  review: {
    progress: "Your progress",
    everyAnswered: "You have answered every question.",
    summary: {
      one: "You have answered {answered} of {count} question. {done} of {steps} steps are done.",
      other: "You have answered {answered} of {count} questions. {done} of {steps} steps are done.",
    },
    done: "Done",
    stepAnswered: {
      one: "{answered} of {count} answered",
      other: "{answered} of {count} answered",
    },
    eachStep: "Each step, and what is still to do",
    stillToDo: "Still to do in step {number}",
    moreOptions: "More options",
    folds: {
      backup: "Keep your answers safe",
      shared: "Using a shared computer?",
      link: "Send your answers in a link",
      reminders: "Reminders in your calendar",
      coach: "Your coach",
    },
  },
  backup: {
    lead: "Your answers are saved in this browser only. Download a backup file to keep a copy, or to carry on with the workbook on another computer.",
    download: "Download backup",
    restore: "Restore from backup",
    /** Written inside the backup file, for anyone who opens it. */
    about:
      "A backup of your answers in the {workbook} workbook. To bring them back, open the workbook and use “Restore from backup” on the last step.",
    /** "3 May 2025 at 10:00". */
    dateTime: "{date} at {time}",
    restoreSummary: {
      file: "The file {file} has answers to {inFile}. This browser has answers to {here}.",
      fileMade:
        "The file {file} was made on {date}. It has answers to {inFile}. This browser has answers to {here}.",
      caption: "Questions answered in each step",
      step: "Step",
      now: "Now",
      inFile: "In the file",
      leftOut: "These parts of the file do not fit this workbook and will be left out:",
      replaces:
        "Restoring replaces {every} in this browser with the ones in the file. Download a backup of your current answers first if you might need them.",
      every: "every answer",
      fills: "Restoring fills this workbook with the answers in the file.",
    },
    notChanged: "{problem} Your answers have not been changed.",
    replaceTitle: "Replace your answers with the backup?",
    replaceConfirm: "Replace my answers",
    restored: {
      one: "Restored your answers from {file}: {count} question answered.",
      other: "Restored your answers from {file}: {count} questions answered.",
    },
    keptAside: {
      heading: "Saved data that could not be read",
      lead: "This was kept aside, unchanged, when the workbook could not read it. Download it to keep it. “Restore from backup” can bring back whatever answers in it can still be read.",
      found: "Found {when}",
      foundName: "unreadable data found {when}",
      download: "Download",
      delete: "Delete",
      deleteTitle: "Delete the unreadable data?",
      deleteConfirm: "Delete it",
      deleteBody:
        "The workbook cannot read it, but it may still hold answers. Download it first if you might need it.",
      deleted: "The unreadable data was deleted.",
    },
    install: {
      heading: "Keep the workbook on this device",
      lead: "Installed as an app, the workbook opens without the internet and your answers are kept even if you do not open it for weeks.",
      button: "Install the app",
      apple: "On an iPhone or iPad: tap the Share button, then {add}.",
      addToHome: "Add to Home Screen",
    },
  },
  remove: {
    shared:
      "When you finish, remove your answers so the next person cannot see them. Download a backup first if you want to keep them.",
    sharedFiles:
      "Files you downloaded, such as your PDF and backup, stay in this computer’s Downloads folder. Delete them there too.",
    button: "Remove my answers",
    title: "Remove your answers from this browser?",
    confirm: "Yes, remove them",
    /** "This removes 12 answered questions and 1 unreadable copy from this browser." */
    removes: "This removes {what} from this browser. It cannot be undone.",
    removesBoth: "This removes {what} and {copies} from this browser. It cannot be undone.",
    thisWorkbook: "this workbook",
    answered: { one: "{count} answered question", other: "{count} answered questions" },
    copies: { one: "{count} unreadable copy", other: "{count} unreadable copies" },
    keepFirst: "If you want to keep your answers, cancel and download a backup first.",
    filesStay:
      "Files you downloaded, such as your PDF and backup, are not removed: delete them from the Downloads folder.",
    removed: "Removed {what} from this browser. This workbook is now empty. {files}",
    removedBoth:
      "Removed {what} and {copies} from this browser. This workbook is now empty. {files}",
    nothing: "There were no answers to remove. This workbook is empty. {files}",
    files: "Files you downloaded are still in the Downloads folder: delete them there too.",
    blocked:
      "Your answers are cleared from this page, but this browser would not let the workbook reach its saved data, so some may remain. Clearing this site's data in the browser's settings removes them.",
    alsoCoachCopy:
      "Also remove the copy of this workbook kept in “Review as coach” on this browser",
    coachCopyRemoved: "Its copy in “Review as coach” was removed too.",
    coachCopyNotRemoved:
      "Its copy in “Review as coach” could not be removed: open “Review as coach” and remove it there.",
  },
  /** Why a file or link cannot be used. */
  files: {
    tooBig: "This file is too big to be a backup from this workbook.",
    notFromTheApp:
      "This PDF was not made by this workbook, so it has no answers in it. Choose a backup file, or a PDF this workbook made.",
    notABackup:
      "This file is not a backup from this workbook. Backup files are named like keeping-customers-backup-2025-05-03.json.",
    newer:
      "This file was made by a newer version of this workbook. Reload the page to get the newest version, then try again.",
    couldNotOpen: "This file could not be opened. Please try again.",
    empty: "This file is empty.",
    damagedOrNot:
      "This file is damaged, or it is not a backup file. Backup files are named like keeping-customers-backup-2025-05-03.json.",
    damaged: "This backup file is damaged and cannot be read.",
    damagedAnswer: "This backup file is damaged: the answer to {question} cannot be read.",
    unreadable: "This file cannot be read as a backup.",
    tooManyRows:
      "The answer to {question} has {count} rows. The workbook allows at most {max}, so this file cannot be restored.",
    tooLong:
      "The answer to {question} is longer than the workbook allows ({max} characters), so this file cannot be restored.",
    feedbackTooBig: "This file is too big to be coach feedback.",
    notFeedback:
      "This file is not coach feedback from this workbook. Feedback files are named like keeping-customers-feedback-bloom-crumb-2025-05-03.json.",
    feedbackDamaged: "This feedback file is damaged and cannot be read.",
    feedbackIsBackup:
      "This is a backup of answers, not coach feedback. To bring answers back, use “Restore from backup”.",
    feedbackNewer:
      "This feedback was made by a newer version of this workbook. Reload the page to get the newest version, then try again.",
    feedbackUnreadable: "This file cannot be read as coach feedback.",
    linkTooLong:
      "Your answers are too long to fit in a link that every app will pass on safely. Download a backup file instead and send that: it holds everything.",
    linkDamaged:
      "This link is damaged or incomplete, so nothing was added. It may have been cut short when it was copied. Ask for the link again, or for a backup file instead.",
    linkNewer:
      "This link was made by a newer version of this workbook. Reload the page to get the newest version, then open the link again.",
    classLinkDamaged:
      "This link is damaged or incomplete, so nothing was added. Ask your class for the QR code again.",
    classLinkOtherVersion:
      "This link was made by a different version of this workbook. Reload the page, then scan the QR code again.",
    pdfCutShort:
      "This PDF is incomplete: its end is missing, so the answers in it cannot be read. It may not have downloaded or copied fully. Download it again, or choose a backup file.",
    pdfDamaged:
      "This PDF was made by this workbook, but the answers inside it are damaged and cannot be read. Choose a backup file, or another PDF.",
    pdfTooBig:
      "The answers inside this PDF are bigger than any backup from this workbook, so they were not read.",
    feedbackNotBackup:
      "This is coach feedback, not a backup of answers. To add it, use “Add coach feedback”.",
    commentTooLong:
      "The coach's comment on {question} is longer than the workbook allows ({max} characters), so this feedback cannot be added. Ask your coach to shorten it and send it again.",
    linkTooBig: "The answers in this link are more than a workbook can hold, so nothing was added.",
    linkNotAnswers:
      "This link does not hold answers this workbook can read, so nothing was added. Ask for the link again, or for a backup file instead.",
    linkIsFeedback:
      "This link holds coach feedback, not answers, so nothing was added. Ask for the feedback file instead.",
    linkAnswerUnreadable:
      "The answer to {question} in this link cannot be read, so nothing was added. Ask for the link again, or for a backup file instead.",
    linkTooManyRows:
      "The answer to {question} has {count} rows. The workbook allows at most {max}, so nothing was added.",
    linkAnswerTooLong:
      "The answer to {question} is longer than the workbook allows ({max} characters), so nothing was added.",
    linkNoStep:
      "This link does not say which step its class answers are for, so nothing was added. Ask for the link again.",
  },
  /** Parts of a file that do not fit this workbook, listed before restoring. */
  leftOut: {
    damaged: "{question}: damaged, cannot be read",
    rowParts: "{question}: parts of row {row} it does not have ({parts})",
    checks: {
      one: "{question}: a check it does not have",
      other: "{question}: {count} checks it does not have",
    },
    answers: {
      one: "an answer to a question this workbook does not have",
      other: "answers to {count} questions this workbook does not have",
    },
    comments: {
      one: "a comment on a question this workbook does not have",
      other: "comments on {count} questions this workbook does not have",
    },
    copies: {
      one: "a session copy that cannot be read (its date, or its answers, are not real)",
      other:
        "{count} session copies that cannot be read (their dates, or their answers, are not real)",
    },
    madeAtNotReal: "the date it was made, which is not a real date",
  },
  alerts: {
    notSaved: "Your latest changes are not saved.",
    whyFull: "This browser's storage for this website is full.",
    whyBlocked:
      "This browser is not letting the workbook save. This happens in some private windows, or when saving site data is turned off.",
    whyOther: "The browser would not save them.",
    stillHere:
      "Your answers are still here on this page. Download a backup now so nothing is lost. The workbook will keep trying to save.",
    newer: "Your saved answers were made by a newer version of this workbook.",
    newerRest:
      "This version cannot read them, so they have been put aside, unchanged, and you have an empty workbook for now. Reload the page to get the newest version. You can also download the saved answers to keep them safe.",
    partial: "Part of your saved workbook could not be read.",
    partialAnswers: "The answers to {questions} were damaged. ",
    partialRest:
      "Everything else is here as you left it. A copy of the saved data, exactly as it was, has been put aside. You can download it.",
    damaged: "Your saved workbook could not be read.",
    damagedRest:
      "It has been put aside, unchanged, and you have an empty workbook: what you type now is saved as normal. Download the saved data to keep it.",
    downloadSaved: "Download the saved data",
    hide: "Hide this message",
    removedElsewhere: "Your answers were removed from this browser in another tab.",
    reminder: {
      one: "You have answered {count} question. Phones and shared computers can clear what a website saves, so keep a copy: download a backup file and keep it somewhere safe.",
      other:
        "You have answered {count} questions. Phones and shared computers can clear what a website saves, so keep a copy: download a backup file and keep it somewhere safe.",
    },
    notNow: "Not now",
    /** This page stopped saving: a newer version of the app saved this workbook since. */
    savedByNewer: "This workbook was opened in a newer version of the app.",
    savedByNewerRest:
      "To keep from writing over what it saved, this page has stopped saving. Reload to use the newer version: your answers are there. Anything typed here since is not saved, so download a backup first if you need it.",
    reloadNewer: "Reload to use the newer version",
  },
  lostEdits: {
    /** Where in an answer an edit was: "Customer contact point, row 2". */
    changedHere: "{where} was changed in another tab at the same time as here.",
    keptMine: "The version typed here was kept.",
    keptOther: "The other tab's version was kept.",
    belowIs: "The version that was not kept is below: use it instead, or copy what you need.",
    rowRemoved: "Another tab removed a row of {question} while you were changing it here.",
    putBackAsWas: "You can put it back as you had it.",
    useThis: "Use this version instead",
    keepShown: "Keep the version shown",
    putRowBack: "Put the row back",
    leaveRemoved: "Leave it removed",
    ownCheckNote: "{note}: my own check {number}",
    /** A row added in two tabs at once, with no room left for it: “Your action points” is full… */
    noRoom:
      "{question} is full: a row added here at the same time as rows in another tab did not fit.",
    holdsAtMost: { one: "It holds at most {count} row.", other: "It holds at most {count} rows." },
    removeFirst: "Remove a row you no longer need, then put this one back.",
    roomNow: "There is room for it now.",
  },
  changes: {
    heading: "Changes since your last session",
    none: "Each time you download a PDF for your coaching session, a copy of your answers is kept here. Next time, this shows what you changed since.",
    sessions: "Your sessions",
    compareWith: "Compare with",
    /** A session's copy: "Taken to your session on 12 Nov". */
    taken: "Taken to your session on {date}",
    takenAt: "Taken to your session on {date} at {time}",
    /** `{copy}` is a session's copy, as named above, starting small: "taken to your session…". */
    nothing: "Nothing has changed since the copy {copy}.",
    changed: {
      one: "Compared with the copy {copy}: {count} question changed.",
      other: "Compared with the copy {copy}: {count} questions changed.",
    },
    kinds: { new: "New", changed: "Changed", removed: "Removed" },
    added: "added: ",
    removed: "removed: ",
    /** The session copies could not be kept or read. */
    keptByNewer:
      "Your session copies were kept by a newer version of the app, so none are added here. Reload the page to use it.",
    notKept:
      "The copy of your answers from your last PDF could not be kept: this browser's storage is full or blocked.",
    /** A long text rewritten throughout: `{before}` and `{now}` are counts of words, below. */
    tooLong: "Too long to compare word by word here: it was {before}, and is now {now}.",
    words: { one: "{count} word", other: "{count} words" },
    /** A checklist's changes, check by check: "Website easy to use: changed from Not yet to Yes". */
    checkStatus: "{check}: {status}",
    statusTakenAway: "{check}: {status} taken away",
    statusChanged: "{check}: changed from {was} to {now}",
    noteSet: "{check}, {note}: {text}",
    noteTakenAway: "{check}, {note}: “{text}” taken away",
    noteChanged: "{check}, {note}: changed from “{was}” to “{now}”",
    /** A check with its note, as one line: "Website easy to use: Yes. What I'll change: …". */
    checkNote: "{check}. {note}: {text}",
  },
  feedback: {
    lead: "If your coach sent you a feedback file, add it here: their comments show under your answers and print in your PDF, and the actions you agreed join your action points.",
    add: "Add coach feedback",
    remove: "Remove coach feedback",
    removed: "Removed your coach's comments. Your answers and action points are not changed.",
    areYouCoach: "Are you a coach?",
    coachLead: "Open a workbook someone sent you, read it step by step and write your comments.",
    reviewAsCoach: "Review as coach",
    forOther:
      "This feedback was written for the workbook of {who}, which is not the name on this workbook. Add it only if it is meant for you.",
    holds: {
      one: "The file {file} has {count} comment from your coach. They show under their questions and print in your next PDF. Your answers are not changed.",
      other:
        "The file {file} has {count} comments from your coach. They show under their questions and print in your next PDF. Your answers are not changed.",
    },
    actionsAdded: {
      one: "{count} agreed action will be added to your action points:",
      other: "{count} agreed actions will be added to your action points:",
    },
    byWhen: "{action} (by {when})",
    noActions: "There are no new agreed actions to add to your action points.",
    full: {
      one: "Your action points are full ({max} rows), so {count} agreed action cannot be added. Cancel, remove rows you no longer need, then add the feedback again.",
      other:
        "Your action points are full ({max} rows), so {count} agreed actions cannot be added. Cancel, remove rows you no longer need, then add the feedback again.",
    },
    replaces: "Feedback you added before is replaced by this one.",
    nothingChanged: "{problem} Nothing has been changed.",
    notKept:
      "The feedback could not be kept: this browser's storage is full or blocked. Nothing has been changed.",
    notAddedNewer:
      "The feedback could not be added here: coach feedback for this workbook was added in a newer version of the app. Reload the page to use it. Nothing has been changed.",
    title: "Add your coach's feedback?",
    confirm: "Add the feedback",
    added: "Added your coach's feedback.",
    addedWithActions: {
      one: "Added your coach's feedback and {count} agreed action.",
      other: "Added your coach's feedback and {count} agreed actions.",
    },
    coachSaid: "Your coach said:",
    coachComment: "Your coach's comment",
    /** Over a comment, when the feedback carries the coach's name. */
    coachNamedSaid: "{name}, your coach, said:",
    /** Under a comment: "Feedback of 12 November". */
    feedbackOf: "Feedback of {date}",
    /** On a step (in the list, or its header) with a comment on any of its questions. */
    commented: "Coach commented",
    /** Beside an action point that came from the coach: "From your coach, for you". */
    fromCoach: "From your coach",
    fromCoachFor: "From your coach, {who}",
    forWho: { client: "for you", coach: "for your coach", both: "for you both" },
  },
  coach: {
    title: "Review as coach",
    pageTitle: "Review as coach · {workbook}",
    lead: "Open a workbook someone sent you: a backup file, or a PDF made by this workbook. You see their answers step by step, exactly as they wrote them, and write a comment beside each question. At the end, note the actions you agreed. Then download the feedback and send it back.",
    staysHere:
      "Everything here stays in this browser, apart from your own workbook, which is not changed.",
    back: "Back to my workbook",
    saveFull:
      "Your comments could not be saved: this browser's storage is full. Download the feedback now so nothing is lost, then remove workbooks you no longer need.",
    saveBlocked:
      "Your comments could not be saved: this browser will not keep them. Download the feedback now so nothing is lost.",
    open: "Open a workbook to review",
    nothingOpened: "{problem} Nothing has been opened.",
    noName: "A workbook with no name",
    /** "Amira Khan, Bloom & Crumb". */
    whose: "{name}, {business}",
    facts: "{answered} · {comments} · {actions} · opened {date}",
    /** The same, for a workbook whose opening date is not known (a clock was wrong). */
    factsUndated: "{answered} · {comments} · {actions}",
    answered: {
      one: "{answered} of {count} question answered",
      other: "{answered} of {count} questions answered",
    },
    comments: { one: "{count} comment", other: "{count} comments" },
    actions: { one: "{count} agreed action", other: "{count} agreed actions" },
    remove: "Remove",
    noneYet: "No workbooks open yet. Open one that someone sent you.",
    reviewing: "Workbooks you are reviewing",
    removeTitle: "Remove this workbook from your reviews?",
    removeConfirm: "Yes, remove it",
    removeBody:
      "{who} and your comments on it will be removed from this browser. Download the feedback first if you have not sent it yet. The other person’s own workbook is not affected.",
    commentOn: "Coach's comment on {question}",
    /** Above a comment box; its name says which question. */
    comment: "Coach's comment",
    /** Written inside the feedback file, for anyone who opens it. */
    feedbackAbout:
      "Feedback from your coach on your {workbook} workbook. To read it, open the workbook and use “Add coach feedback” on the last step.",
    notAnswered: "Not answered yet",
    agreedActions: "Agreed actions",
    agreedHint:
      "What you agreed together, and by when. They go into the feedback file, and join the other person's action points if they add it.",
    addAgreed: "Add agreed action",
    downloadFeedback: "Download feedback",
    downloaded: "Downloaded {file}. Send it to {name} to add with “Add coach feedback”.",
    them: "them",
    reviewingPageTitle: "Reviewing: {page} · {workbook}",
    stepsToReview: "Steps to review",
    reviewingWhose: "Reviewing the workbook of {who}. Their answers cannot be changed here.",
    allWorkbooks: "All workbooks",
    /** A link with answers, opened in the coach space. */
    linkIsClass:
      "This link holds a class’s answers to one step, for copying into your own workbook. There is nothing in it to review. Nothing has been opened.",
    linkNotYet:
      "Nothing has been opened yet. The answers open here for review, read-only, beside the workbooks you are reviewing. Your own workbook is not changed.",
    openForReview: "Open for review",
    /** The agreed actions' form, and sending the feedback. */
    agreedForm: {
      /** A row's legend; "agreed action {number}" where a sentence names it. */
      legend: "Agreed action {number}",
      rowName: "agreed action {number}",
      action: "Action",
      byWhen: "By when",
      who: "Who",
      choose: "Choose…",
      client: "The person you coach",
      coach: "You, the coach",
      both: "Both of you",
      actionMissing: "Write what you agreed, or remove it.",
      dateMissing: "Say by when, as a date such as 30 June.",
      notADate: "“{when}” is not a date. Write one such as 30 June or 30/6/2026.",
      datePassed: "That date has passed. Write a later one.",
      whoMissing: "Choose who will do it.",
      hint: "What you agreed together, by when, and who will do it. They go into the feedback file, and join the other person’s action points, marked “From your coach”, when they add it. Write “by when” as a date (30 June, or 30/6/2026), so it can go in their calendar.",
      hintNamed:
        "What you agreed together, by when, and who will do it. They go into the feedback file, and join the action points of {name}, marked “From your coach”, when they add it. Write “by when” as a date (30 June, or 30/6/2026), so it can go in their calendar.",
      none: "No agreed actions yet.",
      sendHeading: "Send your feedback",
      yourName: "Your name",
      nameHint:
        "Optional. It heads your comments in their workbook (“Jo, your coach, said”); without it they read “Your coach said”. Kept here for every workbook you review.",
      tooLong:
        "Your comment on {question} is longer than the {max} characters a workbook takes, so the feedback would not be accepted. Shorten it, then download again.",
      notDownloaded: {
        one: "The feedback was not downloaded: an agreed action needs another look. What to change is said under each box.",
        other:
          "The feedback was not downloaded: {count} agreed actions need another look. What to change is said under each box.",
      },
    },
    /** Saving the comments, in this tab and beside another. */
    newerLead: "These reviews were opened in a newer version of the app.",
    newerRest:
      "This page is an older version, so it has stopped saving your comments here, to keep from writing over the newer ones. Reload to use the newer version: everything saved there is kept.",
    /** What another tab's change replaced, with lostEdits.changedHere: "Your comment on “…”". */
    lostWhereComment: "Your comment on {question}",
    lostWhereAction: "An agreed action",
    copyBelow: "The version that was not kept is below: copy what you need.",
    lostNoRoom:
      "An agreed action added here did not fit beside those added in another tab: a workbook takes at most {max}. It is below: copy what you need.",
    lostRemoved:
      "Another tab removed an agreed action you were changing here. It is below: copy what you need.",
    /** What moved since the copy taken to the last session: "1 new, 3 changed, 1 removed". */
    movedSince:
      "Since the copy they took to the session on {date}: {moved}. Each is marked under its question.",
    nothingMoved: "Nothing has changed since the copy they took to the session on {date}.",
    movedNew: { one: "{count} new", other: "{count} new" },
    movedChanged: { one: "{count} changed", other: "{count} changed" },
    movedRemoved: { one: "{count} removed", other: "{count} removed" },
    movedJoin: ", ",
    toAgreedActions: "Agreed actions and Download feedback",
    loadingAgreed: "Loading the agreed actions…",
    next: "Next: {step}",
  },
  link: {
    lead: "The link holds your answers themselves, packed small. No server ever receives them, but anyone who opens the link can see them, so send it only to people you trust, such as your coach.",
    copy: "Copy link to my answers",
    copied: "Link copied. Paste it into an email or a message.",
    notCopied: "Your browser would not copy it for you: copy the link below.",
    linkLabel: "Link to your answers",
    title: "Answers shared with you in a link",
    opening: "Opening the answers in the link…",
    notChanged: "{problem} Your workbook has not been changed.",
    name: "Name",
    business: "Business",
    notGiven: "Not given",
    questionsAnswered: "Questions answered",
    answeredOf: "{answered} of {count}",
    madeOn: "Link made on",
    notKept:
      "This browser would not keep the workbook for review: its storage may be full or blocked. Nothing has been changed.",
    nothingYet: "Nothing has been added yet.",
    empty: "Your workbook is empty, so the answers can go straight into it.",
    alreadyHas: {
      one: "Your workbook already has answers to {count} question.",
      other: "Your workbook already has answers to {count} questions.",
    },
    replaceWarning: {
      one: "This replaces {every} in your workbook ({count} question answered) with the ones in the link. It cannot be undone. Download a backup first if you might need your answers.",
      other:
        "This replaces {every} in your workbook ({count} questions answered) with the ones in the link. It cannot be undone. Download a backup first if you might need your answers.",
    },
    every: "every answer",
    yesReplace: "Yes, replace my answers",
    openInCoach: "Open in coach review",
    add: "Add to my workbook",
    replace: "Replace my answers",
    added: {
      one: "Added the answers from the link: {count} question answered.",
      other: "Added the answers from the link: {count} questions answered.",
    },
    replaced: {
      one: "Replaced with the answers from the link: {count} question answered.",
      other: "Replaced with the answers from the link: {count} questions answered.",
    },
    /** The same, when the class workbook is open: the answers would go into it. */
    toClass: {
      which: "The class workbook is open, so they would go into it, not into your own workbook.",
      empty: "The class workbook is empty, so the answers can go straight into it.",
      alreadyHas: {
        one: "The class workbook already has answers to {count} question.",
        other: "The class workbook already has answers to {count} questions.",
      },
      replaceWarning: {
        one: "This replaces {every} in the class workbook ({count} question answered) with the ones in the link. It cannot be undone. Download a backup first if you might need the answers there now.",
        other:
          "This replaces {every} in the class workbook ({count} questions answered) with the ones in the link. It cannot be undone. Download a backup first if you might need the answers there now.",
      },
      yesReplace: "Yes, replace the class answers",
      add: "Add to the class workbook",
      replace: "Replace the class answers",
      added: {
        one: "Added the answers from the link to the class workbook: {count} question answered.",
        other: "Added the answers from the link to the class workbook: {count} questions answered.",
      },
      replaced: {
        one: "Replaced the class answers with the ones from the link: {count} question answered.",
        other:
          "Replaced the class answers with the ones from the link: {count} questions answered.",
      },
    },
  },
  classShare: {
    share: "Share with the class",
    title: "Share “{step}” with the class",
    thisStep: "this step",
    noAnswers: "This step has no class answers yet. Fill some in, then share them with the class.",
    tooMuch:
      "These answers are too long to fit in a QR code that can be read across a room. Shorten them, or share them another way, such as a backup file.",
    failed: "The QR code could not be made. If you are offline, try again once connected.",
    making: "Making the QR code…",
    scan: "Scan with your phone’s camera to copy these answers into your own workbook.",
    qrName: "QR code: the class answers to “{step}”",
    showLink: "Show the link",
    phonesCannot: "Phones cannot open this QR code.",
    onlyHere: "The workbook is running at {host}, an address only this computer can reach.",
    howToHost:
      "To share with the class, put the workbook on a web host, or serve it on the room’s Wi-Fi from this computer. The “Hosting it” guide in the workbook’s README file says how, step by step.",
    fromClass: "Answers from your class",
    opening: "Opening the class answers…",
    notChanged: "{problem} Your workbook has not been changed.",
    shared:
      "Your class shared its answers to the step {step}. Nothing has been copied yet. Copying puts them into your own workbook:",
    clash: "you have your own answer, which is kept unless you tick this.",
    replaceMine: "Replace my answer to “{question}” with the class answer",
    fill: "the class answer goes in, as yours is empty.",
    addRows: { one: "adds {count} row to yours.", other: "adds {count} rows to yours." },
    addItems: { one: "adds {count} item to yours.", other: "adds {count} items to yours." },
    same: "you already have this.",
    /** One line of the plan: "Your name: the class answer goes in…". */
    planLine: "{question}: {what}",
    nothingNew: "There is nothing new to copy: your workbook already has all of it.",
    copy: "Copy into my workbook",
    copied: "Copied the class answers for “{step}” into your workbook.",
  },
  classBanner: {
    title: "Class workbook",
    lead: "{title} — answers typed here are for the class. They are kept apart from your own workbook, which is not changed.",
    clearQuestion: "Clear every answer in the class workbook?",
    yesClear: "Yes, clear it",
    keep: "Keep the answers",
    clear: "Clear class workbook",
    cleared: "Class workbook cleared.",
  },
  /** Said in place of a step, or of the whole app, that could not be drawn. */
  broken: {
    step: "This step could not be shown",
    whole: "Something went wrong",
    body: "Something went wrong while showing it. Your answers are saved in this browser and have not been changed. Download a backup to keep a copy safe, then go to another step.",
  },
  offline: {
    later: "No offline copy yet.",
    making: "Making the offline copy…",
    ready: "Offline copy ready: the workbook works here without Wi-Fi.",
    failed: "The offline copy could not be made. Check the connection, then try again.",
    makeNow: "Make offline copy now",
  },
  presentation: {
    name: "Presentation",
    classWorkbook: "Class workbook",
    leave: "Leave presentation",
  },
  reminders: {
    lead: "Choose what your calendar should remind you of between sessions. “Add to calendar” downloads a file that any calendar app opens: on a phone, open it from your downloads.",
    loading: "Loading your reminders…",
    form: "Reminders in your calendar",
    pickDay: "Pick a day for this reminder, or untick it.",
    notADay: "That is not a day the calendar can use.",
    passed: "That day has passed. Pick a later one, or untick it.",
    readFrom: "Read from “{when}”: {day}.",
    notADate: "“{when}” is not a date a calendar can use. Pick a day to add it.",
    noDate: "No date given. Pick a day to add it.",
    downloaded: {
      one: "Downloaded {file} with {count} reminder. Open it to add it to your calendar.",
      other: "Downloaded {file} with {count} reminders. Open it to add them to your calendar.",
    },
    notIn: " Not in it, with no date the calendar could use: {items}.",
    itemWhen: "“{title}” ({when})",
    item: "“{title}”",
    call: "Call: {title}",
    day: "Day",
    dayFor: " for “{title}”",
    monthly: "Your monthly scorecard",
    everyMonth: "Every month: fill in your scorecard",
    firstReminder: "First reminder",
    upTo28: "Pick a day from the 1st to the 28th, so every month has it.",
    sameDay: "Then on the same day every month.",
    actions: "Your action points",
    calls: "Your follow-up calls",
    addActions: "Add action points",
    planCalls: "Plan your follow-up calls",
    noneYet: "None yet. {link}",
    tickOne: "Tick at least one reminder to put in the calendar.",
    add: "Add to calendar",
    /**
     * Words read around a month in a date typed under "By when" (never shown): "end of March"
     * is its last day, "start of March" its first, "mid March" the 15th. Each is a choice of
     * words split by "|", as people type them (accents may be left out); `of` may come between
     * the word and the month; `after` joins a month to a word that follows it (Urdu "مارچ کے
     * آخر"). English's own words are read in every language (src/features/reminders/
     * read-date.ts), so here they are "": a language gives the words it adds to them.
     */
    readDates: {
      end: "",
      start: "",
      mid: "",
      of: "",
      after: "",
    },
    /** In the calendar itself. */
    event: {
      call: "Follow-up call: {title}",
      say: "What I'll say: {text}",
      byWhen: "By when: {when}",
      callWhen: "When I'll call: {when}",
      from: "From my Keeping Customers workbook.",
      scorecard: "Fill in your customer scorecard",
      scorecardDetail:
        "Ask some customers how likely they are to recommend you (0 to 10), then add this month to the scorecard in your Keeping Customers workbook.",
    },
  },
  pdfDownload: {
    heading: "PDF for your coaching session",
    download: "Download PDF",
    send: "Send to my coach",
    inEnglish: "Questions in English",
    inEnglishHint:
      "For a coach who reads English: the questions in English, your answers as you wrote them.",
    failed:
      "Sorry, your PDF could not be made. Your answers are still saved on this device. Please try again, and if you are offline, try again once you are connected.",
    about:
      "Every step with your answers, ready to print. Anything not answered yet is marked, and the last page is left for notes.",
    making: "Making your PDF…",
    page: " page {number}",
    sent: "Sent {file}.",
    sentDownloaded: "This device could not send it, so it was downloaded instead: {file}.",
    notSent: "Not sent. Press “Send to my coach” to try again.",
    ready: "Your PDF is ready. Press “Send to my coach” to send it.",
    cannotPrint: "Some characters can’t be printed in the PDF.",
    showAs: "They will show as “{mark}” instead. Everything else prints as normal.",
    changeFirst: "You can change these answers first, or download the PDF as it is.",
    anyway: "Download anyway",
    /** In the list of what cannot print: a comment from the coach’s feedback file. */
    inComment: "Your coach’s comment on “{question}”",
    /** In the same list: the agreed actions from the coach’s feedback file. */
    inActions: "The actions agreed with your coach",
    /** The PDF is made, but the copy that shows next time what changed was not kept. */
    notKeptFull:
      "Your PDF is made, but this browser's storage is full, so no copy of these answers was kept to show what changes before your next session.",
    notKeptBlocked:
      "Your PDF is made, but this browser would not keep a copy of these answers to show what changes before your next session.",
    notKeptNewer:
      "Your PDF is made. This workbook was opened in a newer version of the app, so no copy of these answers was kept here: reload the page to use the newer version.",
  },
  /** The PDF's own words. */
  pdf: {
    notAnswered: "Not answered yet",
    notesTitle: "Notes from the coaching session",
    notesLead: "For you and your coach to write on.",
    holdsAnswers:
      "This PDF also holds a copy of your answers. To get them back on any computer, open the workbook, choose “Restore from backup” and pick this PDF.",
    forSession: "For my enterprise coaching session",
    date: "Date",
    progress: "Progress",
    step: "Step",
    answered: "Answered",
    allAnswered: "All answered",
    notStarted: "Not started",
    someAnswered: {
      one: "{answered} of {count} answered",
      other: "{answered} of {count} answered",
    },
    coverBookmark: "Cover and progress",
    stepBookmark: "Step {number}: {title}",
    stepNumber: "Step {number}",
    continued: "{label} (continued)",
    ownCheck: "My own check",
    /** Every page's footer: "Amira Khan · Bloom & Crumb · Page 2 of 9". */
    footer: "{who} · {page}",
    page: "Page {page} of {pages}",
    noScore: "No score. {message}",
    changesSince: "Since your last PDF on {date}: {changes}.",
    noChangesSince: "No answers have changed since your last PDF on {date}.",
    newAnswers: { one: "{count} new answer", other: "{count} new answers" },
    changedAnswers: { one: "{count} changed", other: "{count} changed" },
    removedAnswers: { one: "{count} removed", other: "{count} removed" },
    newSince: "New since {date}",
    changedSince: "Changed since {date}",
    removedSince: "Removed since {date}",
    /** Before what a removed answer said. */
    itSaid: "It said:",
    coachSaid: "Your coach said",
    /** Over a comment, when the feedback carries the coach's name. */
    coachNamedSaid: "{name}, your coach, said",
    /** Over a comment: who said it, and about which question. */
    saidOn: "{said} (on “{question}”)",
    /** The page after the cover that sums up the coach's feedback. */
    fromCoach: "From your coach",
    coachSent:
      "Your coach sent this feedback on {date}: the comments in it are also printed under the answers they are about.",
    coachNamedSent:
      "{name}, your coach, sent this feedback on {date}: the comments in it are also printed under the answers they are about.",
    /** A comment on the coach's page: "Step 2: Think of a time…". */
    commentOn: "Step {number}: {question}",
    comments: "Comments",
    agreedActions: "Agreed actions",
    actionHeadings: { action: "Action", byWhen: "By when", who: "Who" },
    /** Who is to do an agreed action, as the person coached reads it. */
    who: { client: "You", coach: "Your coach", both: "You and your coach" },
    title: "{workbook}: {business}",
    subject: "{subtitle}, for the coaching session",
    attachment: "The answers in this PDF, for restoring the workbook",
  },
};
