import type { PluralsOf, WordsOf } from "../../catalogue";
import type { Answers, RowId } from "../../types";
import type { example as english } from "../en/example";

/** Example rows carry ids as saved rows do (they are never saved). */
const rows = <T extends object>(list: T[]): (T & RowId)[] =>
  list.map((row, i) => ({ id: `example-${i + 1}`, ...row }));

/**
 * The worked example in Romanian: Amira Khan's answers for Bloom & Crumb, the same questions,
 * rows and checks as the English (the translation was written by the project team; corrections
 * welcome). Names, £ amounts, checklist answers and row ids stay as they are.
 */
export const example = {
  yourName: "Amira Khan",
  businessName: "Bloom & Crumb",
  businessWhat:
    "Torturi și prăjituri pentru ocazii speciale, vândute la piața de sâmbătă și făcute la comandă.",
  coachName: "Sam Taylor",
  stoppedUsing:
    "Curățătoria mi-a pierdut o jachetă și apoi s-a purtat ca și cum ar fi fost vina mea. Nimeni nu și-a cerut scuze. Am mers în altă parte și i-am spus surorii mele, care a renunțat și ea la ei.",
  contactPoints: rows([
    {
      point: "Pagina de Instagram",
      service:
        "Prețurile și informațiile despre alergeni se găsesc ușor. Răspund la mesaje în aceeași zi.",
    },
    {
      point: "Plasarea unei comenzi",
      service: "Repet comanda în scris, cu data, prețul și ce conține.",
    },
    {
      point: "Standul de la piață",
      service: "Zâmbesc, salut, ofer ceva de gustat. Doar numerar, până îmi iau un POS.",
    },
    {
      point: "Ridicarea comenzii",
      service: "Tortul e gata la timp, frumos pus în cutie, cu instrucțiuni de păstrare.",
    },
  ]),
  serviceList: rows([
    { text: "Fiecare comandă confirmată în scris în cel mult o zi." },
    { text: "Torturile sunt gata când am spus, altfel sun dinainte." },
    { text: "Ceva în plus în cutie: o felicitare, o lumânare, o brioșă în plus." },
    {
      text: "Răspund mereu sincer la întrebările despre alergii. Dacă nu sunt sigură, spun asta.",
    },
  ]),
  organisingChecklist: {
    items: {
      contactWay: { status: "yes", note: "Telefon, e-mail și mesaje pe Instagram." },
      payWay: { status: "notYet", note: "Să-mi iau un POS pentru standul de la piață." },
      websiteEasy: {
        status: "notRelevant",
        note: "Încă nu am site; deocamdată folosesc Instagram.",
      },
      detailsEasy: { status: "notYet", note: "Să-mi pun numărul pe fiecare cutie de tort." },
      askImprove: { status: "yes", note: "Un cartonaș cu o întrebare scurtă în fiecare cutie." },
    },
    own: rows([
      {
        text: "Informațiile despre alergeni sunt clare pe fiecare etichetă.",
        status: "yes",
        note: "",
      },
    ]),
  },
  wordOfMouth:
    "Un cartonaș în fiecare cutie: „V-a plăcut? Spuneți unui prieten și primiți amândoi 10% reducere.”",
  testimonials:
    "La câteva zile după un tort pentru o ocazie specială, îi scriu clientului și îi cer două rânduri și o fotografie. Le public pe Instagram și pe panoul de la piață.",
  customersLike: "Aromele, faptul că le țin minte numele și că pot face prăjituri fără gluten.",
  customersLookingFor:
    "Torturi vegane. Cutii mici cu dulciuri pentru zilele de naștere de la birou.",
  othersInterested: "Cafenelele din zonă și organizatorul de nunți de care mi-a vorbit un client.",
  useResearch:
    "Să încerc la piață, în primăvară, o gamă de prăjituri vegane. Să fac o cutie cu dulciuri pentru birouri. Să duc mostre la două cafenele.",
  complaintChannels: rows([
    { text: "Față în față, la stand" },
    { text: "La telefon sau prin SMS: numărul meu va fi pe fiecare cutie" },
    { text: "Mesaj pe Instagram" },
  ]),
  complaintRoutine: {
    items: {
      easy: {
        status: "yes",
        note: "La stand sau pe Instagram. Numărul meu va fi pe fiecare cutie.",
      },
      apologise: { status: "yes", note: "Chiar și când nu e vina mea." },
      quickly: { status: "yes", note: "În aceeași zi, dacă pot." },
      thank: {
        status: "yes",
        note: "O felicitare și o cutiuță cu dulciuri la următoarea comandă.",
      },
    },
    own: [],
  },
  responseTime: "În aceeași zi și întotdeauna în cel mult 24 de ore.",
  putRight: "Un tort nou, banii înapoi sau o reducere la următoarea comandă. Alege clientul.",
  sayThankYou: "O felicitare scrisă de mână și o cutiuță cu dulciuri la următoarea comandă.",
  checkBack: "Un mesaj după o săptămână, ca să întreb dacă acum e totul în regulă.",
  abusive:
    "Spun calm că vreau să ajut, dar că închid telefonul dacă omul continuă să țipe. Dacă continuă, închid și notez ce s-a întâmplat.",
  learningLog: rows([
    {
      wentWrong: "Un nume greșit scris cu glazură pe un tort de zi de naștere.",
      why: "Am luat comanda la telefon și nu i-am citit-o clientului înapoi.",
      prevent: "Confirm fiecare comandă în scris înainte să mă apuc de copt.",
    },
  ]),
  askCoach: rows([{ text: "Merită un POS pentru un stand doar sâmbăta?" }]),
  askCustomers: rows([
    { text: "Cum ați aflat de noi?" },
    { text: "Ce v-ar face comanda mai ușoară?" },
  ]),
  actions: rows([
    {
      action: "Să-mi tipăresc numărul de telefon pe cutiile de tort.",
      byWhen: "Sfârșitul lui martie",
    },
    { action: "Să scriu un model de confirmare a comenzii.", byWhen: "Săptămâna viitoare" },
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
    "Un tort de zi de naștere costă £30, dar o familie mulțumită poate cheltui la mine £600 de-a lungul anilor. Asta merită de fiecare dată o lumânare gratis și o felicitare de mulțumire.",
  customersSay: rows([
    { text: "Torturile ei sunt la fel de bune pe cât de frumos arată." },
    { text: "Face mereu ce spune că va face." },
    { text: "E foarte ușor să comanzi." },
  ]),
  gettingThere: rows([
    {
      say: "Face mereu ce spune că va face.",
      happen: "Confirm fiecare comandă în scris, cu ora de ridicare.",
      when: "Întâi",
    },
    {
      say: "E foarte ușor să comanzi.",
      happen: "Un formular de comandă pe Instagram și plata cu cardul la stand.",
      when: "Mai târziu",
    },
  ]),
  whereNow:
    "Majoritatea clienților sunt mulțumiți, dar comenzile la telefon ies uneori greșit și încă nu pot primi plata cu cardul la stand.",
  firstStep: "Să scriu săptămâna aceasta un model de confirmare a comenzii.",
  nextStep: "Să-mi iau un POS înainte de piețele de vară.",
  customerRecord:
    "Un tabel pe calculator: numele, telefonul, ce au comandat și când, alergiile și dacă vor să primească noutățile mele.",
  stayInTouch: rows([
    {
      who: "Clienții care vin des la piață",
      how: "E-mail",
      often: "O dată pe lună",
      about: "Arome noi și datele când sunt la piață",
      saidYes: "Da, s-au înscris la stand",
    },
    {
      who: "Clienții care comandă torturi de zi de naștere",
      how: "SMS",
      often: "O dată pe an",
      about: "Un mesaj cu o lună înainte de ziua de naștere",
      saidYes: "Îi întreb când comandă",
    },
  ]),
  thankYouNote:
    "O felicitare scrisă de mână în cutie, la orice comandă de peste £50, în care întreb cum a fost ziua.",
  rewardBest:
    "O cutie cu brioșe gratis la fiecare a zecea comandă și primii la rând pentru comenzile de Crăciun.",
  followUpCalls: rows([
    {
      moment: "Nimic n-a mers bine",
      when: "A doua zi după ce am reparat lucrurile",
      say: "Verific dacă tortul nou a fost cum trebuie și îmi cer încă o dată scuze pentru necaz.",
    },
    {
      moment: "Un client furios",
      when: "În cel mult două zile",
      say: "Întreb dacă ce am stabilit a rezolvat problema și îi mulțumesc că mi-a spus.",
    },
    {
      moment: "Un client nou",
      when: "La câteva zile după prima comandă",
      say: "Întreb cum le-a plăcut și dacă ar vrea să afle de aromele noi.",
    },
    {
      moment: "Un client fidel",
      when: "O dată la câteva luni",
      say: "Un salut prietenos și întreb dacă și-ar dori ceva nou.",
    },
  ]),
  answersBook: rows([
    {
      question: "Faceți torturi fără gluten?",
      answer:
        "Da, într-o zi separată. Nu pot garanta că nu rămân urme, pentru că lucrez cu făină acasă.",
    },
    {
      question: "Cu cât timp înainte ar trebui să comand?",
      answer: "O săptămână pentru majoritatea torturilor, trei săptămâni pentru nunți.",
    },
    { question: "Pot să-mi schimb comanda?", answer: "Da, gratuit, cu până la trei zile înainte." },
  ]),
  firstContact:
    "Răspund la fiecare mesaj în aceeași zi. Dacă trebuie să verific ceva, spun când revin, mereu în cel mult o zi lucrătoare.",
  whoDecides: "Eu. Sâmbăta decide sora mea, când ține ea standul.",
  specialCases: "O pagină la sfârșitul caietului de comenzi: data, clientul, ce am făcut și de ce.",
  scorecard: rows([
    { month: "Ianuarie", asked: "20", top: "11", bottom: "3", complaints: "1", compliments: "6" },
    { month: "Februarie", asked: "25", top: "15", bottom: "3", complaints: "0", compliments: "9" },
    { month: "Martie", asked: "24", top: "16", bottom: "2", complaints: "1", compliments: "11" },
  ]),
  scoreLessons:
    "Scorul meu a crescut de când confirm comenzile în scris. Reclamația din martie a fost pentru un tort care nu era gata la timp, așa că adaug orele de ridicare în formularul de comandă.",
} satisfies Answers satisfies WordsOf<typeof english, PluralsOf["ro"]>;
