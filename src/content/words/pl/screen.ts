import type { PluralsOf, WordsOf } from "../../catalogue";
import type { screen as english } from "../en/screen";

/**
 * The words around the questions in Polish: the header, the step list, the step page and the
 * answer boxes, in the shape of the English ones (the reader is addressed as "ty", as in the
 * workbook). A row or item is named after a colon ("Usuń: obietnica 3"), so its name reads
 * rightly whatever case the sentence would ask for. The translation was written by the project
 * team; corrections welcome.
 */
export const screen: WordsOf<typeof english, PluralsOf["pl"]> = {
  language: "Język",
  languageFailed:
    "Nie udało się wczytać tego języka. Sprawdź połączenie z internetem i spróbuj ponownie.",
  partFailed:
    "Nie udało się wczytać tej części. Sprawdź połączenie z internetem i spróbuj ponownie. Twoje odpowiedzi są zachowane.",
  tryAgain: "Spróbuj ponownie",
  translationNote:
    "To tłumaczenie przygotował zespół, który stworzył ten zeszyt ćwiczeń. Jeśli coś brzmi źle, powiedz o tym swojemu coachowi, żeby można było to poprawić.",
  header: {
    skipLink: "Przejdź do pytań",
    present: "Prezentuj",
    opening: "Otwieranie prezentacji…",
    whichWorkbook: "Który zeszyt ćwiczeń",
    myWorkbook: "Mój zeszyt ćwiczeń",
    classWorkbook: "Zeszyt ćwiczeń grupy",
    saved: "Zapisano na tym urządzeniu",
    saving: "Zapisywanie…",
    notSaved: "Nie zapisano",
    newVersion: "Nowa wersja jest gotowa: otwórz ją",
    newVersionHint: "Otwiera nową wersję. Twoje odpowiedzi zostaną zachowane.",
  },
  nav: {
    name: "Kroki zeszytu ćwiczeń",
    done: "Gotowe",
    stepProgress: {
      one: "{answered} z {count}",
      few: "{answered} z {count}",
      many: "{answered} z {count}",
      other: "{answered} z {count}",
    },
    answered: "Odpowiedzi:",
    partProgress: {
      one: "Odpowiedzi: {answered} z {count}",
      few: "Odpowiedzi: {answered} z {count}",
      many: "Odpowiedzi: {answered} z {count}",
      other: "Odpowiedzi: {answered} z {count}",
    },
    overall: {
      one: "Odpowiedzi na {answered} z {count} pytania",
      few: "Odpowiedzi na {answered} z {count} pytań",
      many: "Odpowiedzi na {answered} z {count} pytań",
      other: "Odpowiedzi na {answered} z {count} pytania",
    },
    showSteps: "Pokaż wszystkie kroki",
    hideSteps: "Ukryj kroki",
  },
  step: {
    pageTitle: "{step} · {workbook}",
    count: {
      one: "Krok {number} z {count}",
      few: "Krok {number} z {count}",
      many: "Krok {number} z {count}",
      other: "Krok {number} z {count}",
    },
    welcome: "Powitanie",
    welcomePart: {
      one: "{part} — {count} krok, {time}.",
      few: "{part} — {count} kroki, {time}.",
      many: "{part} — {count} kroków, {time}.",
      other: "{part} — {count} kroku, {time}.",
    },
    partIntro: "{part}. {intro}",
    tips: "Wskazówki",
    showExample: "Pokaż przykład",
    example: "Przykładowe odpowiedzi",
    exampleTitle: "Przykładowe odpowiedzi: {business}",
    exampleLoading: "Wczytywanie przykładu…",
    exampleNote: "To tylko przykład. Nie zapisuje się jako twoja odpowiedź.",
    back: "Wstecz",
    backTo: ": {step}",
    goOn: "Przejdź dalej: {part}",
    next: "Dalej: {step}",
    loading: "Wczytywanie…",
    loadingProgress: "Wczytywanie twoich postępów…",
  },
  rows: {
    row: "wiersz {number}",
    item: "{item} {number}",
    check: "punkt {number}",
    rowHeading: "Wiersz",
    rowActions: "Opcje wiersza",
    cell: "{column}, wiersz {number}",
    moveUp: "Przesuń w górę: {row}",
    moveDown: "Przesuń w dół: {row}",
    remove: "Usuń: {row}",
    moveUpShort: "W górę",
    moveDownShort: "W dół",
    removeShort: "Usuń",
    removedLabel: "{row}: {words}",
    removed: "Usunięto: {row}.",
    undo: "Cofnij",
    removedEarlier: "Usunięte wcześniej ({count})",
    putBack: "Przywróć: {row}",
    noRows: "Nie ma jeszcze żadnych wierszy.",
    noItems: "Twoja lista jest jeszcze pusta.",
    noMonths: "Nie ma jeszcze żadnych miesięcy.",
    addInOneClick: "Dodaj jednym kliknięciem:",
    add: "Dodaj",
    addThis: "Dodaj: {suggestion}",
    addNamed: "{add}: {suggestion}",
    added: "Dodano",
    addedThis: "{suggestion}: ",
    suggestions: "Podpowiedzi ({count})",
    full: {
      rows: {
        one: "Więcej się nie zmieści: najwyżej {count} wiersz. Usuń jeden, żeby dodać kolejny.",
        few: "Więcej się nie zmieści: najwyżej {count} wiersze. Usuń jeden, żeby dodać kolejny.",
        many: "Więcej się nie zmieści: najwyżej {count} wierszy. Usuń jeden, żeby dodać kolejny.",
        other: "Więcej się nie zmieści: najwyżej {count} wiersza. Usuń jeden, żeby dodać kolejny.",
      },
      items: {
        one: "Więcej się nie zmieści: najwyżej {count} pozycja. Usuń jedną, żeby dodać kolejną.",
        few: "Więcej się nie zmieści: najwyżej {count} pozycje. Usuń jedną, żeby dodać kolejną.",
        many: "Więcej się nie zmieści: najwyżej {count} pozycji. Usuń jedną, żeby dodać kolejną.",
        other: "Więcej się nie zmieści: najwyżej {count} pozycji. Usuń jedną, żeby dodać kolejną.",
      },
      checks: {
        one: "Więcej się nie zmieści: najwyżej {count} punkt. Usuń jeden, żeby dodać kolejny.",
        few: "Więcej się nie zmieści: najwyżej {count} punkty. Usuń jeden, żeby dodać kolejny.",
        many: "Więcej się nie zmieści: najwyżej {count} punktów. Usuń jeden, żeby dodać kolejny.",
        other: "Więcej się nie zmieści: najwyżej {count} punktu. Usuń jeden, żeby dodać kolejny.",
      },
      months: {
        one: "Więcej się nie zmieści: najwyżej {count} miesiąc. Usuń jeden, żeby dodać kolejny.",
        few: "Więcej się nie zmieści: najwyżej {count} miesiące. Usuń jeden, żeby dodać kolejny.",
        many: "Więcej się nie zmieści: najwyżej {count} miesięcy. Usuń jeden, żeby dodać kolejny.",
        other: "Więcej się nie zmieści: najwyżej {count} miesiąca. Usuń jeden, żeby dodać kolejny.",
      },
    },
    left: {
      rows: {
        one: "Możesz dodać jeszcze {count} wiersz.",
        few: "Możesz dodać jeszcze {count} wiersze.",
        many: "Możesz dodać jeszcze {count} wierszy.",
        other: "Możesz dodać jeszcze {count} wiersza.",
      },
      items: {
        one: "Możesz dodać jeszcze {count} pozycję.",
        few: "Możesz dodać jeszcze {count} pozycje.",
        many: "Możesz dodać jeszcze {count} pozycji.",
        other: "Możesz dodać jeszcze {count} pozycji.",
      },
      checks: {
        one: "Możesz dodać jeszcze {count} punkt.",
        few: "Możesz dodać jeszcze {count} punkty.",
        many: "Możesz dodać jeszcze {count} punktów.",
        other: "Możesz dodać jeszcze {count} punktu.",
      },
      months: {
        one: "Możesz dodać jeszcze {count} miesiąc.",
        few: "Możesz dodać jeszcze {count} miesiące.",
        many: "Możesz dodać jeszcze {count} miesięcy.",
        other: "Możesz dodać jeszcze {count} miesiąca.",
      },
    },
  },
  text: {
    full: "Ta odpowiedź osiągnęła limit znaków: {count}.",
    left: {
      one: "Został {count} znak.",
      few: "Zostały {count} znaki.",
      many: "Zostało {count} znaków.",
      other: "Zostało {count} znaku.",
    },
  },
};
