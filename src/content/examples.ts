import { withDefaults } from "./kinds";
import { part2Examples } from "./part2-examples";
import type { Answers, RowId, Workbook } from "./types";

/** Example rows carry ids as saved rows do (they are never saved). */
const rows = <T extends object>(list: T[]): (T & RowId)[] =>
  list.map((row, i) => ({ id: `example-${i + 1}`, ...row }));

/**
 * The worked example: Amira Khan's answers for Bloom & Crumb, a fictional one-person bakery.
 * Kept apart from the workbook's words so that it loads only when "Show example" is pressed
 * (and for the PDF tests and benchmark). tests/unit/content.test.ts checks that every question
 * has an example of the right shape.
 */
export const examples = {
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
      service: "Smile, say hello, offer a taste. Card and cash both taken.",
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
    { text: "By phone or text: number on every box" },
    { text: "Instagram message" },
  ]),
  complaintRoutine: {
    items: {
      easy: { status: "yes", note: "Number on every box." },
      apologise: { status: "yes", note: "Even when it isn't my fault." },
      quickly: { status: "yes", note: "Same day if I can." },
      thank: { status: "notYet", note: "Decide what to offer: a free cupcake box?" },
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
  ...part2Examples,
} satisfies Answers;

/** The worked example as a full set of answers, e.g. to preview or benchmark the PDF. */
export function exampleAnswers(workbook: Workbook): Answers {
  return withDefaults(workbook, examples);
}
