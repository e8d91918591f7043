import type { Answers, RowId } from "./types";

/** Example rows carry ids as saved rows do (they are never saved). */
const rows = <T extends object>(list: T[]): (T & RowId)[] =>
  list.map((row, i) => ({ id: `example-${i + 1}`, ...row }));

/** Amira's answers to Part 2, "Keep them coming back", for Bloom & Crumb. */
export const part2Examples = {
  averageSpend: "£30",
  timesAYear: "4",
  yearsStay: "5",
  // Worked out from the numbers above: £120 a year, £600 over five years, £15,000 a week.
  yearValue: null,
  lifetimeValue: null,
  customersAWeek: "25",
  weekValue: null,
  worthMeaning:
    "A birthday cake is £30, but a happy family could spend £600 with me over the years. That is worth a free candle and a thank-you card every time.",
  customersSay: rows([
    { text: "Her cakes taste as good as they look." },
    { text: "She always does what she says she will." },
    { text: "Ordering is so easy." },
  ]),
  gettingThere: rows([
    {
      say: "She always does what she says she will.",
      happen: "Confirm every order in writing, with the collection time.",
      when: "First",
    },
    {
      say: "Ordering is so easy.",
      happen: "An order form on Instagram, and card payments at the stall.",
      when: "Later",
    },
  ]),
  whereNow:
    "Most customers are happy, but phone orders sometimes go wrong and I can't take cards at the stall yet.",
  firstStep: "Write an order confirmation template this week.",
  nextStep: "Get a card reader before the summer markets.",
  customerRecord:
    "A spreadsheet: name, phone, what they ordered and when, allergies, and whether they want my news.",
  stayInTouch: rows([
    {
      who: "Market regulars",
      how: "Email",
      often: "Once a month",
      about: "New flavours and market dates",
      saidYes: "Yes, signed up at the stall",
    },
    {
      who: "Birthday cake customers",
      how: "Text",
      often: "Once a year",
      about: "A reminder a month before the birthday",
      saidYes: "Asked when they order",
    },
  ]),
  thankYouNote: "A handwritten card in the box with any order over £50, asking how the day went.",
  rewardBest: "A free cupcake box with every tenth order, and first pick of Christmas slots.",
  followUpCalls: rows([
    {
      moment: "Nothing went right",
      when: "The day after I put it right",
      say: "Check the new cake was right, and say sorry again for the trouble.",
    },
    {
      moment: "An angry customer",
      when: "Within two days",
      say: "Ask if what we agreed has sorted it, and thank them for telling me.",
    },
    {
      moment: "A new customer",
      when: "A few days after their first order",
      say: "Ask how it went down, and if they would like to hear about new flavours.",
    },
    {
      moment: "A regular customer",
      when: "Every few months",
      say: "A friendly hello, and ask if there is anything new they would like.",
    },
  ]),
  answersBook: rows([
    {
      question: "Do you make gluten-free cakes?",
      answer:
        "Yes, on a separate day. I can't promise no traces, because I bake with flour at home.",
    },
    {
      question: "How far ahead should I order?",
      answer: "A week for most cakes, three for weddings.",
    },
    { question: "Can I change my order?", answer: "Yes, free of charge up to three days before." },
  ]),
  firstContact:
    "Answer every message the same day. If I need to check something, I say when I'll get back, always within one working day.",
  whoDecides: "Me. My sister decides on Saturdays, when she runs the stall.",
  specialCases:
    "A page at the back of the order book: the date, the customer, what we did and why.",
  scorecard: rows([
    { month: "January", asked: "20", top: "11", bottom: "3", complaints: "1", compliments: "6" },
    { month: "February", asked: "25", top: "15", bottom: "3", complaints: "0", compliments: "9" },
    { month: "March", asked: "24", top: "16", bottom: "2", complaints: "1", compliments: "11" },
  ]),
  scoreLessons:
    "My score has gone up since I started confirming orders in writing. March's complaint was a late delivery, so I'm adding delivery times to the order form.",
} satisfies Answers;
