import { part2Steps } from "./part2";
import type { Workbook } from "./types";

/**
 * The workbook's words, from resource sheet 2.8 "Keeping customers: Customer service"; Part 2's
 * steps, from the companion documents, are in part2.ts.
 * The worked example throughout is Bloom & Crumb, a fictional one-person bakery.
 */
export const workbook = {
  language: "en-GB",
  title: "Keeping customers",
  subtitle: "Customer service workbook",
  exampleBusiness: "Bloom & Crumb",
  checkStatusLabels: { yes: "Yes", notYet: "Not yet", notRelevant: "Not relevant" },
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
        { kind: "text", id: "yourName", label: "Your name" },
        { kind: "text", id: "businessName", label: "Business name" },
        {
          kind: "text",
          id: "businessWhat",
          label: "What your business does, in one line",
        },
        { kind: "text", id: "coachName", label: "Your coach's name" },
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
          suggestionsTitle: "Common contact points — add in one click:",
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
        },
        {
          kind: "longText",
          id: "testimonials",
          label: "How will you ask for testimonials, and where will you use them?",
        },
        {
          kind: "longText",
          id: "customersLike",
          label: "What do customers like about you and your business?",
        },
        {
          kind: "longText",
          id: "customersLookingFor",
          label: "What other products or services are they looking for?",
        },
        {
          kind: "longText",
          id: "othersInterested",
          label: "Who else might be interested in what you offer?",
        },
        {
          kind: "longText",
          id: "useResearch",
          label:
            "How will you use what you hear? Think about your marketing, new products or services, and new customers.",
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
        },
        {
          kind: "text",
          id: "responseTime",
          label: "How quickly will you respond to a complaint?",
        },
        {
          kind: "longText",
          id: "putRight",
          label: "What can you offer to put things right?",
        },
        {
          kind: "longText",
          id: "sayThankYou",
          label: "How will you say thank you to someone who complains?",
        },
        {
          kind: "longText",
          id: "checkBack",
          label: "How and when will you check back with them?",
        },
        {
          kind: "longText",
          id: "abusive",
          label: "What will you do if a customer is threatening or abusive?",
          hint: "The sheet's advice: warn them politely, then end the conversation.",
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
        },
        {
          kind: "list",
          id: "askCustomers",
          label: "What will you ask your customers?",
          itemLabel: "Question for customers",
          addLabel: "Add question for customers",
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
        },
      ],
    },
    ...part2Steps,
    {
      id: "review",
      title: "Review and download",
      shortTitle: "Review",
      prompt: "Download your PDF to take to your coaching session.",
      fields: [],
      review: true,
    },
  ],
  parts: [
    {
      title: "Part 1: Customer service",
      firstStepId: "about-you",
      welcome: "about 45 minutes",
    },
    {
      title: "Part 2: Keep them coming back",
      firstStepId: "customer-worth",
      welcome: "for between your coaching sessions",
      intro:
        "For between your coaching sessions: tools to come back to as your business grows. Take them in any order.",
    },
  ],
  welcome: {
    title: "Welcome.",
    lead: "This workbook helps you keep your customers through good service.",
    saved: "Your answers are saved on this device as you type. Nothing is sent anywhere.",
    pdf: "Your PDF for your coach is made in the last step,",
  },
} satisfies Workbook;
