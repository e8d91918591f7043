import type { WorkbookWordsFor } from "../../workbook-words";

/**
 * The workbook in English: every step's words, from resource sheet 2.8 "Keeping customers:
 * Customer service" and, for Part 2, its companion documents. Keyed by the ids in
 * src/content/structure.ts. Every other language has these entries, in this shape.
 * The worked example throughout is Bloom & Crumb, a fictional one-person bakery.
 */
export const workbook = {
  title: "Keeping customers",
  subtitle: "Customer service workbook",
  exampleBusiness: "Bloom & Crumb",
  checkStatusLabels: { yes: "Yes", notYet: "Not yet", notRelevant: "Not relevant" },
  welcome: {
    title: "Welcome.",
    lead: "This workbook helps you keep your customers through good service.",
    saved: "Your answers are saved on this device as you type. Nothing is sent anywhere.",
    pdf: "Your PDF for your coach is made in the last step, {step}.",
  },
  parts: {
    part1: { title: "Part 1: Customer service", welcome: "about 45 minutes" },
    part2: {
      title: "Part 2: Keep them coming back",
      welcome: "for between your coaching sessions",
      intro:
        "For between your coaching sessions: tools to come back to as your business grows. Take them in any order.",
    },
  },
  steps: {
    "about-you": {
      title: "About you",
      shortTitle: "About you",
      prompt:
        "Tell us a little about you and your business. Everything here is optional. It goes on the front of your PDF.",
      tips: ["Your answers stay on this device. Nothing is sent anywhere."],
      exampleIntro: "Amira runs a small bakery from home.",
      fields: {
        yourName: { label: "Your name" },
        businessName: { label: "Business name" },
        businessWhat: { label: "What your business does, in one line" },
        coachName: { label: "Your coach's name" },
      },
    },
    "why-it-matters": {
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
      fields: {
        stoppedUsing: {
          label:
            "Think of a time you stopped using a business. What happened, and why did you stop?",
          hint: "Optional. A few sentences are plenty.",
        },
      },
    },
    "contact-points": {
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
      fields: {
        contactPoints: {
          label: "Contact points and good service",
          columns: {
            point: "Customer contact point",
            service: "What good customer service looks like there",
          },
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
      },
    },
    "good-service": {
      title: "Your good customer service list",
      shortTitle: "Good service list",
      prompt:
        "Write your own list of service promises: what every customer can count on from you. Add any of the suggestions in one click, then put them in your own words.",
      tips: [
        "Check your list against your contact points. Is there anything you want to add?",
        "Talk it through with your coach. Even better, ask customers what they would like to see.",
      ],
      exampleIntro: "Amira's promises:",
      fields: {
        serviceList: {
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
      },
    },
    organising: {
      title: "Organising for customer service",
      shortTitle: "Organising",
      prompt:
        "Have you made it as easy as possible for customers to do business with you? Look at each point from the customer's side.",
      tips: [
        "Set up your business so it works for you, but check it also works for your customers.",
        "Add checks of your own that fit your business.",
      ],
      exampleIntro: "How Amira checked her bakery:",
      fields: {
        organisingChecklist: {
          label: "Is it easy to do business with you?",
          items: {
            contactWay: "Customers can contact me in the way they prefer.",
            payWay: "Customers can pay me in the way they prefer.",
            websiteEasy: "My website is easy to find my way around.",
            detailsEasy: "My phone number, email and other details are easy to find.",
            askImprove: "I ask customers what I could improve.",
          },
          noteLabel: "What I'll change",
          ownAddLabel: "Add my own check",
        },
      },
    },
    "winning-customers": {
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
      fields: {
        wordOfMouth: { label: "How will you get customers to recommend you to others?" },
        testimonials: { label: "How will you ask for testimonials, and where will you use them?" },
        customersLike: { label: "What do customers like about you and your business?" },
        customersLookingFor: { label: "What other products or services are they looking for?" },
        othersInterested: { label: "Who else might be interested in what you offer?" },
        useResearch: {
          label:
            "How will you use what you hear? Think about your marketing, new products or services, and new customers.",
        },
      },
    },
    complaints: {
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
      fields: {
        complaintChannels: {
          label: "How can customers complain to you?",
          itemLabel: "Way to complain",
          addLabel: "Add a way to complain",
          suggestionLabel: "Add way to complain",
          suggestions: ["In person", "By phone", "By email", "By text or social media message"],
        },
        complaintRoutine: {
          label: "The ten-step complaint routine. Will you do each one?",
          items: {
            easy: "Make it easy for customers to complain.",
            shoes:
              "Put yourself in the customer's shoes. Treat them as you would like to be treated.",
            apologise: "Say sorry.",
            listen: "Listen carefully to what they have to say.",
            positive: "Stay positive and sympathetic.",
            facts: "Check the facts with them, so you know exactly what the problem is.",
            solution: "Offer a solution and agree it with them. Give options if you can.",
            quickly: "Solve the problem as quickly as you can.",
            thank: "Thank them for telling you, and offer them something as a thank you.",
            checkBack: "Check back to make sure the problem is fully sorted.",
          },
          noteLabel: "My note",
        },
        responseTime: { label: "How quickly will you respond to a complaint?" },
        putRight: { label: "What can you offer to put things right?" },
        sayThankYou: { label: "How will you say thank you to someone who complains?" },
        checkBack: { label: "How and when will you check back with them?" },
        abusive: {
          label: "What will you do if a customer is threatening or abusive?",
          hint: "The sheet's advice: warn them politely, then end the conversation.",
        },
        learningLog: {
          label: "Learning log",
          hint: "Fill this in after each complaint.",
          columns: {
            wentWrong: "What went wrong",
            why: "Why it happened",
            prevent: "What will stop it happening again",
          },
          addLabel: "Add learning log entry",
        },
      },
    },
    "talk-it-through": {
      title: "Talk it through",
      shortTitle: "Talk it through",
      prompt:
        "Take this workbook to your enterprise coach. Note what you want to ask, what you will ask your customers, and what you will do next.",
      tips: [
        "Asking customers what they would like to see is the surest way to get your service right.",
      ],
      exampleIntro: "Amira's notes for her session with Sam:",
      fields: {
        askCoach: {
          label: "What do you want to ask your coach?",
          itemLabel: "Question for my coach",
          addLabel: "Add question for my coach",
        },
        askCustomers: {
          label: "What will you ask your customers?",
          itemLabel: "Question for customers",
          addLabel: "Add question for customers",
        },
        actions: {
          label: "Action points",
          columns: { action: "Action", byWhen: "By when" },
          addLabel: "Add action",
        },
      },
    },
    "customer-worth": {
      title: "What is a customer worth?",
      shortTitle: "Customer worth",
      prompt: "A customer is worth far more than one sale. Put in rough figures to see how much.",
      points: [
        "Spend £150 a week at one supermarket and that is £7,800 a year. Stay 10 years and it is £78,000.",
        "Winning a new customer costs about ten times as much as keeping one.",
      ],
      tips: ["Rough averages are fine."],
      fields: {
        averageSpend: { label: "Average spend each time a customer buys (£)" },
        timesAYear: { label: "Times a customer buys in a year" },
        yearsStay: { label: "Years a customer stays with you" },
        yearValue: { label: "Value of one customer in a year" },
        lifetimeValue: { label: "Lifetime value of one customer" },
        customersAWeek: { label: "Customers you serve in a week", hint: "Optional." },
        weekValue: { label: "Lifetime value of one week's customers" },
        worthMeaning: { label: "What does this mean for how you treat each customer?" },
      },
    },
    "where-you-want-to-be": {
      title: "Where you want to be",
      shortTitle: "Where you want to be",
      prompt:
        "What should customers say about you? Work out what has to change, and where you are now.",
      points: [
        "77% of customers say they would avoid a business after poor service, if they could go elsewhere.",
      ],
      tips: ["You can't change everything at once. Mark what comes first."],
      fields: {
        customersSay: {
          label: "What do you want customers to say about you?",
          itemLabel: "What customers say",
          addLabel: "Add what customers say",
        },
        gettingThere: {
          label: "How you will get there",
          columns: {
            say: "What they'll say",
            happen: "What needs to happen",
            when: "First or later",
          },
          addLabel: "Add a change",
        },
        whereNow: { label: "Where are you now?" },
        firstStep: { label: "Your first step" },
        nextStep: { label: "Your next step" },
      },
    },
    "stay-in-touch": {
      title: "Know your customers and stay in touch",
      shortTitle: "Stay in touch",
      prompt: "Keep a record of your customers, and plan how to stay in touch.",
      points: [
        "A record of who bought what, and when, shows your best customers and who you haven't seen for a while.",
        "Never send anyone marketing, by email or any other way, without their permission. Let them sign up first.",
      ],
      fields: {
        customerRecord: {
          label: "How will you keep a record of your customers?",
          hint: "Cards, a spreadsheet or an app.",
        },
        stayInTouch: {
          label: "Your stay-in-touch plan",
          columns: {
            who: "Who",
            how: "How (email, text, post, phone, social)",
            often: "How often",
            about: "What about",
            saidYes: "Have they said yes?",
          },
          addLabel: "Add who to stay in touch with",
        },
        thankYouNote: { label: "How will you thank a customer after a big purchase?" },
        rewardBest: { label: "How will you reward your best customers?" },
      },
    },
    "follow-up-calls": {
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
      fields: {
        followUpCalls: {
          label: "Your follow-up calls",
          columns: { moment: "Moment", when: "When I'll call", say: "What I'll say" },
          addLabel: "Add a moment",
          suggestionsTitle: "The four moments — add in one click:",
          suggestions: [
            "Nothing went right",
            "An angry customer",
            "A new customer",
            "A regular customer",
          ],
        },
      },
    },
    "answers-book": {
      title: "Your answers book",
      shortTitle: "Answers book",
      prompt: "Write down the questions customers often ask, and the answer everyone gives.",
      points: [
        "Sort every problem at the first contact or, if you can't, within one working day. Say when you'll come back.",
        "Whoever the customer speaks to owns the problem until it is sorted.",
      ],
      fields: {
        answersBook: {
          label: "Common questions and answers",
          columns: { question: "Question", answer: "The answer everyone gives" },
          addLabel: "Add a question",
        },
        firstContact: {
          label: "How will you sort problems at the first contact, or within one working day?",
        },
        whoDecides: { label: "Who decides when there is no rule?" },
        specialCases: { label: "How will you write down special cases?" },
      },
    },
    measure: {
      title: "Measure and manage",
      shortTitle: "Measure",
      prompt: "Each month, ask some customers: “From 0 to 10, how likely are you to recommend us?”",
      points: [
        "Your recommend score is the % who answer 9 or 10, minus the % who answer 0 to 6.",
        "Compare this month with last month, and with last year.",
      ],
      fields: {
        scorecard: {
          label: "Monthly scorecard",
          columns: {
            month: "Month",
            asked: "Customers asked",
            top: "Answered 9 or 10",
            bottom: "Answered 0 to 6",
            complaints: "Complaints",
            compliments: "Compliments",
          },
          addLabel: "Add a month",
          chartTitle: "Recommend score by month",
          scoreHeading: "Recommend score",
        },
        scoreLessons: { label: "What does your score tell you, and what will you change?" },
      },
    },
    review: {
      title: "Review and download",
      shortTitle: "Review",
      prompt: "Download your PDF to take to your coaching session.",
      fields: {},
    },
  },
} as const satisfies WorkbookWordsFor;
