import type { PluralsOf, WordsOf } from "../../catalogue";
import type { workbook as english } from "../en/workbook";

/**
 * The workbook in Polish: every step's words, in the shape of the English ones (the reader is
 * addressed as "ty" throughout). The translation was written by the project team; corrections
 * welcome.
 */
export const workbook: WordsOf<typeof english, PluralsOf["pl"]> = {
  title: "Jak zatrzymać klientów",
  subtitle: "Zeszyt ćwiczeń z obsługi klienta",
  exampleBusiness: "Bloom & Crumb",
  checkStatusLabels: { yes: "Tak", notYet: "Jeszcze nie", notRelevant: "Nie dotyczy" },
  welcome: {
    title: "Witaj.",
    lead: "Ten zeszyt ćwiczeń pomoże ci zatrzymać klientów dzięki dobrej obsłudze.",
    saved:
      "Twoje odpowiedzi zapisują się na tym urządzeniu już w trakcie pisania. Nic nie jest nigdzie wysyłane.",
    pdf: "Plik PDF dla twojego coacha przygotujesz w ostatnim kroku: „{step}”.",
  },
  parts: {
    part1: { title: "Część 1: Obsługa klienta", welcome: "około 45 minut" },
    part2: {
      title: "Część 2: Żeby klienci wracali",
      welcome: "na czas między spotkaniami z coachem",
      intro:
        "Na czas między spotkaniami z coachem: narzędzia, do których możesz wracać, gdy twoja firma rośnie. Korzystaj z nich w dowolnej kolejności.",
    },
  },
  steps: {
    "about-you": {
      title: "O tobie",
      shortTitle: "O tobie",
      prompt:
        "Napisz kilka słów o sobie i swojej firmie. Wszystkie pola są nieobowiązkowe. Te informacje trafią na pierwszą stronę twojego pliku PDF.",
      tips: ["Twoje odpowiedzi zostają na tym urządzeniu. Nic nie jest nigdzie wysyłane."],
      exampleIntro: "Amira prowadzi w domu małą piekarnię.",
      fields: {
        yourName: { label: "Twoje imię i nazwisko" },
        businessName: { label: "Nazwa firmy" },
        businessWhat: { label: "Czym zajmuje się twoja firma (w jednym zdaniu)" },
        coachName: { label: "Imię i nazwisko twojego coacha" },
      },
    },
    "why-it-matters": {
      title: "Dlaczego obsługa klienta jest ważna",
      shortTitle: "Dlaczego to ważne",
      prompt:
        "Zdobycie klientów kosztuje dużo czasu i pieniędzy. Po co tak się starać, żeby ich zdobyć, a potem ich stracić, bo o nich nie dbasz?",
      points: [
        "Zdobycie nowego klienta kosztuje mniej więcej dziesięć razy tyle, co zatrzymanie klienta, którego już masz.",
        "Każda firma z czasem traci klientów. Zdecydowanie najczęstszy powód to słaba obsługa klienta.",
        "Polecenia i opinie zadowolonych klientów są na wagę złota. Dzięki nim dużo łatwiej zdobyć nowych klientów.",
        "Złe wieści rozchodzą się jeszcze szybciej. Niezadowoleni klienci opowiadają o tym rodzinie i znajomym.",
      ],
      tips: ["Pomyśl, jak to jest, gdy ktoś cię zawiedzie. Twoi klienci czują to samo."],
      exampleIntro: "Amira pamięta, dlaczego zmieniła pralnię chemiczną.",
      fields: {
        stoppedUsing: {
          label: "Pomyśl o firmie, z której usług już nie korzystasz. Co się stało i dlaczego?",
          hint: "Nieobowiązkowe. Wystarczy kilka zdań.",
        },
      },
    },
    "contact-points": {
      title: "Twoje punkty kontaktu z klientem",
      shortTitle: "Punkty kontaktu",
      prompt:
        "Wypisz wszystkie sytuacje, w których klienci mają kontakt z twoją firmą. Przy każdej napisz, jak wygląda tam dobra obsługa klienta.",
      tips: [
        "Prześledź drogę klienta od chwili, gdy pierwszy raz o tobie usłyszy, aż do tego, co dzieje się po zapłacie.",
        "Pomyśl, co ci się podoba, a co nie, gdy obsługują cię inne firmy. Wykorzystaj to we własnej firmie.",
        "Dodaj typowe punkty kontaktu jednym kliknięciem z podpowiedzi, a potem dopasuj ich treść do siebie.",
      ],
      exampleIntro: "Niektóre punkty kontaktu Amiry:",
      fields: {
        contactPoints: {
          label: "Punkty kontaktu i dobra obsługa",
          columns: {
            point: "Punkt kontaktu z klientem",
            service: "Jak wygląda tam dobra obsługa klienta",
          },
          addLabel: "Dodaj punkt kontaktu",
          suggestionsTitle: "Typowe punkty kontaktu — dodaj jednym kliknięciem:",
          suggestions: [
            "Strona internetowa lub ulotka",
            "Zapytanie telefoniczne",
            "Składanie zamówienia",
            "Spotkanie z tobą lub twoimi pracownikami",
            "Płatność",
            "Dostawa",
            "Problem",
            "Prośba o pomoc lub radę",
          ],
        },
      },
    },
    "good-service": {
      title: "Twoja lista dobrej obsługi klienta",
      shortTitle: "Lista dobrej obsługi",
      prompt:
        "Napisz własną listę obietnic: na co każdy klient może u ciebie liczyć. Dodaj dowolne podpowiedzi jednym kliknięciem, a potem zapisz je własnymi słowami.",
      tips: [
        "Porównaj swoją listę z punktami kontaktu. Czy chcesz coś dodać?",
        "Omów ją ze swoim coachem. Jeszcze lepiej: zapytaj klientów, czego by chcieli.",
      ],
      exampleIntro: "Obietnice Amiry:",
      fields: {
        serviceList: {
          label: "Moja lista dobrej obsługi klienta",
          itemLabel: "Obietnica",
          addLabel: "Dodaj własną obietnicę",
          suggestionLabel: "Dodaj do mojej listy",
          suggestions: [
            "Stawiaj na uczciwość: nie obiecuj tego, czego nie możesz dotrzymać.",
            "Rób to, co zapowiadasz, na przykład przychodź o umówionej porze.",
            "Zawsze staraj się dać więcej, niż obiecujesz.",
            "Zachowuj się przyjaźnie.",
            "Patrz na sprawy oczami klienta.",
            "Słuchaj, żeby wiedzieć, czego klient naprawdę chce.",
            "Spraw, żeby łatwo było się z tobą skontaktować.",
            "Odpowiadaj szybko.",
            "Zachowuj się, ubieraj i przedstawiaj swoją firmę profesjonalnie.",
            "Zamieniaj skargi w okazję, by zrobić dobre wrażenie: wysłuchaj, przeproś i napraw błąd.",
            "Bierz odpowiedzialność. Nie zrzucaj winy na innych.",
            "Miej nastawienie „da się zrobić”. Jeśli nie umiesz rozwiązać problemu, znajdź kogoś, kto umie.",
            "Utrzymuj kontakt z ludźmi.",
            "Proś klientów o opinię.",
          ],
        },
      },
    },
    organising: {
      title: "Firma zorganizowana z myślą o kliencie",
      shortTitle: "Organizacja",
      prompt:
        "Czy klientom jest jak najłatwiej kupować u ciebie i załatwiać z tobą sprawy? Spójrz na każdy punkt oczami klienta.",
      tips: [
        "Urządź firmę tak, żeby była wygodna dla ciebie, ale sprawdź, czy jest wygodna także dla klientów.",
        "Dodaj własne punkty do sprawdzenia, dopasowane do twojej firmy.",
      ],
      exampleIntro: "Jak Amira sprawdziła swoją piekarnię:",
      fields: {
        organisingChecklist: {
          label: "Czy klientom łatwo jest kupować u ciebie?",
          items: {
            contactWay: "Klienci mogą się ze mną kontaktować tak, jak wolą.",
            payWay: "Klienci mogą mi płacić tak, jak wolą.",
            websiteEasy: "Na mojej stronie internetowej łatwo się poruszać.",
            detailsEasy: "Mój numer telefonu, e-mail i inne dane kontaktowe łatwo znaleźć.",
            askImprove: "Pytam klientów, co mogę poprawić.",
          },
          noteLabel: "Co zmienię",
          ownAddLabel: "Dodaj własny punkt do sprawdzenia",
        },
      },
    },
    "winning-customers": {
      title: "Zdobywanie klientów dzięki dobrej obsłudze",
      shortTitle: "Zdobywanie klientów",
      prompt:
        "Świetna obsługa przyciąga nowych klientów. Zaplanuj, jak sprawisz, żeby ludzie o tobie mówili, i jak wykorzystasz to, co mówią ci klienci.",
      points: [
        "Zadowoleni klienci opowiadają o tobie rodzinie i znajomym. Dają też opinie, które możesz wykorzystać w reklamie.",
        "Przy miłej obsłudze klienci chętnie rozmawiają. Mówią, co im się podoba, czego jeszcze szukają i kto jeszcze mógłby być zainteresowany.",
        "To darmowe badanie rynku. Wykorzystaj je, żeby ulepszyć swoją reklamę, wymyślić nowe produkty lub usługi i znaleźć nowych klientów.",
      ],
      tips: ["Zapisuj, co mówią klienci, zaraz po rozmowie, zanim zapomnisz."],
      exampleIntro: "Plany Amiry:",
      fields: {
        wordOfMouth: { label: "Jak sprawisz, żeby klienci polecali cię innym?" },
        testimonials: { label: "Jak poprosisz klientów o opinie i gdzie je wykorzystasz?" },
        customersLike: { label: "Co klientom podoba się w tobie i twojej firmie?" },
        customersLookingFor: { label: "Jakich innych produktów lub usług szukają?" },
        othersInterested: { label: "Kto jeszcze mógłby być zainteresowany twoją ofertą?" },
        useResearch: {
          label:
            "Jak wykorzystasz to, co usłyszysz? Pomyśl o reklamie, nowych produktach lub usługach i nowych klientach.",
        },
      },
    },
    complaints: {
      title: "Twój plan na wypadek skargi",
      shortTitle: "Skargi",
      prompt:
        "Czasem coś pójdzie nie tak. Skarga to okazja, żeby zrobić dobre wrażenie i coś poprawić. Zaplanuj, jak sobie z nią poradzisz.",
      points: [
        "Klient nie zawsze ma rację, ale traktuj go tak, jakby ją miał. Liczy się to, co on myśli.",
        "Nie musisz znosić gróźb ani obelg. Uprzejmie ostrzeż tę osobę, a potem zakończ rozmowę.",
        "Skarga to darmowe badanie rynku. To dużo lepsze niż klient, który nic ci nie mówi, ale opowiada o wszystkim znajomym.",
      ],
      tips: [
        "Po każdej skardze ustal, dlaczego do niej doszło i co sprawi, że to się nie powtórzy.",
      ],
      exampleIntro: "Plan Amiry:",
      fields: {
        complaintChannels: {
          label: "Jak klienci mogą zgłosić ci skargę?",
          itemLabel: "Sposób zgłaszania skarg",
          addLabel: "Dodaj sposób zgłaszania skarg",
          suggestionLabel: "Dodaj ten sposób",
          suggestions: [
            "Osobiście",
            "Telefonicznie",
            "E-mailem",
            "SMS-em lub wiadomością w mediach społecznościowych",
          ],
        },
        complaintRoutine: {
          label: "Dziesięć kroków przy skardze. Czy zrobisz każdy z nich?",
          items: {
            easy: "Spraw, żeby klientom łatwo było złożyć skargę.",
            shoes:
              "Postaw się na miejscu klienta. Traktuj go tak, jak chcesz, żeby traktowano ciebie.",
            apologise: "Przeproś.",
            listen: "Uważnie wysłuchaj, co klient ma do powiedzenia.",
            positive: "Zachowaj pozytywne nastawienie i okaż zrozumienie.",
            facts: "Sprawdź z klientem fakty, żeby dokładnie wiedzieć, na czym polega problem.",
            solution:
              "Zaproponuj rozwiązanie i uzgodnij je z klientem. Jeśli możesz, daj mu wybór.",
            quickly: "Rozwiąż problem tak szybko, jak możesz.",
            thank: "Podziękuj za zgłoszenie i zaproponuj coś w podziękowaniu.",
            checkBack: "Odezwij się później, żeby upewnić się, że problem jest w pełni rozwiązany.",
          },
          noteLabel: "Moja notatka",
        },
        responseTime: { label: "Jak szybko odpowiesz na skargę?" },
        putRight: { label: "Co możesz zaproponować, żeby naprawić sytuację?" },
        sayThankYou: { label: "Jak podziękujesz osobie, która złożyła skargę?" },
        checkBack: { label: "Jak i kiedy sprawdzisz u klienta, czy wszystko jest w porządku?" },
        abusive: {
          label: "Co zrobisz, jeśli klient będzie ci grozić lub cię obrażać?",
          hint: "Rada z materiałów szkoleniowych: uprzejmie ostrzeż tę osobę, a potem zakończ rozmowę.",
        },
        learningLog: {
          label: "Dziennik wniosków",
          hint: "Uzupełniaj go po każdej skardze.",
          columns: {
            wentWrong: "Co poszło nie tak",
            why: "Dlaczego tak się stało",
            prevent: "Co sprawi, że to się nie powtórzy",
          },
          addLabel: "Dodaj wpis do dziennika wniosków",
        },
      },
    },
    "talk-it-through": {
      title: "Porozmawiaj o tym",
      shortTitle: "Porozmawiaj o tym",
      prompt:
        "Weź ten zeszyt ćwiczeń na spotkanie ze swoim coachem biznesowym. Zanotuj, o co chcesz zapytać, o co zapytasz klientów i co zrobisz dalej.",
      tips: ["Najpewniejszy sposób na dobrą obsługę to zapytać klientów, czego by chcieli."],
      exampleIntro: "Notatki Amiry na spotkanie z coachem (Sam Taylor):",
      fields: {
        askCoach: {
          label: "O co chcesz zapytać swojego coacha?",
          itemLabel: "Pytanie do coacha",
          addLabel: "Dodaj pytanie do coacha",
        },
        askCustomers: {
          label: "O co zapytasz swoich klientów?",
          itemLabel: "Pytanie do klientów",
          addLabel: "Dodaj pytanie do klientów",
        },
        actions: {
          label: "Zadania do wykonania",
          columns: { action: "Zadanie", byWhen: "Termin" },
          addLabel: "Dodaj zadanie",
        },
      },
    },
    "customer-worth": {
      title: "Ile jest wart klient?",
      shortTitle: "Wartość klienta",
      prompt:
        "Klient jest wart dużo więcej niż jedna sprzedaż. Wpisz przybliżone liczby i zobacz, ile.",
      points: [
        "Jeśli wydajesz 150 funtów tygodniowo w jednym supermarkecie, to 7800 funtów rocznie. Przez 10 lat to 78 000 funtów.",
        "Zdobycie nowego klienta kosztuje mniej więcej dziesięć razy tyle, co zatrzymanie obecnego.",
      ],
      tips: ["Wystarczą przybliżone średnie."],
      fields: {
        averageSpend: { label: "Średnia kwota, jaką klient wydaje przy jednym zakupie (£)" },
        timesAYear: { label: "Ile razy w roku klient kupuje" },
        yearsStay: { label: "Ile lat klient z tobą zostaje" },
        yearValue: { label: "Wartość jednego klienta w ciągu roku" },
        lifetimeValue: { label: "Wartość jednego klienta przez cały okres współpracy" },
        customersAWeek: { label: "Ilu klientów obsługujesz w tygodniu", hint: "Nieobowiązkowe." },
        weekValue: { label: "Wartość klientów z jednego tygodnia przez cały okres współpracy" },
        worthMeaning: { label: "Co to oznacza dla tego, jak traktujesz każdego klienta?" },
      },
    },
    "where-you-want-to-be": {
      title: "Gdzie chcesz być",
      shortTitle: "Gdzie chcesz być",
      prompt: "Co klienci mają o tobie mówić? Ustal, co musi się zmienić i gdzie jesteś teraz.",
      points: [
        "77% klientów mówi, że po złej obsłudze omijaliby firmę, gdyby mogli pójść gdzie indziej.",
      ],
      tips: ["Nie zmienisz wszystkiego naraz. Zaznacz, od czego zaczniesz."],
      fields: {
        customersSay: {
          label: "Co chcesz, żeby klienci o tobie mówili?",
          itemLabel: "Zdanie klienta",
          addLabel: "Dodaj zdanie klienta",
        },
        gettingThere: {
          label: "Jak to osiągniesz",
          columns: {
            say: "Co będą mówić",
            happen: "Co musi się wydarzyć",
            when: "Najpierw czy później",
          },
          addLabel: "Dodaj zmianę",
        },
        whereNow: { label: "Gdzie jesteś teraz?" },
        firstStep: { label: "Twój pierwszy krok" },
        nextStep: { label: "Twój następny krok" },
      },
    },
    "stay-in-touch": {
      title: "Poznaj swoich klientów i bądź z nimi w kontakcie",
      shortTitle: "Bądź w kontakcie",
      prompt: "Prowadź spis swoich klientów i zaplanuj, jak utrzymasz z nimi kontakt.",
      points: [
        "Spis tego, kto co kupił i kiedy, pokazuje twoich najlepszych klientów i tych, których dawno u ciebie nie było.",
        "Nigdy nie wysyłaj nikomu reklam, e-mailem ani w żaden inny sposób, bez jego zgody. Pozwól ludziom najpierw się zapisać.",
      ],
      fields: {
        customerRecord: {
          label: "Jak będziesz prowadzić spis klientów?",
          hint: "Kartoteka, arkusz kalkulacyjny albo aplikacja.",
        },
        stayInTouch: {
          label: "Twój plan kontaktu z klientami",
          columns: {
            who: "Z kim",
            how: "Jak (e-mail, SMS, list, telefon, media społecznościowe)",
            often: "Jak często",
            about: "W jakiej sprawie",
            saidYes: "Czy się zgodzili?",
          },
          addLabel: "Dodaj, z kim chcesz być w kontakcie",
        },
        thankYouNote: { label: "Jak podziękujesz klientowi po dużym zakupie?" },
        rewardBest: { label: "Jak nagrodzisz swoich najlepszych klientów?" },
      },
    },
    "follow-up-calls": {
      title: "Telefony po sprzedaży",
      shortTitle: "Telefony po sprzedaży",
      prompt:
        "Krótki telefon po sprzedaży pokazuje, że ci zależy. Lepiej wiedzieć, co czują klienci, niż zgadywać.",
      points: [
        "Nic nie poszło dobrze: gdy już wszystko naprawisz, zadzwoń i sprawdź, czy jest w porządku.",
        "Zdenerwowany klient: zapytaj, czy twoje działania rozwiązały sprawę. Może jeszcze zostać dobrym klientem.",
        "Nowy klient: po telefonie chętniej do ciebie wróci.",
        "Stały klient: telefon od czasu do czasu pokazuje, że go doceniasz i nie uważasz go za pewniaka.",
      ],
      fields: {
        followUpCalls: {
          label: "Twoje telefony po sprzedaży",
          columns: { moment: "Sytuacja", when: "Kiedy zadzwonię", say: "Co powiem" },
          addLabel: "Dodaj sytuację",
          suggestionsTitle: "Cztery sytuacje — dodaj jednym kliknięciem:",
          suggestions: [
            "Nic nie poszło dobrze",
            "Zdenerwowany klient",
            "Nowy klient",
            "Stały klient",
          ],
        },
      },
    },
    "answers-book": {
      title: "Twój zbiór odpowiedzi",
      shortTitle: "Zbiór odpowiedzi",
      prompt:
        "Zapisz pytania, które klienci często zadają, i odpowiedź, której udziela każdy w twojej firmie.",
      points: [
        "Rozwiązuj każdy problem przy pierwszym kontakcie, a jeśli się nie da, w ciągu jednego dnia roboczego. Powiedz, kiedy się odezwiesz.",
        "Osoba, z którą rozmawia klient, odpowiada za problem, dopóki nie zostanie rozwiązany.",
      ],
      fields: {
        answersBook: {
          label: "Częste pytania i odpowiedzi",
          columns: { question: "Pytanie", answer: "Odpowiedź, której udziela każdy" },
          addLabel: "Dodaj pytanie",
        },
        firstContact: {
          label:
            "Jak rozwiążesz problemy przy pierwszym kontakcie albo w ciągu jednego dnia roboczego?",
        },
        whoDecides: { label: "Kto decyduje, gdy nie ma ustalonej zasady?" },
        specialCases: { label: "Jak będziesz zapisywać nietypowe sytuacje?" },
      },
    },
    measure: {
      title: "Mierz i zarządzaj",
      shortTitle: "Pomiar",
      prompt:
        "Co miesiąc zapytaj kilku klientów: „W skali od 0 do 10: na ile prawdopodobne jest, że polecisz nas innym?”",
      points: [
        "Twój wskaźnik poleceń to procent osób, które odpowiadają 9 lub 10, minus procent tych, które odpowiadają od 0 do 6.",
        "Porównuj ten miesiąc z poprzednim i z tym samym miesiącem rok temu.",
      ],
      fields: {
        scorecard: {
          label: "Miesięczna karta wyników",
          columns: {
            month: "Miesiąc",
            asked: "Zapytani klienci",
            top: "Odpowiedzi 9 lub 10",
            bottom: "Odpowiedzi od 0 do 6",
            complaints: "Skargi",
            compliments: "Pochwały",
          },
          addLabel: "Dodaj miesiąc",
          chartTitle: "Wskaźnik poleceń w kolejnych miesiącach",
          scoreHeading: "Wskaźnik poleceń",
        },
        scoreLessons: { label: "Co mówi ci twój wynik i co zmienisz?" },
      },
    },
    review: {
      title: "Przegląd i pobieranie",
      shortTitle: "Przegląd",
      prompt: "Pobierz plik PDF i zabierz go na spotkanie z coachem.",
      fields: {},
    },
  },
};
