import type { RowId } from "../../types";
import type { example as english } from "../en/example";

/** Example rows carry ids as saved rows do (they are never saved). */
const rows = <T extends object>(list: T[]): (T & RowId)[] =>
  list.map((row, i) => ({ id: `example-${i + 1}`, ...row }));

/**
 * The worked example in Polish: Amira Khan's answers for Bloom & Crumb, in the shape of the
 * English ones (the same questions, rows and checks; checklist answers and row ids are codes and
 * stay as they are; amounts stay in pounds). The translation was written by the project team;
 * corrections welcome.
 */
export const example: typeof english = {
  yourName: "Amira Khan",
  businessName: "Bloom & Crumb",
  businessWhat: "Torty na uroczystości i wypieki: na sobotnim targu i na zamówienie.",
  coachName: "Sam Taylor",
  stoppedUsing:
    "Moja pralnia chemiczna zgubiła kurtkę, a potem zachowywała się tak, jakby to była moja wina. Nikt nie przeprosił. Poszłam gdzie indziej i powiedziałam o tym siostrze, która też przestała tam chodzić.",
  contactPoints: rows([
    {
      point: "Profil na Instagramie",
      service:
        "Ceny i informacje o alergenach łatwo znaleźć. Na wiadomości odpowiadam tego samego dnia.",
    },
    {
      point: "Składanie zamówienia",
      service: "Powtarzam zamówienie na piśmie: datę, cenę i to, z czego ma być tort.",
    },
    {
      point: "Stoisko na targu",
      service:
        "Uśmiech, powitanie, coś do spróbowania. Tylko gotówka, dopóki nie kupię terminala płatniczego.",
    },
    {
      point: "Odbiór",
      service: "Tort gotowy na czas, starannie zapakowany, z instrukcją przechowywania.",
    },
  ]),
  serviceList: rows([
    { text: "Każde zamówienie potwierdzone na piśmie w ciągu doby." },
    { text: "Torty gotowe na czas, a jeśli coś się opóźni, dzwonię wcześniej." },
    { text: "Mały dodatek w pudełku: kartka, świeczka, dodatkowa babeczka." },
    {
      text: "Na pytania o alergeny zawsze odpowiadam szczerze. Jeśli nie mam pewności, mówię o tym.",
    },
  ]),
  organisingChecklist: {
    items: {
      contactWay: { status: "yes", note: "Telefon, e-mail i wiadomości na Instagramie." },
      payWay: { status: "notYet", note: "Kupić terminal płatniczy na stoisko na targu." },
      websiteEasy: {
        status: "notRelevant",
        note: "Jeszcze nie mam strony internetowej; na razie Instagram.",
      },
      detailsEasy: { status: "notYet", note: "Umieścić mój numer na każdym pudełku z tortem." },
      askImprove: { status: "yes", note: "Krótka karteczka z pytaniem w każdym pudełku." },
    },
    own: rows([
      {
        text: "Informacje o alergenach są czytelne na każdej etykiecie.",
        status: "yes",
        note: "",
      },
    ]),
  },
  wordOfMouth:
    "Kartka w każdym pudełku: „Smakowało? Poleć nas znajomym: ty i osoba, którą polecisz, dostaniecie po 10% zniżki”.",
  testimonials:
    "Kilka dni po torcie na uroczystość piszę do każdego klienta i proszę o dwa zdania i zdjęcie. Udostępniam je na Instagramie i na tablicy przy stoisku.",
  customersLike: "Smaki, to, że pamiętam ich imiona, i to, że umiem piec bez glutenu.",
  customersLookingFor: "Torty wegańskie. Małe pudełka słodkości na urodziny w biurze.",
  othersInterested: "Lokalne kawiarnie i organizator wesel, o którym wspomniał jeden z klientów.",
  useResearch:
    "Wiosną sprawdzić na targu wegańskie wypieki. Przygotować pudełko słodkości dla biur. Zanieść próbki do dwóch kawiarni.",
  complaintChannels: rows([
    { text: "Osobiście na stoisku" },
    { text: "Telefonicznie lub SMS-em: mój numer będzie na każdym pudełku" },
    { text: "Wiadomość na Instagramie" },
  ]),
  complaintRoutine: {
    items: {
      easy: {
        status: "yes",
        note: "Na stoisku lub na Instagramie. Mój numer będzie na każdym pudełku.",
      },
      apologise: { status: "yes", note: "Nawet jeśli to nie moja wina." },
      quickly: { status: "yes", note: "Tego samego dnia, jeśli mogę." },
      thank: { status: "yes", note: "Kartka i małe pudełko słodkości przy następnym zamówieniu." },
    },
    own: [],
  },
  responseTime: "Tego samego dnia, a zawsze w ciągu 24 godzin.",
  putRight: "Nowy tort, zwrot pieniędzy albo zniżka na następne zamówienie. Klient wybiera.",
  sayThankYou: "Odręcznie napisana kartka i małe pudełko słodkości przy następnym zamówieniu.",
  checkBack: "Wiadomość tydzień później z pytaniem, czy wszystko jest już w porządku.",
  abusive:
    "Spokojnie mówię, że chcę pomóc, ale zakończę rozmowę, jeśli krzyk nie ustanie. Jeśli nie ustaje, kończę ją i zapisuję, co się stało.",
  learningLog: rows([
    {
      wentWrong: "Złe imię napisane lukrem na torcie urodzinowym.",
      why: "Przyjęłam zamówienie przez telefon i nie powtórzyłam go klientowi.",
      prevent: "Potwierdzać każde zamówienie na piśmie, zanim zacznę piec.",
    },
  ]),
  askCoach: rows([
    { text: "Czy terminal płatniczy opłaca się przy stoisku czynnym tylko w soboty?" },
  ]),
  askCustomers: rows([
    { text: "Skąd o nas wiesz?" },
    { text: "Co ułatwiłoby ci składanie zamówień?" },
  ]),
  actions: rows([
    { action: "Wydrukować mój numer telefonu na pudełkach na torty.", byWhen: "Koniec marca" },
    { action: "Napisać wzór potwierdzenia zamówienia.", byWhen: "W przyszłym tygodniu" },
  ]),
  // Part 2, "Keep them coming back". The amount stays as the app reads it: "£30".
  averageSpend: "£30",
  timesAYear: "4",
  yearsStay: "5",
  // Worked out from the numbers above: £120 a year, £600 over five years, £15,000 a week.
  yearValue: null,
  lifetimeValue: null,
  customersAWeek: "25",
  weekValue: null,
  worthMeaning:
    "Tort urodzinowy kosztuje 30 funtów, ale zadowolona rodzina może przez lata wydać u mnie 600 funtów. To jest warte darmowej świeczki i kartki z podziękowaniem za każdym razem.",
  customersSay: rows([
    { text: "Jej torty smakują tak dobrze, jak wyglądają." },
    { text: "Zawsze robi to, co obiecuje." },
    { text: "Zamawianie jest takie proste." },
  ]),
  gettingThere: rows([
    {
      say: "Zawsze robi to, co obiecuje.",
      happen: "Potwierdzać każde zamówienie na piśmie, z godziną odbioru.",
      when: "Najpierw",
    },
    {
      say: "Zamawianie jest takie proste.",
      happen: "Formularz zamówień na Instagramie i płatność kartą na stoisku.",
      when: "Później",
    },
  ]),
  whereNow:
    "Większość klientów jest zadowolona, ale przy zamówieniach przez telefon czasem zdarzają się błędy, a na stoisku nie przyjmuję jeszcze kart.",
  firstStep: "W tym tygodniu napisać wzór potwierdzenia zamówienia.",
  nextStep: "Kupić terminal płatniczy przed letnimi targami.",
  customerRecord:
    "Arkusz kalkulacyjny: imię i nazwisko, telefon, co i kiedy zamówili, alergie i czy chcą dostawać moje nowości.",
  stayInTouch: rows([
    {
      who: "Stali klienci z targu",
      how: "E-mail",
      often: "Raz w miesiącu",
      about: "Nowe smaki i terminy targów",
      saidYes: "Tak, zapisali się na stoisku",
    },
    {
      who: "Klienci zamawiający torty urodzinowe",
      how: "SMS",
      often: "Raz w roku",
      about: "Przypomnienie miesiąc przed urodzinami",
      saidYes: "Pytam ich przy zamówieniu",
    },
  ]),
  thankYouNote:
    "Odręczna kartka w pudełku przy każdym zamówieniu powyżej 50 funtów, z pytaniem, jak się udała uroczystość.",
  rewardBest:
    "Darmowe pudełko babeczek przy co dziesiątym zamówieniu i pierwszeństwo przy wyborze terminów przed świętami Bożego Narodzenia.",
  followUpCalls: rows([
    {
      moment: "Nic nie poszło dobrze",
      when: "Dzień po tym, jak wszystko naprawię",
      say: "Sprawdzić, czy nowy tort był w porządku, i jeszcze raz przeprosić za kłopot.",
    },
    {
      moment: "Zdenerwowany klient",
      when: "W ciągu dwóch dni",
      say: "Zapytać, czy to, co uzgodniliśmy, rozwiązało sprawę, i podziękować za zgłoszenie.",
    },
    {
      moment: "Nowy klient",
      when: "Kilka dni po pierwszym zamówieniu",
      say: "Zapytać, jak smakowało i czy chce dostawać informacje o nowych smakach.",
    },
    {
      moment: "Stały klient",
      when: "Co kilka miesięcy",
      say: "Przyjazne pozdrowienia i pytanie, czy chciałby spróbować czegoś nowego.",
    },
  ]),
  answersBook: rows([
    {
      question: "Czy robicie torty bezglutenowe?",
      answer:
        "Tak, w osobny dzień. Nie mogę obiecać, że nie będzie w nich śladów glutenu, bo w domu piekę też ze zwykłej mąki.",
    },
    {
      question: "Z jakim wyprzedzeniem trzeba zamówić?",
      answer: "Tydzień przy większości tortów, trzy tygodnie przy tortach weselnych.",
    },
    {
      question: "Czy mogę zmienić zamówienie?",
      answer: "Tak, bezpłatnie do trzech dni przed odbiorem.",
    },
  ]),
  firstContact:
    "Odpowiadam na każdą wiadomość tego samego dnia. Jeśli muszę coś sprawdzić, mówię, kiedy się odezwę, zawsze w ciągu jednego dnia roboczego.",
  whoDecides: "Ja. W soboty decyduje moja siostra, bo wtedy prowadzi stoisko.",
  specialCases: "Strona na końcu zeszytu zamówień: data, klient, co zrobiłyśmy i dlaczego.",
  scorecard: rows([
    { month: "Styczeń", asked: "20", top: "11", bottom: "3", complaints: "1", compliments: "6" },
    { month: "Luty", asked: "25", top: "15", bottom: "3", complaints: "0", compliments: "9" },
    { month: "Marzec", asked: "24", top: "16", bottom: "2", complaints: "1", compliments: "11" },
  ]),
  scoreLessons:
    "Mój wynik wzrósł, odkąd potwierdzam zamówienia na piśmie. Marcowa skarga dotyczyła tortu, który nie był gotowy na czas, więc dopisuję godziny odbioru do formularza zamówienia.",
};
