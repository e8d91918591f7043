import type { Step } from "./types";

/**
 * Part 2, "Keep them coming back": the companion documents as tools to come back to between
 * coaching sessions. Lifetime value and follow-up calls from the customer-care course notes,
 * service standards and measuring from the post on service standards, staying in touch and the
 * answers book from "Six customer service strategies that win", owning problems from the
 * customer-retention notes.
 */
export const part2Steps = [
  {
    id: "customer-worth",
    title: "What is a customer worth?",
    shortTitle: "Customer worth",
    prompt:
      "A customer is worth far more than one sale. Put in your own rough figures and see what one customer spends with you while they stay.",
    points: [
      "A shopper who spends £150 a week at one supermarket spends £7,800 a year. Over the 10 years they stay, that is £78,000.",
      "Winning a new customer costs about ten times as much as keeping one you already have.",
    ],
    tips: [
      "Rough averages are fine. A fair guess beats no number at all.",
      "Not sure how long customers stay? Think of your longest regulars, or ask your coach.",
    ],
    exampleIntro: "Amira's sums for Bloom & Crumb:",
    fields: [
      {
        kind: "number",
        id: "averageSpend",
        label: "Average spend each time a customer buys (£)",
        money: true,
      },
      { kind: "number", id: "timesAYear", label: "Times a customer buys from you in a year" },
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
        label: "What one week's customers are worth over their lifetime",
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
      "Picture your business with the service you want. What would customers say about you? Then work out what has to change, and where you are today.",
    points: [
      "77% of customers say they would avoid a business after poor service, if they could go elsewhere.",
      "When products and prices look alike, how it feels to buy from you makes the difference.",
    ],
    tips: [
      "Write what customers would say in their words, such as 'She always remembers my name'.",
      "You can't change everything at once. Mark what comes first.",
    ],
    exampleIntro: "What Amira wants customers to say:",
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
      {
        kind: "longText",
        id: "whereNow",
        label: "Where are you now? How close is your service to that today?",
      },
      { kind: "text", id: "firstStep", label: "Your first step" },
      { kind: "text", id: "nextStep", label: "Your next step" },
    ],
  },
  {
    id: "stay-in-touch",
    title: "Know your customers and stay in touch",
    shortTitle: "Stay in touch",
    prompt:
      "Keep a simple record of your customers, and plan how you will keep in touch so they hear from you for good reasons.",
    points: [
      "News, offers and events by email, post, text or social media remind customers you can solve their problems.",
      "Never send anyone marketing, by email or any other way, without their clear permission. Let them sign up first.",
      "A record of who bought what, and when, shows your best customers and the ones you haven't seen for a while.",
    ],
    tips: ["A card for each customer or a simple spreadsheet is enough to start with."],
    exampleIntro: "How Amira keeps in touch:",
    fields: [
      {
        kind: "longText",
        id: "customerRecord",
        label: "How will you keep a record of your customers?",
        hint: "For example a card for each customer, a spreadsheet or an app.",
      },
      {
        kind: "table",
        id: "stayInTouch",
        label: "Your stay-in-touch plan",
        hint: "Nobody gets marketing from you unless they have said yes.",
        columns: [
          { id: "who", heading: "Who" },
          { id: "how", heading: "How (email, text, post, phone, social)" },
          { id: "often", heading: "How often" },
          { id: "about", heading: "What about" },
          { id: "saidYes", heading: "Have they said yes?" },
        ],
        addLabel: "Add a group to stay in touch with",
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
      "A short call after the sale tells customers you care, and tells you how they really feel. Plan when you will call and what you will say.",
    points: [
      "It is always better to know how happy a customer is than to guess.",
      "Four moments call for a follow-up: nothing went right, a customer was angry, a customer is new, and now and then for a regular.",
    ],
    tips: [
      "Call even when it went badly. Customers are often pleasantly surprised, and some become your best.",
    ],
    exampleIntro: "Amira's follow-up calls:",
    fields: [
      {
        kind: "text",
        id: "callNothingRightWhen",
        label: "Nothing went right: when will you call?",
        hint: "Once the problems are put right, check everything is now fine.",
      },
      {
        kind: "longText",
        id: "callNothingRightSay",
        label: "Nothing went right: what will you say?",
      },
      {
        kind: "text",
        id: "callAngryWhen",
        label: "An angry customer: when will you call?",
        hint: "Ask if what you did sorted it. An angry customer can become a good one.",
      },
      { kind: "longText", id: "callAngrySay", label: "An angry customer: what will you say?" },
      {
        kind: "text",
        id: "callNewWhen",
        label: "A new customer: when will you call?",
        hint: "An extra courtesy that makes them likelier to come back.",
      },
      { kind: "longText", id: "callNewSay", label: "A new customer: what will you say?" },
      {
        kind: "text",
        id: "callRegularWhen",
        label: "A regular customer: when will you call?",
        hint: "Regulars are easy to take for granted. A friendly call says you care.",
      },
      { kind: "longText", id: "callRegularSay", label: "A regular customer: what will you say?" },
    ],
  },
  {
    id: "answers-book",
    title: "Your answers book",
    shortTitle: "Answers book",
    prompt:
      "Write down the questions customers often ask and the answer everyone gives. Nobody gives a wrong answer, and nothing is lost when someone leaves.",
    points: [
      "Sort every question or problem at the first contact or, when you can't, within one working day.",
      "If you need time to find out, tell the customer when you will come back to them. Don't leave them hanging.",
      "Whoever the customer speaks to owns the problem until it is sorted, even if that means finding someone else to help.",
    ],
    tips: [
      "A notebook, a document or a shared file all work. Add to it whenever a new question comes up.",
    ],
    exampleIntro: "Pages from Amira's answers book:",
    fields: [
      {
        kind: "table",
        id: "answersBook",
        label: "Common questions and answers",
        columns: [
          { id: "question", heading: "Question customers ask" },
          { id: "answer", heading: "The answer everyone gives" },
        ],
        addLabel: "Add a question",
      },
      {
        kind: "longText",
        id: "firstContact",
        label: "How will you sort problems at the first contact, or within one working day?",
      },
      {
        kind: "text",
        id: "whoDecides",
        label: "Who decides when there is no rule, or a rule needs bending?",
      },
      {
        kind: "longText",
        id: "specialCases",
        label: "How will special cases be written down?",
        hint: "For example a page at the back of this book, a form, or a voice message.",
      },
    ],
  },
  {
    id: "measure",
    title: "Measure and manage",
    shortTitle: "Measure",
    prompt:
      "Each month, ask some customers: “From 0 to 10, how likely are you to recommend us to a friend?” Note the answers with your complaints and compliments, and watch your score.",
    points: [
      "Your recommend score is the percentage who answer 9 or 10, minus the percentage who answer 0 to 6. It runs from −100 to +100.",
      "Set this month against last month, and against the same month last year.",
    ],
    tips: [
      "Ask the same question in the same way every month, so the months compare fairly.",
      "Every few months, walk through how you serve customers from first contact to after the sale, and note what to improve.",
    ],
    exampleIntro: "Amira's first three months:",
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
