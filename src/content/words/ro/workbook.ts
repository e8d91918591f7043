import type { PluralsOf, WordsOf } from "../../catalogue";
import type { workbook as english } from "../en/workbook";

/**
 * The workbook in Romanian: every step's words, in the shape of the English ones, addressing
 * the reader as "tu" throughout (the translation was written by the project team; corrections
 * welcome).
 */
export const workbook: WordsOf<typeof english, PluralsOf["ro"]> = {
  title: "Păstrează-ți clienții",
  subtitle: "Caiet de lucru despre serviciul pentru clienți",
  exampleBusiness: "Bloom & Crumb",
  checkStatusLabels: { yes: "Da", notYet: "Încă nu", notRelevant: "Nu e cazul" },
  welcome: {
    title: "Bun venit.",
    lead: "Acest caiet te ajută să-ți păstrezi clienții printr-un serviciu bun.",
    saved:
      "Răspunsurile tale se salvează pe acest dispozitiv pe măsură ce scrii. Nu se trimite nimic nicăieri.",
    pdf: "PDF-ul pentru coach-ul tău se face la ultimul pas: {step}.",
  },
  parts: {
    part1: { title: "Partea 1: Serviciul pentru clienți", welcome: "cam 45 de minute" },
    part2: {
      title: "Partea 2: Fă-i să revină",
      welcome: "pentru perioada dintre ședințele de coaching",
      intro:
        "Pentru perioada dintre ședințele de coaching: instrumente la care să revii pe măsură ce afacerea ta crește. Le poți lua în orice ordine.",
    },
  },
  steps: {
    "about-you": {
      title: "Despre tine",
      shortTitle: "Despre tine",
      prompt:
        "Spune-ne câte ceva despre tine și despre afacerea ta. Totul aici este opțional. Apare pe prima pagină a PDF-ului tău.",
      tips: ["Răspunsurile tale rămân pe acest dispozitiv. Nu se trimite nimic nicăieri."],
      exampleIntro: "Amira are o mică cofetărie, pe care o conduce de acasă.",
      fields: {
        yourName: { label: "Numele tău" },
        businessName: { label: "Numele afacerii" },
        businessWhat: { label: "Ce face afacerea ta, într-un rând" },
        coachName: { label: "Numele coach-ului tău" },
      },
    },
    "why-it-matters": {
      title: "De ce contează serviciul pentru clienți",
      shortTitle: "De ce contează",
      prompt:
        "Ca să câștigi clienți, îți trebuie mult timp și mulți bani. De ce să muncești atât ca să-i câștigi, doar ca să-i pierzi pentru că nu ai grijă de ei?",
      points: [
        "Te costă de aproximativ zece ori mai mult să câștigi un client nou decât să păstrezi unul pe care îl ai deja.",
        "Toate afacerile pierd clienți în timp. Un serviciu slab pentru clienți este de departe cel mai mare motiv.",
        "Recomandările și recenziile clienților valorează aur. Cu ele câștigi mult mai ușor clienți noi.",
        "Veștile proaste circulă și mai repede. Clienții nemulțumiți le spun prietenilor și familiei.",
      ],
      tips: [
        "Gândește-te cum te-ai simțit când cineva te-a dezamăgit. Clienții tăi vor simți la fel.",
      ],
      exampleIntro: "Amira își amintește de ce și-a schimbat curățătoria.",
      fields: {
        stoppedUsing: {
          label:
            "Gândește-te la o dată când ai renunțat la o firmă. Ce s-a întâmplat și de ce ai renunțat la ea?",
          hint: "Opțional. Câteva propoziții sunt de ajuns.",
        },
      },
    },
    "contact-points": {
      title: "Punctele tale de contact cu clienții",
      shortTitle: "Puncte de contact",
      prompt:
        "Scrie toate felurile în care clienții intră în contact cu afacerea ta. Lângă fiecare, scrie cum arată acolo un serviciu bun pentru clienți.",
      tips: [
        "Urmărește un client din momentul în care aude prima dată de tine până după ce a plătit.",
        "Gândește-te ce îți place și ce nu îți place când te servesc alte firme. Aplică asta în propria afacere.",
        "Folosește sugestiile ca să adaugi dintr-un clic punctele de contact obișnuite, apoi schimbă cuvintele cum ți se potrivește.",
      ],
      exampleIntro: "Câteva dintre punctele de contact ale Amirei:",
      fields: {
        contactPoints: {
          label: "Puncte de contact și serviciu bun",
          columns: {
            point: "Punct de contact cu clienții",
            service: "Cum arată acolo un serviciu bun pentru clienți",
          },
          addLabel: "Adaugă un punct de contact",
          suggestionsTitle: "Puncte de contact obișnuite — adaugă dintr-un clic:",
          suggestions: [
            "Site sau broșură",
            "Întrebare la telefon",
            "Plasarea unei comenzi",
            "Întâlnirea cu tine sau cu angajații tăi",
            "Plata",
            "Livrarea",
            "O problemă",
            "Cerere de ajutor sau de sfaturi",
          ],
        },
      },
    },
    "good-service": {
      title: "Lista ta pentru un serviciu bun",
      shortTitle: "Serviciu bun",
      prompt:
        "Scrie-ți propria listă de promisiuni: pe ce se poate baza fiecare client la tine. Adaugă dintr-un clic oricare dintre sugestii, apoi spune-le cu cuvintele tale.",
      tips: [
        "Compară lista cu punctele tale de contact. Vrei să mai adaugi ceva?",
        "Discută lista cu coach-ul tău. Și mai bine, întreabă-i pe clienți ce și-ar dori.",
      ],
      exampleIntro: "Promisiunile Amirei:",
      fields: {
        serviceList: {
          label: "Lista mea pentru un serviciu bun",
          itemLabel: "Promisiunea",
          addLabel: "Adaugă o promisiune a mea",
          suggestionLabel: "Adaugă în lista mea",
          suggestions: [
            "Spune adevărul: nu promite ce nu poți face.",
            "Fă ce spui că vei face, de exemplu să ajungi la timp.",
            "Încearcă mereu să dai mai mult decât promiți.",
            "Fii prietenos.",
            "Privește lucrurile din punctul de vedere al clientului.",
            "Ascultă, ca să știi ce vrea cu adevărat clientul.",
            "Fă în așa fel încât oamenii să te poată contacta ușor.",
            "Răspunde repede.",
            "Fii profesionist în felul în care te porți, te îmbraci și îți prezinți afacerea.",
            "Transformă reclamațiile într-o ocazie de a impresiona: ascultă, cere-ți scuze și repară lucrurile.",
            "Asumă-ți responsabilitatea. Nu da vina pe altcineva.",
            "Fii omul care găsește soluții. Dacă nu poți rezolva o problemă, găsește pe cineva care poate.",
            "Păstrează legătura cu oamenii.",
            "Cere-le clienților părerea.",
          ],
        },
      },
    },
    organising: {
      title: "Organizează-te pentru clienți",
      shortTitle: "Organizare",
      prompt:
        "Le-ai făcut clienților cât mai ușor să lucreze cu tine? Privește fiecare punct din partea clientului.",
      tips: [
        "Organizează-ți afacerea așa încât să-ți fie comod ție, dar verifică să le fie comod și clienților.",
        "Adaugă verificări proprii, potrivite pentru afacerea ta.",
      ],
      exampleIntro: "Cum și-a verificat Amira cofetăria:",
      fields: {
        organisingChecklist: {
          label: "Le e ușor clienților să lucreze cu tine?",
          items: {
            contactWay: "Clienții mă pot contacta cum preferă ei.",
            payWay: "Clienții mă pot plăti cum preferă ei.",
            websiteEasy: "Clienții se descurcă ușor pe site-ul meu.",
            detailsEasy:
              "Numărul meu de telefon, adresa de e-mail și celelalte date de contact se găsesc ușor.",
            askImprove: "Îi întreb pe clienți ce aș putea îmbunătăți.",
          },
          noteLabel: "Ce voi schimba",
          ownAddLabel: "Adaugă o verificare a mea",
        },
      },
    },
    "winning-customers": {
      title: "Câștigă clienți printr-un serviciu bun",
      shortTitle: "Clienți noi",
      prompt:
        "Un serviciu excelent aduce clienți noi. Plănuiește cum îi faci pe oameni să vorbească despre tine și cum vei folosi ce îți spun clienții.",
      points: [
        "Clienții mulțumiți le spun prietenilor și familiei și îți scriu recenzii pe care le poți folosi ca să-ți promovezi afacerea.",
        "Când îi servești prietenos, clienții stau de vorbă cu tine. Îți spun ce le place, ce altceva caută și cine ar mai putea fi interesat.",
        "Acesta e un studiu de piață gratuit. Folosește-l ca să-ți promovezi mai bine afacerea, să creezi produse sau servicii noi și să găsești clienți noi.",
      ],
      tips: ["Notează ce spun clienții imediat după ce o spun, până nu uiți."],
      exampleIntro: "Planurile Amirei:",
      fields: {
        wordOfMouth: { label: "Cum îi vei face pe clienți să te recomande altora?" },
        testimonials: { label: "Cum le vei cere clienților recenzii și unde le vei folosi?" },
        customersLike: { label: "Ce le place clienților la tine și la afacerea ta?" },
        customersLookingFor: { label: "Ce alte produse sau servicii caută?" },
        othersInterested: { label: "Cine altcineva ar putea fi interesat de ce oferi?" },
        useResearch: {
          label:
            "Cum vei folosi ce auzi? Gândește-te la promovarea afacerii, la produse sau servicii noi și la clienți noi.",
        },
      },
    },
    complaints: {
      title: "Planul tău pentru reclamații",
      shortTitle: "Reclamații",
      prompt:
        "Uneori lucrurile vor merge prost. O reclamație e o ocazie să impresionezi și o ocazie să faci lucrurile mai bine. Plănuiește cum vei rezolva o reclamație.",
      points: [
        "Clientul nu are mereu dreptate, dar poartă-te ca și cum ar avea. Contează ce crede el.",
        "Nu trebuie să accepți amenințări sau jigniri. Avertizează politicos persoana, apoi încheie discuția.",
        "O reclamație este un studiu de piață gratuit. E mult mai bine decât un client care nu-ți spune nimic ție, dar le spune prietenilor.",
      ],
      tips: [
        "După fiecare reclamație, află de ce s-a întâmplat și ce o va împiedica să se mai întâmple.",
      ],
      exampleIntro: "Planul Amirei:",
      fields: {
        complaintChannels: {
          label: "Cum îți pot face clienții o reclamație?",
          itemLabel: "Mod de reclamație",
          addLabel: "Adaugă un mod de reclamație",
          suggestionLabel: "Adaugă modul de reclamație",
          suggestions: [
            "Față în față",
            "La telefon",
            "Prin e-mail",
            "Prin SMS sau mesaj pe rețelele sociale",
          ],
        },
        complaintRoutine: {
          label: "Cei zece pași pentru o reclamație. Vei face fiecare pas?",
          items: {
            easy: "Fă-le clienților ușor să facă o reclamație.",
            shoes:
              "Pune-te în locul clientului. Poartă-te cu el cum ai vrea să se poarte alții cu tine.",
            apologise: "Cere-ți scuze.",
            listen: "Ascultă cu atenție ce are de spus.",
            positive: "Păstrează o atitudine pozitivă și arată înțelegere.",
            facts: "Verifică faptele împreună cu el, ca să știi exact care e problema.",
            solution:
              "Propune o soluție și cădeți de acord asupra ei. Oferă-i mai multe variante, dacă poți.",
            quickly: "Rezolvă problema cât de repede poți.",
            thank: "Mulțumește-i că ți-a spus și oferă-i ceva drept mulțumire.",
            checkBack: "Revino la client ca să te asiguri că problema e rezolvată complet.",
          },
          noteLabel: "Nota mea",
        },
        responseTime: { label: "Cât de repede vei răspunde la o reclamație?" },
        putRight: { label: "Ce poți oferi ca să repari lucrurile?" },
        sayThankYou: { label: "Cum îi vei mulțumi cuiva care face o reclamație?" },
        checkBack: { label: "Cum și când vei reveni la client ca să verifici?" },
        abusive: {
          label: "Ce vei face dacă un client te amenință sau te jignește?",
          hint: "Sfatul din fișă: avertizează-l politicos, apoi încheie discuția.",
        },
        learningLog: {
          label: "Jurnalul cu ce am învățat",
          hint: "Completează-l după fiecare reclamație.",
          columns: {
            wentWrong: "Ce a mers prost",
            why: "De ce s-a întâmplat",
            prevent: "Ce va împiedica să se repete",
          },
          addLabel: "Adaugă o însemnare în jurnal",
        },
      },
    },
    "talk-it-through": {
      title: "Discută și întreabă",
      shortTitle: "Discută și întreabă",
      prompt:
        "Du acest caiet la coach-ul tău. Notează ce vrei să-l întrebi, ce îi vei întreba pe clienți și ce vei face mai departe.",
      tips: ["Cel mai sigur mod de a-ți servi bine clienții este să-i întrebi ce și-ar dori."],
      exampleIntro: "Notițele Amirei pentru ședința cu Sam:",
      fields: {
        askCoach: {
          label: "Ce vrei să-l întrebi pe coach-ul tău?",
          itemLabel: "Întrebare pentru coach",
          addLabel: "Adaugă o întrebare pentru coach",
        },
        askCustomers: {
          label: "Ce îi vei întreba pe clienți?",
          itemLabel: "Întrebare pentru clienți",
          addLabel: "Adaugă o întrebare pentru clienți",
        },
        actions: {
          label: "Ce am de făcut",
          columns: { action: "Acțiune", byWhen: "Până când" },
          addLabel: "Adaugă o acțiune",
        },
      },
    },
    "customer-worth": {
      title: "Cât valorează un client?",
      shortTitle: "Valoarea unui client",
      prompt:
        "Un client valorează mult mai mult decât o singură vânzare. Scrie cifre aproximative ca să vezi cât.",
      points: [
        "Dacă cheltuiești £150 pe săptămână la același supermarket, asta înseamnă £7.800 pe an. Dacă rămâi 10 ani, înseamnă £78.000.",
        "Să câștigi un client nou costă de aproximativ zece ori mai mult decât să păstrezi unul.",
      ],
      tips: ["Sunt de ajuns și niște medii aproximative."],
      fields: {
        averageSpend: { label: "Cât cheltuiește în medie un client la o cumpărare (£)" },
        timesAYear: { label: "De câte ori pe an cumpără un client" },
        yearsStay: { label: "Câți ani rămâne un client la tine" },
        yearValue: { label: "Cât îți aduce un client într-un an" },
        lifetimeValue: { label: "Cât îți aduce un client în toți anii în care rămâne" },
        customersAWeek: { label: "Câți clienți servești într-o săptămână", hint: "Opțional." },
        weekValue: { label: "Cât îți aduc, în toți anii, clienții dintr-o săptămână" },
        worthMeaning: {
          label: "Ce înseamnă asta pentru felul în care te porți cu fiecare client?",
        },
      },
    },
    "where-you-want-to-be": {
      title: "Unde vrei să ajungi",
      shortTitle: "Unde vrei să ajungi",
      prompt:
        "Ce ar trebui să spună clienții despre tine? Află ce trebuie să se schimbe și unde ești acum.",
      points: [
        "77% dintre clienți spun că ar evita o firmă după un serviciu slab, dacă ar putea merge în altă parte.",
      ],
      tips: ["Nu poți schimba totul deodată. Marchează ce vine întâi."],
      fields: {
        customersSay: {
          label: "Ce vrei să spună clienții despre tine?",
          itemLabel: "Ce spun clienții",
          addLabel: "Adaugă ce spun clienții",
        },
        gettingThere: {
          label: "Cum vei ajunge acolo",
          columns: {
            say: "Ce vor spune",
            happen: "Ce trebuie să se întâmple",
            when: "Întâi sau mai târziu",
          },
          addLabel: "Adaugă o schimbare",
        },
        whereNow: { label: "Unde ești acum?" },
        firstStep: { label: "Primul tău pas" },
        nextStep: { label: "Următorul tău pas" },
      },
    },
    "stay-in-touch": {
      title: "Cunoaște-ți clienții și păstrează legătura",
      shortTitle: "Păstrează legătura",
      prompt: "Ține evidența clienților tăi și plănuiește cum păstrezi legătura cu ei.",
      points: [
        "Când notezi cine ce a cumpărat și când, vezi care sunt cei mai buni clienți și pe cine n-ai mai văzut de ceva vreme.",
        "Nu trimite nimănui mesaje de promovare, pe e-mail sau în alt fel, fără acordul lui. Lasă-l întâi să se înscrie.",
      ],
      fields: {
        customerRecord: {
          label: "Cum vei ține evidența clienților tăi?",
          hint: "Fișe pe hârtie, un tabel pe calculator sau o aplicație.",
        },
        stayInTouch: {
          label: "Planul tău ca să păstrezi legătura",
          columns: {
            who: "Cu cine",
            how: "Cum (e-mail, SMS, poștă, telefon, rețele sociale)",
            often: "Cât de des",
            about: "Despre ce",
            saidYes: "Și-au dat acordul?",
          },
          addLabel: "Adaugă cu cine păstrezi legătura",
        },
        thankYouNote: { label: "Cum îi vei mulțumi unui client după o cumpărătură mare?" },
        rewardBest: { label: "Cum îi vei răsplăti pe cei mai buni clienți?" },
      },
    },
    "follow-up-calls": {
      title: "Apeluri de revenire",
      shortTitle: "Apeluri de revenire",
      prompt:
        "Un telefon scurt după vânzare arată că îți pasă. E mai bine să știi ce simt clienții decât să ghicești.",
      points: [
        "Nimic n-a mers bine: după ce ai reparat lucrurile, sună ca să verifici că totul e în regulă.",
        "Un client furios: întreabă-l dacă ce ai făcut a rezolvat problema. Poate deveni un client bun.",
        "Un client nou: după un telefon, e mai probabil să revină.",
        "Un client fidel: un telefon din când în când arată că îl prețuiești și nu-l iei ca pe ceva de la sine înțeles.",
      ],
      fields: {
        followUpCalls: {
          label: "Apelurile tale de revenire",
          columns: { moment: "Momentul", when: "Când voi suna", say: "Ce voi spune" },
          addLabel: "Adaugă un moment",
          suggestionsTitle: "Cele patru momente — adaugă dintr-un clic:",
          suggestions: [
            "Nimic n-a mers bine",
            "Un client furios",
            "Un client nou",
            "Un client fidel",
          ],
        },
      },
    },
    "answers-book": {
      title: "Caietul tău cu răspunsuri",
      shortTitle: "Caietul cu răspunsuri",
      prompt:
        "Notează întrebările pe care le pun des clienții și răspunsul pe care îl dă oricine din afacerea ta.",
      points: [
        "Rezolvă orice problemă la primul contact sau, dacă nu poți, într-o zi lucrătoare. Spune când revii.",
        "Cine vorbește cu clientul se ocupă de problemă până când e rezolvată.",
      ],
      fields: {
        answersBook: {
          label: "Întrebări și răspunsuri obișnuite",
          columns: { question: "Întrebarea", answer: "Răspunsul pe care îl dăm toți" },
          addLabel: "Adaugă o întrebare",
        },
        firstContact: {
          label: "Cum vei rezolva problemele la primul contact sau într-o zi lucrătoare?",
        },
        whoDecides: { label: "Cine decide când nu există o regulă?" },
        specialCases: { label: "Cum vei nota cazurile speciale?" },
      },
    },
    measure: {
      title: "Măsoară și gestionează",
      shortTitle: "Măsoară",
      prompt:
        "În fiecare lună, întreabă câțiva clienți: „De la 0 la 10, cât de probabil e să ne recomandați?”",
      points: [
        "Scorul tău de recomandare este procentul celor care răspund 9 sau 10, minus procentul celor care răspund între 0 și 6.",
        "Compară luna aceasta cu luna trecută și cu anul trecut.",
      ],
      fields: {
        scorecard: {
          label: "Scorurile pe luni",
          columns: {
            month: "Luna",
            asked: "Clienți întrebați",
            top: "Au răspuns 9 sau 10",
            bottom: "Au răspuns între 0 și 6",
            complaints: "Reclamații",
            compliments: "Laude",
          },
          addLabel: "Adaugă o lună",
          chartTitle: "Scorul de recomandare pe luni",
          scoreHeading: "Scorul de recomandare",
        },
        scoreLessons: { label: "Ce îți spune scorul și ce vei schimba?" },
      },
    },
    review: {
      title: "Verifică și descarcă",
      shortTitle: "Verificare",
      prompt: "Descarcă PDF-ul ca să-l duci la ședința de coaching.",
      fields: {},
    },
  },
};
