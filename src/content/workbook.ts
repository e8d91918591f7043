import type { Workbook } from "./types";

/**
 * The workbook's words, from resource sheet 2.8 "Keeping customers: Customer service".
 * The worked example throughout is Bloom & Crumb, a fictional one-person bakery.
 */
export const workbook = {
  title: "Keeping customers",
  subtitle: "Customer service workbook",
  exampleBusiness: {
    name: "Amira Khan",
    business: "Bloom & Crumb",
    owner: "Amira Khan",
    coach: "Sam Taylor",
  },
  steps: [
    {
      id: "about-you",
      title: "About you",
      shortTitle: "About you",
      prompt:
        "Tell us a little about you and your business. Everything here is optional. It goes on the front of your PDF.",
      tips: ["Your answers stay on this device. Nothing is sent anywhere."],
      exampleIntro: "Amira runs a small bakery from home.",
      fields: [
        { kind: "text", id: "yourName", label: "Your name", example: "Amira Khan" },
        { kind: "text", id: "businessName", label: "Business name", example: "Bloom & Crumb" },
        {
          kind: "text",
          id: "businessWhat",
          label: "What your business does, in one line",
          example: "Celebration cakes and bakes, sold at the Saturday market and made to order.",
        },
        { kind: "text", id: "coachName", label: "Your coach's name", example: "Sam Taylor" },
      ],
    },
    {
      id: "why-it-matters",
      title: "Why customer service matters",
      shortTitle: "Why it matters",
      prompt:
        "Winning customers takes a lot of time and money. Why work so hard to win them, only to lose them because you don't look after them?",
      points: [
        "It costs about ten times as much to win a new customer as it does to keep one you already have.",
        "All businesses lose customers over time. Poor customer service is by far the biggest reason why.",
        "Recommendations and testimonials are gold dust. They make winning new customers much easier.",
        "Bad news travels even faster. Unhappy customers tell their friends and family.",
      ],
      tips: ["Think about how it felt to be let down. Your customers will feel the same."],
      exampleIntro: "Amira remembers why she changed her dry cleaner.",
      fields: [
        {
          kind: "longText",
          id: "stoppedUsing",
          label:
            "Think of a time you stopped using a business. What happened, and why did you stop?",
          hint: "Optional. A few sentences are plenty.",
          example:
            "My dry cleaner lost a jacket and then acted as if it was my fault. Nobody said sorry. I went somewhere else and told my sister, who stopped using them too.",
        },
      ],
    },
    {
      id: "contact-points",
      title: "Your customer contact points",
      shortTitle: "Contact points",
      prompt:
        "List every way your customers come into contact with your business. Next to each one, write what good customer service looks like there.",
      tips: [
        "Follow a customer from the moment they first hear of you to after they have paid.",
        "Think about what you like and dislike when other businesses serve you. Apply it to your own business.",
        "Use the suggestions to add common contact points in one click, then change the words to fit.",
      ],
      exampleIntro: "Some of Amira's contact points:",
      fields: [
        {
          kind: "table",
          id: "contactPoints",
          label: "Contact points and good service",
          columns: [
            { id: "point", heading: "Customer contact point" },
            { id: "service", heading: "What good customer service looks like there" },
          ],
          addLabel: "Add contact point",
          suggestions: [
            "Website or brochure",
            "Phone enquiry",
            "Placing an order",
            "Meeting you or your staff",
            "Paying",
            "Delivery",
            "A problem",
            "Asking for help or advice",
          ],
          example: [
            {
              point: "Instagram page",
              service:
                "Prices and allergy information are easy to find. Messages answered the same day.",
            },
            {
              point: "Placing an order",
              service:
                "I repeat the order back in writing, with the date, price and what is in it.",
            },
            {
              point: "Market stall",
              service: "Smile, say hello, offer a taste. Card and cash both taken.",
            },
            {
              point: "Collection",
              service: "Cake ready on time, boxed neatly, with care instructions.",
            },
          ],
        },
      ],
    },
    {
      id: "good-service",
      title: "Your good customer service list",
      shortTitle: "Good service list",
      prompt:
        "Write your own list of service promises: what every customer can count on from you. Add any of the suggestions in one click, then put them in your own words.",
      tips: [
        "Check your list against your contact points. Is there anything you want to add?",
        "Talk it through with your coach. Even better, ask customers what they would like to see.",
      ],
      exampleIntro: "Amira's promises:",
      fields: [
        {
          kind: "list",
          id: "serviceList",
          label: "My good customer service list",
          itemLabel: "Promise",
          addLabel: "Add a promise of my own",
          suggestionLabel: "Add to my list",
          suggestions: [
            "Be honest: don't promise what you can't deliver.",
            "Do what you say you'll do, such as turning up on time.",
            "Always try to deliver more than you promise.",
            "Be friendly.",
            "Look at things from the customer's point of view.",
            "Listen, so you know what the customer really wants.",
            "Make it easy for people to contact you.",
            "Respond quickly.",
            "Be professional in how you behave, dress and present your business.",
            "Turn complaints into a chance to impress: listen, say sorry and put it right.",
            "Take responsibility. Don't blame somebody else.",
            "Be a 'can do' person. If you can't solve a problem, find someone who can.",
            "Keep in touch with people.",
            "Ask customers for feedback.",
          ],
          example: [
            { text: "Every order confirmed in writing within a day." },
            { text: "Cakes ready when I said they would be, or I ring ahead." },
            { text: "A little extra in the box: a card, a candle, a spare cupcake." },
            { text: "Allergy questions always answered honestly. If I'm not sure, I say so." },
          ],
        },
      ],
    },
    {
      id: "organising",
      title: "Organising for customer service",
      shortTitle: "Organising",
      prompt:
        "Have you made it as easy as possible for customers to do business with you? Look at each point from the customer's side.",
      tips: [
        "Set up your business so it works for you, but check it also works for your customers.",
        "Add checks of your own that fit your business.",
      ],
      exampleIntro: "How Amira checked her bakery:",
      fields: [
        {
          kind: "checklist",
          id: "organisingChecklist",
          label: "Is it easy to do business with you?",
          noteLabel: "What I'll change",
          ownAddLabel: "Add my own check",
          items: [
            { id: "contactWay", text: "Customers can contact me in the way they prefer." },
            { id: "payWay", text: "Customers can pay me in the way they prefer." },
            { id: "websiteEasy", text: "My website is easy to find my way around." },
            {
              id: "detailsEasy",
              text: "My phone number, email and other details are easy to find.",
            },
            { id: "askImprove", text: "I ask customers what I could improve." },
          ],
          example: {
            items: {
              contactWay: { status: "yes", note: "Phone, email and Instagram messages." },
              payWay: { status: "notYet", note: "Get a card reader for the market stall." },
              websiteEasy: { status: "notRelevant", note: "No website yet; Instagram for now." },
              detailsEasy: { status: "notYet", note: "Put my number on every cake box." },
              askImprove: { status: "yes", note: "A short question card in each box." },
            },
            own: [
              {
                text: "Allergy information is clear on every label.",
                status: "yes",
                note: "",
              },
            ],
          },
        },
      ],
    },
    {
      id: "winning-customers",
      title: "Winning customers through service",
      shortTitle: "Winning customers",
      prompt:
        "Great service wins new customers. Plan how you will get people talking about you, and how you will use what customers tell you.",
      points: [
        "Happy customers tell their friends and family, and give testimonials you can use in your marketing.",
        "Friendly service gets customers chatting. They tell you what they like, what else they are looking for and who else might be interested.",
        "That is free market research. Use it to improve your marketing, shape new products or services, and find new customers.",
      ],
      tips: ["Write down what customers say soon after they say it, before you forget."],
      exampleIntro: "Amira's plans:",
      fields: [
        {
          kind: "longText",
          id: "wordOfMouth",
          label: "How will you get customers to recommend you to others?",
          example: "A card in every box: 'Enjoyed it? Tell a friend and you both get 10% off.'",
        },
        {
          kind: "longText",
          id: "testimonials",
          label: "How will you ask for testimonials, and where will you use them?",
          example:
            "I message each customer a few days after a celebration cake and ask for two lines and a photo. I share them on Instagram and on my market sign.",
        },
        {
          kind: "longText",
          id: "customersLike",
          label: "What do customers like about you and your business?",
          example: "The flavours, that I remember their names, and that I can do gluten-free.",
        },
        {
          kind: "longText",
          id: "customersLookingFor",
          label: "What other products or services are they looking for?",
          example: "Vegan cakes. Small boxes of treats for office birthdays.",
        },
        {
          kind: "longText",
          id: "othersInterested",
          label: "Who else might be interested in what you offer?",
          example: "Local cafés, and the wedding planner a customer mentioned.",
        },
        {
          kind: "longText",
          id: "useResearch",
          label:
            "How will you use what you hear? Think about your marketing, new products or services, and new customers.",
          example:
            "Test a vegan range at the market in spring. Make an office treat box. Take samples to two cafés.",
        },
      ],
    },
    {
      id: "complaints",
      title: "Your complaint plan",
      shortTitle: "Complaints",
      prompt:
        "Things will go wrong sometimes. A complaint is a chance to impress and a chance to improve. Plan how you will handle one.",
      points: [
        "The customer is not always right, but treat them as if they were. What they think is what matters.",
        "You don't have to accept threats or abuse. Warn the person politely, then end the conversation.",
        "A complaint is free market research. It is far better than a customer who says nothing to you but tells their friends.",
      ],
      tips: [
        "After each complaint, work out why it happened and what will stop it happening again.",
      ],
      exampleIntro: "Amira's plan:",
      fields: [
        {
          kind: "list",
          id: "complaintChannels",
          label: "How can customers complain to you?",
          itemLabel: "Way to complain",
          addLabel: "Add a way to complain",
          suggestionLabel: "Add way to complain",
          suggestions: ["In person", "By phone", "By email", "By text or social media message"],
          example: [
            { text: "In person at the stall" },
            { text: "By phone or text: number on every box" },
            { text: "Instagram message" },
          ],
        },
        {
          kind: "checklist",
          id: "complaintRoutine",
          label: "The ten-step complaint routine. Will you do each one?",
          noteLabel: "My note",
          items: [
            { id: "easy", text: "Make it easy for customers to complain." },
            {
              id: "shoes",
              text: "Put yourself in the customer's shoes. Treat them as you would like to be treated.",
            },
            { id: "apologise", text: "Say sorry." },
            { id: "listen", text: "Listen carefully to what they have to say." },
            { id: "positive", text: "Stay positive and sympathetic." },
            {
              id: "facts",
              text: "Check the facts with them, so you know exactly what the problem is.",
            },
            {
              id: "solution",
              text: "Offer a solution and agree it with them. Give options if you can.",
            },
            { id: "quickly", text: "Solve the problem as quickly as you can." },
            {
              id: "thank",
              text: "Thank them for telling you, and offer them something as a thank you.",
            },
            { id: "checkBack", text: "Check back to make sure the problem is fully sorted." },
          ],
          example: {
            items: {
              easy: { status: "yes", note: "Number on every box." },
              apologise: { status: "yes", note: "Even when it isn't my fault." },
              quickly: { status: "yes", note: "Same day if I can." },
              thank: { status: "notYet", note: "Decide what to offer: a free cupcake box?" },
            },
            own: [],
          },
        },
        {
          kind: "text",
          id: "responseTime",
          label: "How quickly will you respond to a complaint?",
          example: "The same day, and always within 24 hours.",
        },
        {
          kind: "longText",
          id: "putRight",
          label: "What can you offer to put things right?",
          example: "A new cake, a refund, or money off the next order. The customer chooses.",
        },
        {
          kind: "longText",
          id: "sayThankYou",
          label: "How will you say thank you to someone who complains?",
          example: "A handwritten card and a small box of treats with their next order.",
        },
        {
          kind: "longText",
          id: "checkBack",
          label: "How and when will you check back with them?",
          example: "A message one week later to ask if everything is now fine.",
        },
        {
          kind: "longText",
          id: "abusive",
          label: "What will you do if a customer is threatening or abusive?",
          hint: "The sheet's advice: warn them politely, then end the conversation.",
          example:
            "Say calmly that I want to help but will end the call if the shouting goes on. If it does, I end it and write down what happened.",
        },
        {
          kind: "table",
          id: "learningLog",
          label: "Learning log",
          hint: "Fill this in after each complaint.",
          columns: [
            { id: "wentWrong", heading: "What went wrong" },
            { id: "why", heading: "Why it happened" },
            { id: "prevent", heading: "What will stop it happening again" },
          ],
          addLabel: "Add learning log entry",
          example: [
            {
              wentWrong: "Wrong name iced on a birthday cake.",
              why: "I took the order by phone and didn't read it back.",
              prevent: "Confirm every order in writing before I start baking.",
            },
          ],
        },
      ],
    },
    {
      id: "talk-it-through",
      title: "Talk it through",
      shortTitle: "Talk it through",
      prompt:
        "Take this workbook to your enterprise coach. Note what you want to ask, what you will ask your customers, and what you will do next.",
      tips: [
        "Asking customers what they would like to see is the surest way to get your service right.",
      ],
      exampleIntro: "Amira's notes for her session with Sam:",
      fields: [
        {
          kind: "list",
          id: "askCoach",
          label: "What do you want to ask your coach?",
          itemLabel: "Question for my coach",
          addLabel: "Add question for my coach",
          example: [{ text: "Is a card reader worth it for a Saturday stall?" }],
        },
        {
          kind: "list",
          id: "askCustomers",
          label: "What will you ask your customers?",
          itemLabel: "Question for customers",
          addLabel: "Add question for customers",
          example: [
            { text: "How did you hear about us?" },
            { text: "What would make ordering easier?" },
          ],
        },
        {
          kind: "table",
          id: "actions",
          label: "Action points",
          columns: [
            { id: "action", heading: "Action" },
            { id: "byWhen", heading: "By when" },
          ],
          addLabel: "Add action",
          example: [
            { action: "Print my phone number on the cake boxes.", byWhen: "End of March" },
            { action: "Write an order confirmation template.", byWhen: "Next week" },
          ],
        },
      ],
    },
    {
      id: "review",
      title: "Review and download",
      shortTitle: "Review",
      prompt:
        "See how far you have got, go back to any step, and download your PDF to take to your coaching session.",
      tips: [
        "Keep a backup file if you use a shared computer, then remove your answers when you finish.",
      ],
      fields: [],
      review: true,
    },
  ],
} satisfies Workbook;
