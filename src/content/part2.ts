import type { Step } from "./types";

/**
 * Part 2, "Keep them coming back": the companion documents as tools to come back to between
 * sessions. Lifetime value and follow-up calls come from the customer-care course notes; where
 * you want to be and measuring, from the post on service standards; staying in touch and the
 * answers book, from "Six customer service strategies that win"; owning a problem, from the
 * customer-retention notes. Every word here loads with the first page, so it is kept short.
 */
export const part2Steps = [
  {
    id: "customer-worth",
    title: "What is a customer worth?",
    shortTitle: "Customer worth",
    prompt: "A customer is worth far more than one sale. Put in rough figures to see how much.",
    points: [
      "Spend £150 a week at one supermarket and that is £7,800 a year. Stay 10 years and it is £78,000.",
      "Winning a new customer costs about ten times as much as keeping one.",
    ],
    tips: ["Rough averages are fine."],
    fields: [
      {
        kind: "number",
        id: "averageSpend",
        label: "Average spend each time a customer buys (£)",
        money: true,
      },
      { kind: "number", id: "timesAYear", label: "Times a customer buys in a year" },
      { kind: "number", id: "yearsStay", label: "Years a customer stays with you" },
      {
        kind: "calculated",
        id: "yearValue",
        label: "Value of one customer in a year",
        times: ["averageSpend", "timesAYear"],
      },
      {
        kind: "calculated",
        id: "lifetimeValue",
        label: "Lifetime value of one customer",
        times: ["averageSpend", "timesAYear", "yearsStay"],
      },
      {
        kind: "number",
        id: "customersAWeek",
        label: "Customers you serve in a week",
        hint: "Optional.",
      },
      {
        kind: "calculated",
        id: "weekValue",
        label: "Lifetime value of one week's customers",
        times: ["averageSpend", "timesAYear", "yearsStay", "customersAWeek"],
      },
      {
        kind: "longText",
        id: "worthMeaning",
        label: "What does this mean for how you treat each customer?",
      },
    ],
  },
  {
    id: "where-you-want-to-be",
    title: "Where you want to be",
    shortTitle: "Where you want to be",
    prompt:
      "What should customers say about you? Work out what has to change, and where you are now.",
    points: [
      "77% of customers say they would avoid a business after poor service, if they could go elsewhere.",
    ],
    tips: ["You can't change everything at once. Mark what comes first."],
    fields: [
      {
        kind: "list",
        id: "customersSay",
        label: "What do you want customers to say about you?",
        itemLabel: "What customers say",
        addLabel: "Add what customers say",
      },
      {
        kind: "table",
        id: "gettingThere",
        label: "How you will get there",
        columns: [
          { id: "say", heading: "What they'll say" },
          { id: "happen", heading: "What needs to happen" },
          { id: "when", heading: "First or later" },
        ],
        addLabel: "Add a change",
      },
      { kind: "longText", id: "whereNow", label: "Where are you now?" },
      { kind: "text", id: "firstStep", label: "Your first step" },
      { kind: "text", id: "nextStep", label: "Your next step" },
    ],
  },
  {
    id: "stay-in-touch",
    title: "Know your customers and stay in touch",
    shortTitle: "Stay in touch",
    prompt: "Keep a record of your customers, and plan how to stay in touch.",
    points: [
      "A record of who bought what, and when, shows your best customers and who you haven't seen for a while.",
      "Never send anyone marketing, by email or any other way, without their permission. Let them sign up first.",
    ],
    fields: [
      {
        kind: "longText",
        id: "customerRecord",
        label: "How will you keep a record of your customers?",
        hint: "Cards, a spreadsheet or an app.",
      },
      {
        kind: "table",
        id: "stayInTouch",
        label: "Your stay-in-touch plan",
        columns: [
          { id: "who", heading: "Who" },
          { id: "how", heading: "How (email, text, post, phone, social)" },
          { id: "often", heading: "How often" },
          { id: "about", heading: "What about" },
          { id: "saidYes", heading: "Have they said yes?" },
        ],
        addLabel: "Add who to stay in touch with",
      },
      {
        kind: "longText",
        id: "thankYouNote",
        label: "How will you thank a customer after a big purchase?",
      },
      { kind: "longText", id: "rewardBest", label: "How will you reward your best customers?" },
    ],
  },
  {
    id: "follow-up-calls",
    title: "Follow-up calls",
    shortTitle: "Follow-up calls",
    prompt:
      "A short call after the sale shows you care. Better to know how customers feel than to guess.",
    points: [
      "Nothing went right: once it is put right, call to check all is well.",
      "An angry customer: ask if what you did sorted it. They may become a good customer.",
      "A new customer: a call makes them likelier to come back.",
      "A regular customer: a call now and then shows you don't take them for granted.",
    ],
    fields: [
      {
        kind: "table",
        id: "followUpCalls",
        label: "Your follow-up calls",
        columns: [
          { id: "moment", heading: "Moment" },
          { id: "when", heading: "When I'll call" },
          { id: "say", heading: "What I'll say" },
        ],
        addLabel: "Add a moment",
        suggestionsTitle: "The four moments — add in one click:",
        suggestions: [
          "Nothing went right",
          "An angry customer",
          "A new customer",
          "A regular customer",
        ],
      },
    ],
  },
  {
    id: "answers-book",
    title: "Your answers book",
    shortTitle: "Answers book",
    prompt: "Write down the questions customers often ask, and the answer everyone gives.",
    points: [
      "Sort every problem at the first contact or, if you can't, within one working day. Say when you'll come back.",
      "Whoever the customer speaks to owns the problem until it is sorted.",
    ],
    fields: [
      {
        kind: "table",
        id: "answersBook",
        label: "Common questions and answers",
        columns: [
          { id: "question", heading: "Question" },
          { id: "answer", heading: "The answer everyone gives" },
        ],
        addLabel: "Add a question",
      },
      {
        kind: "longText",
        id: "firstContact",
        label: "How will you sort problems at the first contact, or within one working day?",
      },
      { kind: "text", id: "whoDecides", label: "Who decides when there is no rule?" },
      { kind: "longText", id: "specialCases", label: "How will you write down special cases?" },
    ],
  },
  {
    id: "measure",
    title: "Measure and manage",
    shortTitle: "Measure",
    prompt: "Each month, ask some customers: “From 0 to 10, how likely are you to recommend us?”",
    points: [
      "Your recommend score is the % who answer 9 or 10, minus the % who answer 0 to 6.",
      "Compare this month with last month, and with last year.",
    ],
    fields: [
      {
        kind: "scorecard",
        id: "scorecard",
        label: "Monthly scorecard",
        columns: [
          { id: "month", heading: "Month" },
          { id: "asked", heading: "Customers asked" },
          { id: "top", heading: "Answered 9 or 10" },
          { id: "bottom", heading: "Answered 0 to 6" },
          { id: "complaints", heading: "Complaints" },
          { id: "compliments", heading: "Compliments" },
        ],
        addLabel: "Add a month",
        score: { heading: "Recommend score", asked: "asked", top: "top", bottom: "bottom" },
        chartTitle: "Recommend score by month",
      },
      {
        kind: "longText",
        id: "scoreLessons",
        label: "What does your score tell you, and what will you change?",
      },
    ],
  },
] satisfies Step[];
