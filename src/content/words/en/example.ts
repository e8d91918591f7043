import type { Answers, RowId } from "../../types";

/** Example rows carry ids as saved rows do (they are never saved). */
const rows = <T extends object>(list: T[]): (T & RowId)[] =>
  list.map((row, i) => ({ id: `example-${i + 1}`, ...row }));

/**
 * The worked example in English: Amira Khan's answers for Bloom & Crumb, a fictional one-person
 * bakery, to every question of both parts. Loaded only when "Show example" is pressed or a PDF
 * of it is made. Every language has the same answers in its own words: the same questions, rows
 * and checks (tests/unit/words.test.ts checks the shape). Checklist answers ("yes", "notYet",
 * "notRelevant") and row ids are codes, not words: they stay as they are.
 */
export const example = {
  yourName: "Amira Khan",
  businessName: "Bloom & Crumb",
  businessWhat: "Celebration cakes and bakes, sold at the Saturday market and made to order.",
  coachName: "Sam Taylor",
  stoppedUsing:
    "My dry cleaner lost a jacket and then acted as if it was my fault. Nobody said sorry. I went somewhere else and told my sister, who stopped using them too.",
  contactPoints: rows([
    {
      point: "Instagram page",
      service: "Prices and allergy information are easy to find. Messages answered the same day.",
    },
    {
      point: "Placing an order",
      service: "I repeat the order back in writing, with the date, price and what is in it.",
    },
    {
      point: "Market stall",
      service: "Smile, say hello, offer a taste. Cash only until I get a card reader.",
    },
    {
      point: "Collection",
      service: "Cake ready on time, boxed neatly, with care instructions.",
    },
  ]),
  serviceList: rows([
    { text: "Every order confirmed in writing within a day." },
    { text: "Cakes ready when I said they would be, or I ring ahead." },
    { text: "A little extra in the box: a card, a candle, a spare cupcake." },
    { text: "Allergy questions always answered honestly. If I'm not sure, I say so." },
  ]),
  organisingChecklist: {
    items: {
      contactWay: { status: "yes", note: "Phone, email and Instagram messages." },
      payWay: { status: "notYet", note: "Get a card reader for the market stall." },
      websiteEasy: { status: "notRelevant", note: "No website yet; Instagram for now." },
      detailsEasy: { status: "notYet", note: "Put my number on every cake box." },
      askImprove: { status: "yes", note: "A short question card in each box." },
    },
    own: rows([
      {
        text: "Allergy information is clear on every label.",
        status: "yes",
        note: "",
      },
    ]),
  },
  wordOfMouth: "A card in every box: 'Enjoyed it? Tell a friend and you both get 10% off.'",
  testimonials:
    "I message each customer a few days after a celebration cake and ask for two lines and a photo. I share them on Instagram and on my market sign.",
  customersLike: "The flavours, that I remember their names, and that I can do gluten-free.",
  customersLookingFor: "Vegan cakes. Small boxes of treats for office birthdays.",
  othersInterested: "Local cafés, and the wedding planner a customer mentioned.",
  useResearch:
    "Test a vegan range at the market in spring. Make an office treat box. Take samples to two cafés.",
  complaintChannels: rows([
    { text: "In person at the stall" },
    { text: "By phone or text: my number is going on every box" },
    { text: "Instagram message" },
  ]),
  complaintRoutine: {
    items: {
      easy: {
        status: "yes",
        note: "At the stall or on Instagram. My number is going on every box.",
      },
      apologise: { status: "yes", note: "Even when it isn't my fault." },
      quickly: { status: "yes", note: "Same day if I can." },
      thank: { status: "yes", note: "A card and a small box of treats with their next order." },
    },
    own: [],
  },
  responseTime: "The same day, and always within 24 hours.",
  putRight: "A new cake, a refund, or money off the next order. The customer chooses.",
  sayThankYou: "A handwritten card and a small box of treats with their next order.",
  checkBack: "A message one week later to ask if everything is now fine.",
  abusive:
    "Say calmly that I want to help but will end the call if the shouting goes on. If it does, I end it and write down what happened.",
  learningLog: rows([
    {
      wentWrong: "Wrong name iced on a birthday cake.",
      why: "I took the order by phone and didn't read it back.",
      prevent: "Confirm every order in writing before I start baking.",
    },
  ]),
  askCoach: rows([{ text: "Is a card reader worth it for a Saturday stall?" }]),
  askCustomers: rows([
    { text: "How did you hear about us?" },
    { text: "What would make ordering easier?" },
  ]),
  actions: rows([
    { action: "Print my phone number on the cake boxes.", byWhen: "End of March" },
    { action: "Write an order confirmation template.", byWhen: "Next week" },
  ]),
  // Part 2, "Keep them coming back".
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
    "My score has gone up since I started confirming orders in writing. March's complaint was a cake not ready on time, so I'm adding collection times to the order form.",
} satisfies Answers;
