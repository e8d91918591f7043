import type { PluralsOf, WordsOf } from "../../catalogue";
import type { more as english } from "../en/more";

/**
 * The words of everything that loads after the first screen, in Polish: the review step, the
 * backup, messages about saving, the coach space, sharing, presenting, reminders and the PDF's
 * own words, in the shape of the English ones. The reader is addressed as "ty", as in the
 * workbook, without past-tense forms that would have to guess whether the reader is a man or a
 * woman. File names the app writes stay as they are. The translation was written by the project
 * team; corrections welcome.
 */
export const more: WordsOf<typeof english, PluralsOf["pl"]> = {
  common: {
    cancel: "Anuluj",
    close: "Zamknij",
    back: "Wstecz",
    ok: "OK",
    comma: ", ",
    quoted: "„{text}”",
    downloadsNote:
      "Na wspólnym komputerze usuń go z folderu Pobrane, gdy skończysz: usunięcie odpowiedzi tutaj nie usuwa pobranych plików.",
    downloaded: "Pobrano {file}.",
    stepLink: "Krok {number}: {title}",
    questions: {
      one: "{count} pytanie",
      few: "{count} pytania",
      many: "{count} pytań",
      other: "{count} pytania",
    },
  },
  dates: {
    dayAt: "{date}, godz. {time}",
  },
  checklist: {
    ownCheck: "Mój własny punkt {number}",
    ownPlaceholder: "Wpisz własny punkt do sprawdzenia",
    noteOn: "{note}: {check}",
    notDescribed: "(bez opisu)",
  },
  numbers: {
    negative: "Wpisz liczbę równą 0 lub większą.",
    notANumber:
      "„{text}” to nie jest liczba. Wpisz ją na przykład tak: {whole}, {money} albo {pence}.",
    money: "£{amount}",
    result: "{label}: {value}",
    sum: "{terms} = {result}",
    missing: "żeby to obliczyć, uzupełnij: {fields}.",
    wrong: "sprawdź liczby: {fields}.",
    quoted: "„{text}”",
    scoreOfRow: "{heading}, wiersz {number}: {score}",
    checkRow: "Sprawdź ten wiersz",
    wholeCustomers: "Wpisz liczbę klientów bez ułamków.",
    tooMany: "Odpowiedzi 9–10 i 0–6 jest więcej niż zapytanych klientów.",
    unnamedMonth: "Wiersz {number}",
    chartEmpty: "{chart}: nie ma jeszcze miesięcy z wynikiem.",
    chart: "{chart}: {months}.",
    chartMonth: "{month} {score}",
    chartWaiting:
      "Tu pojawi się wykres: {chart}. Najpierw wpisz liczby dla jednego miesiąca: ilu klientów zapytano, ilu odpowiedziało 9 lub 10, a ilu od 0 do 6.",
    scoreNone: "Brak",
    scoreNoneBecause: "Brak. {message}",
  },
  review: {
    progress: "Twoje postępy",
    everyAnswered: "Masz już odpowiedzi na wszystkie pytania.",
    summary: {
      one: "Masz odpowiedzi na {answered} z {count} pytania. Gotowe kroki: {done} z {steps}.",
      few: "Masz odpowiedzi na {answered} z {count} pytań. Gotowe kroki: {done} z {steps}.",
      many: "Masz odpowiedzi na {answered} z {count} pytań. Gotowe kroki: {done} z {steps}.",
      other: "Masz odpowiedzi na {answered} z {count} pytania. Gotowe kroki: {done} z {steps}.",
    },
    done: "Gotowe",
    stepAnswered: {
      one: "Odpowiedzi: {answered} z {count}",
      few: "Odpowiedzi: {answered} z {count}",
      many: "Odpowiedzi: {answered} z {count}",
      other: "Odpowiedzi: {answered} z {count}",
    },
    eachStep: "Każdy krok i to, co w nim jeszcze zostało do zrobienia",
    stillToDo: "Do zrobienia w kroku {number}",
    moreOptions: "Więcej opcji",
    folds: {
      backup: "Zadbaj o bezpieczeństwo odpowiedzi",
      shared: "Korzystasz ze wspólnego komputera?",
      link: "Wyślij odpowiedzi w linku",
      reminders: "Przypomnienia w kalendarzu",
      coach: "Twój coach",
    },
  },
  backup: {
    lead: "Twoje odpowiedzi są zapisane tylko w tej przeglądarce. Pobierz plik kopii zapasowej, żeby mieć kopię albo żeby dalej pracować w zeszycie ćwiczeń na innym komputerze.",
    download: "Pobierz kopię zapasową",
    restore: "Przywróć z kopii zapasowej",
    about:
      "Kopia zapasowa twoich odpowiedzi z zeszytu ćwiczeń „{workbook}”. Żeby je odzyskać, otwórz zeszyt ćwiczeń i w ostatnim kroku użyj przycisku „Przywróć z kopii zapasowej”.",
    dateTime: "{date}, godz. {time}",
    restoreSummary: {
      file: "Plik {file} zawiera odpowiedzi na {inFile}. W tej przeglądarce są odpowiedzi na {here}.",
      fileMade:
        "Plik {file} utworzono {date}. Zawiera odpowiedzi na {inFile}. W tej przeglądarce są odpowiedzi na {here}.",
      caption: "Pytania z odpowiedzią w każdym kroku",
      step: "Krok",
      now: "Teraz",
      inFile: "W pliku",
      leftOut: "Te części pliku nie pasują do tego zeszytu ćwiczeń i zostaną pominięte:",
      replaces:
        "Przywrócenie zastąpi {every} w tej przeglądarce odpowiedziami z pliku. Jeśli obecne odpowiedzi mogą ci się przydać, najpierw pobierz ich kopię zapasową.",
      every: "wszystkie odpowiedzi",
      fills: "Przywrócenie wypełni ten zeszyt ćwiczeń odpowiedziami z pliku.",
    },
    notChanged: "{problem} Twoje odpowiedzi się nie zmieniły.",
    replaceTitle: "Zastąpić twoje odpowiedzi kopią zapasową?",
    replaceConfirm: "Zastąp moje odpowiedzi",
    restored: {
      one: "Przywrócono twoje odpowiedzi z pliku {file}: odpowiedź na {count} pytanie.",
      few: "Przywrócono twoje odpowiedzi z pliku {file}: odpowiedzi na {count} pytania.",
      many: "Przywrócono twoje odpowiedzi z pliku {file}: odpowiedzi na {count} pytań.",
      other: "Przywrócono twoje odpowiedzi z pliku {file}: odpowiedzi na {count} pytania.",
    },
    keptAside: {
      heading: "Zapisane dane, których nie udało się odczytać",
      lead: "Zeszyt ćwiczeń nie mógł ich odczytać, więc odłożył je na bok bez zmian. Pobierz je, żeby je zachować. Przycisk „Przywróć z kopii zapasowej” może odzyskać z nich te odpowiedzi, które da się jeszcze odczytać.",
      found: "Znalezione {when}",
      foundName: "nieczytelne dane znalezione {when}",
      download: "Pobierz",
      delete: "Usuń",
      deleteTitle: "Usunąć nieczytelne dane?",
      deleteConfirm: "Usuń je",
      deleteBody:
        "Zeszyt ćwiczeń nie może ich odczytać, ale mogą w nich być odpowiedzi. Jeśli mogą ci się przydać, najpierw je pobierz.",
      deleted: "Nieczytelne dane zostały usunięte.",
    },
    install: {
      heading: "Zachowaj zeszyt ćwiczeń na tym urządzeniu",
      lead: "Zainstalowany jako aplikacja zeszyt ćwiczeń działa bez internetu, a twoje odpowiedzi zostają zachowane, nawet jeśli nie otwierasz go przez wiele tygodni.",
      button: "Zainstaluj aplikację",
      apple: "Na iPhonie lub iPadzie: stuknij przycisk Udostępnij, a potem {add}.",
      addToHome: "Do ekranu początkowego",
    },
  },
  remove: {
    shared:
      "Gdy skończysz, usuń swoje odpowiedzi, żeby następna osoba ich nie zobaczyła. Jeśli chcesz je zachować, najpierw pobierz kopię zapasową.",
    sharedFiles:
      "Pobrane pliki, takie jak twój plik PDF i kopia zapasowa, zostają w folderze Pobrane na tym komputerze. Tam też je usuń.",
    button: "Usuń moje odpowiedzi",
    title: "Usunąć twoje odpowiedzi z tej przeglądarki?",
    confirm: "Tak, usuń je",
    removes: "To usunie z tej przeglądarki {what}. Tego nie da się cofnąć.",
    removesBoth: "To usunie z tej przeglądarki {what} i {copies}. Tego nie da się cofnąć.",
    thisWorkbook: "ten zeszyt ćwiczeń",
    answered: {
      one: "{count} odpowiedź",
      few: "{count} odpowiedzi",
      many: "{count} odpowiedzi",
      other: "{count} odpowiedzi",
    },
    copies: {
      one: "{count} nieczytelną kopię",
      few: "{count} nieczytelne kopie",
      many: "{count} nieczytelnych kopii",
      other: "{count} nieczytelnej kopii",
    },
    keepFirst: "Jeśli chcesz zachować odpowiedzi, anuluj i najpierw pobierz kopię zapasową.",
    filesStay:
      "Pobrane pliki, takie jak twój plik PDF i kopia zapasowa, nie zostaną usunięte: usuń je z folderu Pobrane.",
    removed: "Usunięto z tej przeglądarki {what}. Ten zeszyt ćwiczeń jest teraz pusty. {files}",
    removedBoth:
      "Usunięto z tej przeglądarki {what} i {copies}. Ten zeszyt ćwiczeń jest teraz pusty. {files}",
    nothing: "Nie było odpowiedzi do usunięcia. Ten zeszyt ćwiczeń jest pusty. {files}",
    files: "Pobrane pliki nadal są w folderze Pobrane: tam też je usuń.",
    blocked:
      "Twoje odpowiedzi zniknęły z tej strony, ale przeglądarka nie dała zeszytowi ćwiczeń dostępu do zapisanych danych, więc część z nich może zostać. Usuniesz je, czyszcząc dane tej witryny w ustawieniach przeglądarki.",
    alsoCoachCopy:
      "Usuń też kopię tego zeszytu ćwiczeń zachowaną w „Przeglądaj jako coach” w tej przeglądarce",
    coachCopyRemoved: "Jego kopię w „Przeglądaj jako coach” też usunięto.",
    coachCopyNotRemoved:
      "Nie udało się usunąć jego kopii w „Przeglądaj jako coach”: otwórz „Przeglądaj jako coach” i usuń ją tam.",
  },
  files: {
    tooBig: "Ten plik jest za duży, żeby mógł być kopią zapasową z tego zeszytu ćwiczeń.",
    notFromTheApp:
      "Ten plik PDF nie powstał w tym zeszycie ćwiczeń, więc nie ma w nim odpowiedzi. Wybierz plik kopii zapasowej albo plik PDF utworzony w tym zeszycie ćwiczeń.",
    notABackup:
      "Ten plik nie jest kopią zapasową z tego zeszytu ćwiczeń. Pliki kopii zapasowej mają nazwy takie jak keeping-customers-backup-2025-05-03.json.",
    newer:
      "Ten plik powstał w nowszej wersji tego zeszytu ćwiczeń. Odśwież stronę, żeby mieć najnowszą wersję, i spróbuj ponownie.",
    couldNotOpen: "Nie udało się otworzyć tego pliku. Spróbuj ponownie.",
    empty: "Ten plik jest pusty.",
    damagedOrNot:
      "Ten plik jest uszkodzony albo nie jest plikiem kopii zapasowej. Pliki kopii zapasowej mają nazwy takie jak keeping-customers-backup-2025-05-03.json.",
    damaged: "Ten plik kopii zapasowej jest uszkodzony i nie da się go odczytać.",
    damagedAnswer:
      "Ten plik kopii zapasowej jest uszkodzony: nie da się odczytać odpowiedzi na pytanie {question}.",
    unreadable: "Tego pliku nie da się odczytać jako kopii zapasowej.",
    tooManyRows:
      "Odpowiedź na pytanie {question} ma za dużo wierszy ({count}). Zeszyt ćwiczeń pozwala najwyżej na {max}, więc nie da się przywrócić tego pliku.",
    tooLong:
      "Odpowiedź na pytanie {question} jest dłuższa, niż pozwala zeszyt ćwiczeń (limit znaków: {max}), więc nie da się przywrócić tego pliku.",
    feedbackTooBig: "Ten plik jest za duży, żeby mógł zawierać uwagi coacha.",
    notFeedback:
      "Ten plik nie zawiera uwag coacha z tego zeszytu ćwiczeń. Pliki z uwagami mają nazwy takie jak keeping-customers-feedback-bloom-crumb-2025-05-03.json.",
    feedbackDamaged: "Ten plik z uwagami jest uszkodzony i nie da się go odczytać.",
    feedbackIsBackup:
      "To jest kopia zapasowa odpowiedzi, a nie uwagi coacha. Żeby odzyskać odpowiedzi, użyj przycisku „Przywróć z kopii zapasowej”.",
    feedbackNewer:
      "Te uwagi powstały w nowszej wersji tego zeszytu ćwiczeń. Odśwież stronę, żeby mieć najnowszą wersję, i spróbuj ponownie.",
    feedbackUnreadable: "Tego pliku nie da się odczytać jako uwag coacha.",
    linkTooLong:
      "Twoje odpowiedzi są za długie, żeby zmieściły się w linku, który każda aplikacja bezpiecznie przekaże dalej. Zamiast tego pobierz plik kopii zapasowej i wyślij go: zawiera wszystko.",
    linkDamaged:
      "Ten link jest uszkodzony lub niepełny, więc nic nie zostało dodane. Mógł zostać ucięty przy kopiowaniu. Poproś o link jeszcze raz albo o plik kopii zapasowej.",
    linkNewer:
      "Ten link powstał w nowszej wersji tego zeszytu ćwiczeń. Odśwież stronę, żeby mieć najnowszą wersję, i otwórz link ponownie.",
    classLinkDamaged:
      "Ten link jest uszkodzony lub niepełny, więc nic nie zostało dodane. Poproś grupę, żeby jeszcze raz pokazała kod QR.",
    classLinkOtherVersion:
      "Ten link powstał w innej wersji tego zeszytu ćwiczeń. Odśwież stronę i zeskanuj kod QR jeszcze raz.",
    pdfCutShort:
      "Ten plik PDF jest niepełny: brakuje jego końca, więc nie da się odczytać odpowiedzi. Mógł nie pobrać się lub nie skopiować w całości. Pobierz go jeszcze raz albo wybierz plik kopii zapasowej.",
    pdfDamaged:
      "Ten plik PDF powstał w tym zeszycie ćwiczeń, ale odpowiedzi w nim są uszkodzone i nie da się ich odczytać. Wybierz plik kopii zapasowej albo inny plik PDF.",
    pdfTooBig:
      "Odpowiedzi w tym pliku PDF są większe niż jakakolwiek kopia zapasowa z tego zeszytu ćwiczeń, więc nie zostały odczytane.",
    feedbackNotBackup:
      "To są uwagi coacha, a nie kopia zapasowa odpowiedzi. Żeby je dodać, użyj przycisku „Dodaj uwagi coacha”.",
    commentTooLong:
      "Komentarz coacha do pytania {question} jest dłuższy, niż pozwala zeszyt ćwiczeń (limit znaków: {max}), więc nie da się dodać tych uwag. Poproś coacha, żeby go skrócił i wysłał jeszcze raz.",
    linkTooBig:
      "Odpowiedzi w tym linku są większe, niż zmieści zeszyt ćwiczeń, więc nic nie zostało dodane.",
    linkNotAnswers:
      "Ten link nie zawiera odpowiedzi, które ten zeszyt ćwiczeń potrafi odczytać, więc nic nie zostało dodane. Poproś o link jeszcze raz albo o plik kopii zapasowej.",
    linkIsFeedback:
      "Ten link zawiera uwagi coacha, a nie odpowiedzi, więc nic nie zostało dodane. Poproś o plik z uwagami.",
    linkAnswerUnreadable:
      "Nie da się odczytać odpowiedzi na pytanie {question} w tym linku, więc nic nie zostało dodane. Poproś o link jeszcze raz albo o plik kopii zapasowej.",
    linkTooManyRows:
      "Odpowiedź na pytanie {question} ma za dużo wierszy ({count}). Zeszyt ćwiczeń pozwala najwyżej na {max}, więc nic nie zostało dodane.",
    linkAnswerTooLong:
      "Odpowiedź na pytanie {question} jest dłuższa, niż pozwala zeszyt ćwiczeń (limit znaków: {max}), więc nic nie zostało dodane.",
    linkNoStep:
      "Ten link nie mówi, do którego kroku należą odpowiedzi grupy, więc nic nie zostało dodane. Poproś o link jeszcze raz.",
  },
  leftOut: {
    damaged: "{question}: uszkodzone, nie da się odczytać",
    rowParts: "{question}: części wiersza {row}, których to pytanie nie ma ({parts})",
    checks: {
      one: "{question}: punkt do sprawdzenia, którego to pytanie nie ma",
      few: "{question}: {count} punkty do sprawdzenia, których to pytanie nie ma",
      many: "{question}: {count} punktów do sprawdzenia, których to pytanie nie ma",
      other: "{question}: {count} punktu do sprawdzenia, których to pytanie nie ma",
    },
    answers: {
      one: "odpowiedź na pytanie, którego nie ma w tym zeszycie ćwiczeń",
      few: "odpowiedzi na {count} pytania, których nie ma w tym zeszycie ćwiczeń",
      many: "odpowiedzi na {count} pytań, których nie ma w tym zeszycie ćwiczeń",
      other: "odpowiedzi na {count} pytania, których nie ma w tym zeszycie ćwiczeń",
    },
    comments: {
      one: "komentarz do pytania, którego nie ma w tym zeszycie ćwiczeń",
      few: "komentarze do {count} pytań, których nie ma w tym zeszycie ćwiczeń",
      many: "komentarze do {count} pytań, których nie ma w tym zeszycie ćwiczeń",
      other: "komentarze do {count} pytania, których nie ma w tym zeszycie ćwiczeń",
    },
    copies: {
      one: "kopia z sesji, której nie da się odczytać (jej data albo odpowiedzi są nieprawdziwe)",
      few: "{count} kopie z sesji, których nie da się odczytać (ich daty albo odpowiedzi są nieprawdziwe)",
      many: "{count} kopii z sesji, których nie da się odczytać (ich daty albo odpowiedzi są nieprawdziwe)",
      other:
        "{count} kopii z sesji, których nie da się odczytać (ich daty albo odpowiedzi są nieprawdziwe)",
    },
    madeAtNotReal: "data utworzenia, która nie jest prawdziwą datą",
  },
  alerts: {
    notSaved: "Twoje ostatnie zmiany nie są zapisane.",
    whyFull: "Miejsce, które ta przeglądarka daje tej stronie na dane, jest pełne.",
    whyBlocked:
      "Ta przeglądarka nie pozwala zeszytowi ćwiczeń zapisywać. Tak bywa w niektórych oknach prywatnych albo gdy zapisywanie danych witryn jest wyłączone.",
    whyOther: "Przeglądarka nie chciała ich zapisać.",
    stillHere:
      "Twoje odpowiedzi nadal są na tej stronie. Pobierz teraz kopię zapasową, żeby nic nie zginęło. Zeszyt ćwiczeń będzie dalej próbował zapisywać.",
    newer: "Twoje zapisane odpowiedzi pochodzą z nowszej wersji tego zeszytu ćwiczeń.",
    newerRest:
      "Ta wersja nie może ich odczytać, więc zostały odłożone na bok bez zmian, a na razie masz pusty zeszyt ćwiczeń. Odśwież stronę, żeby mieć najnowszą wersję. Możesz też pobrać zapisane odpowiedzi, żeby je zabezpieczyć.",
    partial: "Części zapisanego zeszytu ćwiczeń nie udało się odczytać.",
    partialAnswers: "Uszkodzone odpowiedzi: {questions}. ",
    partialRest:
      "Wszystko inne jest tak, jak było. Kopię zapisanych danych, dokładnie w takiej postaci, w jakiej były, odłożono na bok. Możesz ją pobrać.",
    damaged: "Nie udało się odczytać zapisanego zeszytu ćwiczeń.",
    damagedRest:
      "Został odłożony na bok bez zmian, a ty masz pusty zeszyt ćwiczeń: to, co teraz wpiszesz, zapisze się normalnie. Pobierz zapisane dane, żeby je zachować.",
    downloadSaved: "Pobierz zapisane dane",
    hide: "Ukryj ten komunikat",
    removedElsewhere: "Twoje odpowiedzi zostały usunięte z tej przeglądarki w innej karcie.",
    reminder: {
      one: "Masz odpowiedź na {count} pytanie. Telefony i wspólne komputery mogą usuwać to, co zapisują strony internetowe, więc zrób kopię: pobierz plik kopii zapasowej i schowaj go w bezpiecznym miejscu.",
      few: "Masz odpowiedzi na {count} pytania. Telefony i wspólne komputery mogą usuwać to, co zapisują strony internetowe, więc zrób kopię: pobierz plik kopii zapasowej i schowaj go w bezpiecznym miejscu.",
      many: "Masz odpowiedzi na {count} pytań. Telefony i wspólne komputery mogą usuwać to, co zapisują strony internetowe, więc zrób kopię: pobierz plik kopii zapasowej i schowaj go w bezpiecznym miejscu.",
      other:
        "Masz odpowiedzi na {count} pytania. Telefony i wspólne komputery mogą usuwać to, co zapisują strony internetowe, więc zrób kopię: pobierz plik kopii zapasowej i schowaj go w bezpiecznym miejscu.",
    },
    notNow: "Nie teraz",
    savedByNewer: "Ten zeszyt ćwiczeń otwarto w nowszej wersji aplikacji.",
    savedByNewerRest:
      "Żeby nie nadpisać tego, co tam zapisano, ta strona przestała zapisywać. Odśwież, żeby używać nowszej wersji: są w niej twoje odpowiedzi. To, co wpisano tutaj od tamtej chwili, nie jest zapisane, więc jeśli tego potrzebujesz, najpierw pobierz kopię zapasową.",
    reloadNewer: "Odśwież, żeby używać nowszej wersji",
  },
  lostEdits: {
    changedHere: "W innej karcie, w tym samym czasie co tutaj, zmieniono: {where}.",
    keptMine: "Zachowano wersję wpisaną tutaj.",
    keptOther: "Zachowano wersję z drugiej karty.",
    belowIs:
      "Wersja, której nie zachowano, jest poniżej: użyj jej zamiast tamtej albo skopiuj to, czego potrzebujesz.",
    rowRemoved:
      "W innej karcie usunięto wiersz z odpowiedzi na pytanie {question}, a w tym samym czasie zmieniano go tutaj.",
    putBackAsWas: "Możesz go przywrócić w takiej postaci, jaką miał tutaj.",
    useThis: "Użyj tej wersji",
    keepShown: "Zachowaj wyświetlaną wersję",
    putRowBack: "Przywróć wiersz",
    leaveRemoved: "Zostaw usunięty",
    ownCheckNote: "{note}: mój własny punkt {number}",
    noRoom:
      "Odpowiedź na pytanie {question} jest pełna: wiersz dodany tutaj w tym samym czasie co wiersze w innej karcie już się nie zmieścił.",
    holdsAtMost: {
      one: "Mieści najwyżej {count} wiersz.",
      few: "Mieści najwyżej {count} wiersze.",
      many: "Mieści najwyżej {count} wierszy.",
      other: "Mieści najwyżej {count} wiersza.",
    },
    removeFirst: "Usuń wiersz, którego już nie potrzebujesz, a potem przywróć ten.",
    roomNow: "Teraz jest na niego miejsce.",
  },
  changes: {
    heading: "Zmiany od ostatniego spotkania",
    none: "Za każdym razem, gdy pobierasz plik PDF na spotkanie z coachem, zachowuje się tu kopia twoich odpowiedzi. Następnym razem zobaczysz tu, co od tamtej pory się zmieniło.",
    sessions: "Twoje spotkania",
    compareWith: "Porównaj z",
    taken: "Kopia na spotkanie {date}",
    takenAt: "Kopia na spotkanie {date}, godz. {time}",
    nothing: "Od tej kopii ({copy}) nic się nie zmieniło.",
    changed: {
      one: "Od tej kopii ({copy}) zmieniło się {count} pytanie.",
      few: "Od tej kopii ({copy}) zmieniły się {count} pytania.",
      many: "Od tej kopii ({copy}) zmieniło się {count} pytań.",
      other: "Od tej kopii ({copy}) zmieniło się {count} pytania.",
    },
    kinds: { new: "Nowe", changed: "Zmienione", removed: "Usunięte" },
    added: "dodano: ",
    removed: "usunięto: ",
    keptByNewer:
      "Kopie z twoich spotkań zachowała nowsza wersja aplikacji, więc nowe nie są tu dodawane. Odśwież stronę, żeby jej używać.",
    notKept:
      "Nie udało się zachować kopii twoich odpowiedzi z ostatniego pliku PDF: pamięć tej przeglądarki jest pełna albo zablokowana.",
    tooLong: "Za długie, żeby porównać tu słowo po słowie: było {before}, a jest {now}.",
    words: {
      one: "{count} słowo",
      few: "{count} słowa",
      many: "{count} słów",
      other: "{count} słowa",
    },
    checkStatus: "{check}: {status}",
    statusTakenAway: "{check}: usunięto „{status}”",
    statusChanged: "{check}: zmieniono z „{was}” na „{now}”",
    noteSet: "{check}, {note}: {text}",
    noteTakenAway: "{check}, {note}: usunięto „{text}”",
    noteChanged: "{check}, {note}: zmieniono z „{was}” na „{now}”",
    checkNote: "{check}. {note}: {text}",
  },
  feedback: {
    lead: "Jeśli coach przysłał ci plik z uwagami, dodaj go tutaj: komentarze coacha pojawią się pod twoimi odpowiedziami i w pliku PDF, a uzgodnione zadania trafią do twoich zadań do wykonania.",
    add: "Dodaj uwagi coacha",
    remove: "Usuń uwagi coacha",
    removed:
      "Usunięto komentarze coacha. Twoje odpowiedzi i zadania do wykonania się nie zmieniły.",
    areYouCoach: "Jesteś coachem?",
    coachLead:
      "Otwórz zeszyt ćwiczeń, który ktoś ci przysłał, przeczytaj go krok po kroku i napisz swoje komentarze.",
    reviewAsCoach: "Przeglądaj jako coach",
    forOther:
      "Te uwagi napisano do zeszytu ćwiczeń, w którym wpisano: {who}. W tym zeszycie ćwiczeń są inne dane. Dodaj je tylko wtedy, gdy są przeznaczone dla ciebie.",
    holds: {
      one: "Plik {file} zawiera {count} komentarz od twojego coacha. Pojawi się pod swoim pytaniem i w następnym pliku PDF. Twoje odpowiedzi się nie zmienią.",
      few: "Plik {file} zawiera {count} komentarze od twojego coacha. Pojawią się pod swoimi pytaniami i w następnym pliku PDF. Twoje odpowiedzi się nie zmienią.",
      many: "Plik {file} zawiera {count} komentarzy od twojego coacha. Pojawią się pod swoimi pytaniami i w następnym pliku PDF. Twoje odpowiedzi się nie zmienią.",
      other:
        "Plik {file} zawiera {count} komentarza od twojego coacha. Pojawią się pod swoimi pytaniami i w następnym pliku PDF. Twoje odpowiedzi się nie zmienią.",
    },
    actionsAdded: {
      one: "Do twoich zadań do wykonania zostanie dodane {count} uzgodnione zadanie:",
      few: "Do twoich zadań do wykonania zostaną dodane {count} uzgodnione zadania:",
      many: "Do twoich zadań do wykonania zostanie dodanych {count} uzgodnionych zadań:",
      other: "Do twoich zadań do wykonania zostanie dodane {count} uzgodnionego zadania:",
    },
    byWhen: "{action} (termin: {when})",
    noActions: "Nie ma nowych uzgodnionych zadań do dodania do twoich zadań do wykonania.",
    full: {
      one: "Twoja lista zadań do wykonania jest pełna (limit wierszy: {max}), więc nie można dodać {count} uzgodnionego zadania. Anuluj, usuń wiersze, których już nie potrzebujesz, a potem dodaj uwagi jeszcze raz.",
      few: "Twoja lista zadań do wykonania jest pełna (limit wierszy: {max}), więc nie można dodać {count} uzgodnionych zadań. Anuluj, usuń wiersze, których już nie potrzebujesz, a potem dodaj uwagi jeszcze raz.",
      many: "Twoja lista zadań do wykonania jest pełna (limit wierszy: {max}), więc nie można dodać {count} uzgodnionych zadań. Anuluj, usuń wiersze, których już nie potrzebujesz, a potem dodaj uwagi jeszcze raz.",
      other:
        "Twoja lista zadań do wykonania jest pełna (limit wierszy: {max}), więc nie można dodać {count} uzgodnionego zadania. Anuluj, usuń wiersze, których już nie potrzebujesz, a potem dodaj uwagi jeszcze raz.",
    },
    replaces: "Uwagi dodane wcześniej zostaną zastąpione tymi.",
    nothingChanged: "{problem} Nic nie zostało zmienione.",
    notKept:
      "Nie udało się zachować uwag: pamięć tej przeglądarki jest pełna albo zablokowana. Nic nie zostało zmienione.",
    notAddedNewer:
      "Nie udało się tu dodać uwag: uwagi coacha do tego zeszytu ćwiczeń zostały dodane w nowszej wersji aplikacji. Odśwież stronę, żeby z nich skorzystać. Nic nie zostało zmienione.",
    title: "Dodać uwagi coacha?",
    confirm: "Dodaj uwagi",
    added: "Dodano uwagi coacha.",
    addedWithActions: {
      one: "Dodano uwagi coacha i {count} uzgodnione zadanie.",
      few: "Dodano uwagi coacha i {count} uzgodnione zadania.",
      many: "Dodano uwagi coacha i {count} uzgodnionych zadań.",
      other: "Dodano uwagi coacha i {count} uzgodnionego zadania.",
    },
    coachSaid: "Od twojego coacha:",
    coachComment: "Komentarz twojego coacha",
    coachNamedSaid: "Od twojego coacha, {name}:",
    feedbackOf: "Uwagi z {date}",
    commented: "Komentarz coacha",
    fromCoach: "Od twojego coacha",
    fromCoachFor: "Od twojego coacha, {who}",
    forWho: { client: "dla ciebie", coach: "dla twojego coacha", both: "dla was obojga" },
  },
  coach: {
    title: "Przeglądaj jako coach",
    pageTitle: "Przeglądaj jako coach · {workbook}",
    lead: "Otwórz zeszyt ćwiczeń, który ktoś ci przysłał: plik kopii zapasowej albo plik PDF utworzony w tym zeszycie ćwiczeń. Zobaczysz odpowiedzi tej osoby krok po kroku, dokładnie tak, jak je zapisała, i przy każdym pytaniu napiszesz komentarz. Na końcu zanotuj uzgodnione zadania. Potem pobierz uwagi i odeślij je.",
    staysHere:
      "Wszystko tutaj zostaje w tej przeglądarce. Twój własny zeszyt ćwiczeń się nie zmienia.",
    back: "Wróć do mojego zeszytu ćwiczeń",
    saveFull:
      "Nie udało się zapisać twoich komentarzy: pamięć tej przeglądarki jest pełna. Pobierz teraz uwagi, żeby nic nie zginęło, a potem usuń zeszyty ćwiczeń, których już nie potrzebujesz.",
    saveBlocked:
      "Nie udało się zapisać twoich komentarzy: ta przeglądarka nie chce ich przechowywać. Pobierz teraz uwagi, żeby nic nie zginęło.",
    open: "Otwórz zeszyt ćwiczeń do przejrzenia",
    nothingOpened: "{problem} Nic nie zostało otwarte.",
    noName: "Zeszyt ćwiczeń bez nazwy",
    whose: "{name}, {business}",
    facts: "{answered} · {comments} · {actions} · otwarto {date}",
    factsUndated: "{answered} · {comments} · {actions}",
    answered: {
      one: "Odpowiedzi na {answered} z {count} pytania",
      few: "Odpowiedzi na {answered} z {count} pytań",
      many: "Odpowiedzi na {answered} z {count} pytań",
      other: "Odpowiedzi na {answered} z {count} pytania",
    },
    comments: {
      one: "{count} komentarz",
      few: "{count} komentarze",
      many: "{count} komentarzy",
      other: "{count} komentarza",
    },
    actions: {
      one: "{count} uzgodnione zadanie",
      few: "{count} uzgodnione zadania",
      many: "{count} uzgodnionych zadań",
      other: "{count} uzgodnionego zadania",
    },
    remove: "Usuń",
    noneYet: "Nie masz jeszcze otwartych zeszytów ćwiczeń. Otwórz taki, który ktoś ci przysłał.",
    reviewing: "Zeszyty ćwiczeń, które przeglądasz",
    removeTitle: "Usunąć ten zeszyt ćwiczeń z przeglądanych?",
    removeConfirm: "Tak, usuń go",
    removeBody:
      "Zeszyt ćwiczeń ({who}) i twoje komentarze do niego zostaną usunięte z tej przeglądarki. Jeśli uwagi nie zostały jeszcze wysłane, najpierw je pobierz. Własny zeszyt ćwiczeń tej osoby się nie zmieni.",
    commentOn: "Komentarz coacha do pytania {question}",
    comment: "Komentarz coacha",
    feedbackAbout:
      "Uwagi twojego coacha do twojego zeszytu ćwiczeń „{workbook}”. Żeby je przeczytać, otwórz zeszyt ćwiczeń i w ostatnim kroku użyj przycisku „Dodaj uwagi coacha”.",
    notAnswered: "Jeszcze bez odpowiedzi",
    agreedActions: "Uzgodnione zadania",
    agreedHint:
      "Co razem uzgodniliście i na kiedy. Zadania trafią do pliku z uwagami, a jeśli druga osoba go doda, także do jej zadań do wykonania.",
    addAgreed: "Dodaj uzgodnione zadanie",
    downloadFeedback: "Pobierz uwagi",
    downloaded:
      "Pobrano {file}. Wyślij ten plik, a {name} doda go przyciskiem „Dodaj uwagi coacha”.",
    them: "ta osoba",
    reviewingPageTitle: "Przeglądanie: {page} · {workbook}",
    stepsToReview: "Kroki do przejrzenia",
    reviewingWhose: "Przeglądasz zeszyt ćwiczeń: {who}. Tutaj nie można zmieniać odpowiedzi.",
    allWorkbooks: "Wszystkie zeszyty ćwiczeń",
    linkIsClass:
      "Ten link zawiera odpowiedzi grupy do jednego kroku, do skopiowania do twojego zeszytu ćwiczeń. Nie ma w nim nic do przejrzenia. Nic nie zostało otwarte.",
    linkNotYet:
      "Nic jeszcze nie zostało otwarte. Odpowiedzi otworzą się tutaj do przejrzenia, tylko do odczytu, obok zeszytów ćwiczeń, które przeglądasz. Twój własny zeszyt ćwiczeń się nie zmieni.",
    openForReview: "Otwórz do przejrzenia",
    agreedForm: {
      legend: "Uzgodnione zadanie {number}",
      rowName: "uzgodnione zadanie {number}",
      action: "Zadanie",
      byWhen: "Do kiedy",
      who: "Kto",
      choose: "Wybierz…",
      client: "Osoba, z którą pracujesz",
      coach: "Ty, coach",
      both: "Oboje",
      actionMissing: "Napisz, co uzgodniliście, albo usuń to zadanie.",
      dateMissing: "Napisz, do kiedy, jako datę, na przykład 30.06.2026.",
      notADate: "„{when}” to nie jest data. Napisz ją na przykład tak: 30.06.2026.",
      datePassed: "Ta data już minęła. Napisz późniejszą.",
      whoMissing: "Wybierz, kto to zrobi.",
      hint: "Co razem uzgodniliście, do kiedy i kto to zrobi. Zadania trafią do pliku z uwagami, a gdy druga osoba go doda, dołączą do jej zadań do wykonania z dopiskiem „Od twojego coacha”. Napisz „do kiedy” jako datę (na przykład 30.06.2026), żeby dało się ją dodać do kalendarza.",
      hintNamed:
        "Co razem uzgodniliście, do kiedy i kto to zrobi. Zadania trafią do pliku z uwagami, a gdy {name} go doda, dołączą do zadań do wykonania tej osoby z dopiskiem „Od twojego coacha”. Napisz „do kiedy” jako datę (na przykład 30.06.2026), żeby dało się ją dodać do kalendarza.",
      none: "Nie ma jeszcze uzgodnionych zadań.",
      sendHeading: "Wyślij swoje uwagi",
      yourName: "Twoje imię i nazwisko",
      nameHint:
        "Nieobowiązkowe. Pojawi się nad twoimi komentarzami w zeszycie ćwiczeń tej osoby („Od twojego coacha, Jo:”); bez niego będzie tam „Od twojego coacha:”. Zostaje tutaj dla każdego zeszytu ćwiczeń, który przeglądasz.",
      tooLong:
        "Twój komentarz do pytania {question} jest dłuższy niż {max} znaków, które mieści zeszyt ćwiczeń, więc uwagi nie zostałyby przyjęte. Skróć go i pobierz uwagi ponownie.",
      notDownloaded: {
        one: "Nie pobrano uwag: jedno uzgodnione zadanie trzeba jeszcze poprawić. Co zmienić, jest napisane pod każdym polem.",
        few: "Nie pobrano uwag: {count} uzgodnione zadania trzeba jeszcze poprawić. Co zmienić, jest napisane pod każdym polem.",
        many: "Nie pobrano uwag: {count} uzgodnionych zadań trzeba jeszcze poprawić. Co zmienić, jest napisane pod każdym polem.",
        other:
          "Nie pobrano uwag: {count} uzgodnionego zadania trzeba jeszcze poprawić. Co zmienić, jest napisane pod każdym polem.",
      },
    },
    newerLead: "Te przeglądy zostały otwarte w nowszej wersji aplikacji.",
    newerRest:
      "Ta strona to starsza wersja, więc przestała tu zapisywać twoje komentarze, żeby nie nadpisać nowszych. Odśwież stronę, żeby używać nowszej wersji: wszystko, co tam zapisano, zostaje.",
    lostWhereComment: "twój komentarz do pytania {question}",
    lostWhereAction: "uzgodnione zadanie",
    copyBelow: "Wersja, która nie została zachowana, jest poniżej: skopiuj, czego potrzebujesz.",
    lostNoRoom:
      "Uzgodnione zadanie dodane tutaj nie zmieściło się obok tych dodanych w innej karcie: zeszyt ćwiczeń mieści najwyżej {max}. Jest poniżej: skopiuj, czego potrzebujesz.",
    lostRemoved:
      "W innej karcie usunięto uzgodnione zadanie, które tutaj zmieniasz. Jest poniżej: skopiuj, czego potrzebujesz.",
    movedSince:
      "Od kopii z {date}, którą ta osoba zabrała na sesję: {moved}. Każda zmiana jest zaznaczona pod swoim pytaniem.",
    nothingMoved: "Nic się nie zmieniło od kopii z {date}, którą ta osoba zabrała na sesję.",
    movedNew: {
      one: "{count} nowa odpowiedź",
      few: "{count} nowe odpowiedzi",
      many: "{count} nowych odpowiedzi",
      other: "{count} nowej odpowiedzi",
    },
    movedChanged: {
      one: "{count} zmieniona",
      few: "{count} zmienione",
      many: "{count} zmienionych",
      other: "{count} zmienionej",
    },
    movedRemoved: {
      one: "{count} usunięta",
      few: "{count} usunięte",
      many: "{count} usuniętych",
      other: "{count} usuniętej",
    },
    movedJoin: ", ",
    toAgreedActions: "Uzgodnione zadania i „Pobierz uwagi”",
    loadingAgreed: "Wczytywanie uzgodnionych zadań…",
    next: "Dalej: {step}",
  },
  link: {
    lead: "Link zawiera same twoje odpowiedzi, zapisane w krótkiej formie. Żaden serwer ich nie otrzymuje, ale każdy, kto otworzy link, może je zobaczyć, więc wysyłaj go tylko osobom, którym ufasz, na przykład swojemu coachowi.",
    copy: "Skopiuj link do moich odpowiedzi",
    copied: "Skopiowano link. Wklej go do e-maila lub wiadomości.",
    notCopied: "Przeglądarka nie skopiowała go za ciebie: skopiuj link poniżej.",
    linkLabel: "Link do twoich odpowiedzi",
    title: "Odpowiedzi udostępnione ci w linku",
    opening: "Otwieranie odpowiedzi z linku…",
    notChanged: "{problem} Twój zeszyt ćwiczeń się nie zmienił.",
    name: "Imię i nazwisko",
    business: "Firma",
    notGiven: "Nie podano",
    questionsAnswered: "Pytania z odpowiedzią",
    answeredOf: "{answered} z {count}",
    madeOn: "Data utworzenia linku",
    notKept:
      "Ta przeglądarka nie zachowała zeszytu ćwiczeń do przejrzenia: jej pamięć może być pełna albo zablokowana. Nic nie zostało zmienione.",
    nothingYet: "Nic jeszcze nie zostało dodane.",
    empty: "Twój zeszyt ćwiczeń jest pusty, więc odpowiedzi mogą trafić prosto do niego.",
    alreadyHas: {
      one: "Twój zeszyt ćwiczeń ma już odpowiedź na {count} pytanie.",
      few: "Twój zeszyt ćwiczeń ma już odpowiedzi na {count} pytania.",
      many: "Twój zeszyt ćwiczeń ma już odpowiedzi na {count} pytań.",
      other: "Twój zeszyt ćwiczeń ma już odpowiedzi na {count} pytania.",
    },
    replaceWarning: {
      one: "To zastąpi {every} w twoim zeszycie ćwiczeń ({count} pytanie z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli twoje odpowiedzi mogą ci się przydać, najpierw pobierz kopię zapasową.",
      few: "To zastąpi {every} w twoim zeszycie ćwiczeń ({count} pytania z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli twoje odpowiedzi mogą ci się przydać, najpierw pobierz kopię zapasową.",
      many: "To zastąpi {every} w twoim zeszycie ćwiczeń ({count} pytań z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli twoje odpowiedzi mogą ci się przydać, najpierw pobierz kopię zapasową.",
      other:
        "To zastąpi {every} w twoim zeszycie ćwiczeń ({count} pytania z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli twoje odpowiedzi mogą ci się przydać, najpierw pobierz kopię zapasową.",
    },
    every: "wszystkie odpowiedzi",
    yesReplace: "Tak, zastąp moje odpowiedzi",
    openInCoach: "Otwórz w przeglądzie coacha",
    add: "Dodaj do mojego zeszytu ćwiczeń",
    replace: "Zastąp moje odpowiedzi",
    added: {
      one: "Dodano odpowiedzi z linku: odpowiedź na {count} pytanie.",
      few: "Dodano odpowiedzi z linku: odpowiedzi na {count} pytania.",
      many: "Dodano odpowiedzi z linku: odpowiedzi na {count} pytań.",
      other: "Dodano odpowiedzi z linku: odpowiedzi na {count} pytania.",
    },
    replaced: {
      one: "Twoje odpowiedzi zastąpiono tymi z linku: odpowiedź na {count} pytanie.",
      few: "Twoje odpowiedzi zastąpiono tymi z linku: odpowiedzi na {count} pytania.",
      many: "Twoje odpowiedzi zastąpiono tymi z linku: odpowiedzi na {count} pytań.",
      other: "Twoje odpowiedzi zastąpiono tymi z linku: odpowiedzi na {count} pytania.",
    },
    toClass: {
      which:
        "Otwarty jest zeszyt ćwiczeń grupy, więc odpowiedzi trafiłyby do niego, a nie do twojego własnego zeszytu ćwiczeń.",
      empty: "Zeszyt ćwiczeń grupy jest pusty, więc odpowiedzi mogą trafić prosto do niego.",
      alreadyHas: {
        one: "Zeszyt ćwiczeń grupy ma już odpowiedź na {count} pytanie.",
        few: "Zeszyt ćwiczeń grupy ma już odpowiedzi na {count} pytania.",
        many: "Zeszyt ćwiczeń grupy ma już odpowiedzi na {count} pytań.",
        other: "Zeszyt ćwiczeń grupy ma już odpowiedzi na {count} pytania.",
      },
      replaceWarning: {
        one: "To zastąpi {every} w zeszycie ćwiczeń grupy ({count} pytanie z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli obecne odpowiedzi grupy mogą się przydać, najpierw pobierz kopię zapasową.",
        few: "To zastąpi {every} w zeszycie ćwiczeń grupy ({count} pytania z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli obecne odpowiedzi grupy mogą się przydać, najpierw pobierz kopię zapasową.",
        many: "To zastąpi {every} w zeszycie ćwiczeń grupy ({count} pytań z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli obecne odpowiedzi grupy mogą się przydać, najpierw pobierz kopię zapasową.",
        other:
          "To zastąpi {every} w zeszycie ćwiczeń grupy ({count} pytania z odpowiedzią) odpowiedziami z linku. Tego nie da się cofnąć. Jeśli obecne odpowiedzi grupy mogą się przydać, najpierw pobierz kopię zapasową.",
      },
      yesReplace: "Tak, zastąp odpowiedzi grupy",
      add: "Dodaj do zeszytu ćwiczeń grupy",
      replace: "Zastąp odpowiedzi grupy",
      added: {
        one: "Dodano odpowiedzi z linku do zeszytu ćwiczeń grupy: odpowiedź na {count} pytanie.",
        few: "Dodano odpowiedzi z linku do zeszytu ćwiczeń grupy: odpowiedzi na {count} pytania.",
        many: "Dodano odpowiedzi z linku do zeszytu ćwiczeń grupy: odpowiedzi na {count} pytań.",
        other: "Dodano odpowiedzi z linku do zeszytu ćwiczeń grupy: odpowiedzi na {count} pytania.",
      },
      replaced: {
        one: "Odpowiedzi grupy zastąpiono tymi z linku: odpowiedź na {count} pytanie.",
        few: "Odpowiedzi grupy zastąpiono tymi z linku: odpowiedzi na {count} pytania.",
        many: "Odpowiedzi grupy zastąpiono tymi z linku: odpowiedzi na {count} pytań.",
        other: "Odpowiedzi grupy zastąpiono tymi z linku: odpowiedzi na {count} pytania.",
      },
    },
  },
  classShare: {
    share: "Udostępnij grupie",
    title: "Udostępnij grupie: {step}",
    thisStep: "ten krok",
    noAnswers:
      "W tym kroku nie ma jeszcze odpowiedzi grupy. Uzupełnij kilka, a potem udostępnij je grupie.",
    tooMuch:
      "Te odpowiedzi są za długie, żeby zmieściły się w kodzie QR, który da się odczytać z drugiego końca sali. Skróć je albo udostępnij w inny sposób, na przykład w pliku kopii zapasowej.",
    failed:
      "Nie udało się utworzyć kodu QR. Jeśli nie masz internetu, spróbuj ponownie po połączeniu.",
    making: "Tworzenie kodu QR…",
    scan: "Zeskanuj go aparatem w telefonie, żeby skopiować te odpowiedzi do swojego zeszytu ćwiczeń.",
    qrName: "Kod QR z odpowiedziami grupy: {step}",
    showLink: "Pokaż link",
    phonesCannot: "Telefony nie otworzą tego kodu QR.",
    onlyHere: "Zeszyt ćwiczeń działa pod adresem {host}, do którego ma dostęp tylko ten komputer.",
    howToHost:
      "Żeby udostępnić odpowiedzi grupie, umieść zeszyt ćwiczeń na serwerze w internecie albo udostępnij go z tego komputera w sieci Wi-Fi w sali. Rozdział „Hosting it” w pliku README zeszytu ćwiczeń wyjaśnia to krok po kroku (po angielsku).",
    fromClass: "Odpowiedzi twojej grupy",
    opening: "Otwieranie odpowiedzi grupy…",
    notChanged: "{problem} Twój zeszyt ćwiczeń się nie zmienił.",
    shared:
      "Twoja grupa udostępniła swoje odpowiedzi z kroku „{step}”. Jeszcze nic nie zostało skopiowane. Kopiowanie wstawi je do twojego własnego zeszytu ćwiczeń:",
    clash: "masz już własną odpowiedź. Zostanie zachowana, chyba że zaznaczysz to pole.",
    replaceMine: "Zastąp moją odpowiedź na pytanie „{question}” odpowiedzią grupy",
    fill: "odpowiedź grupy trafi tutaj, bo twoja jest pusta.",
    addRows: {
      one: "doda {count} wiersz do twojej odpowiedzi.",
      few: "doda {count} wiersze do twojej odpowiedzi.",
      many: "doda {count} wierszy do twojej odpowiedzi.",
      other: "doda {count} wiersza do twojej odpowiedzi.",
    },
    addItems: {
      one: "doda {count} pozycję do twojej listy.",
      few: "doda {count} pozycje do twojej listy.",
      many: "doda {count} pozycji do twojej listy.",
      other: "doda {count} pozycji do twojej listy.",
    },
    same: "to już masz.",
    planLine: "{question}: {what}",
    nothingNew: "Nie ma nic nowego do skopiowania: twój zeszyt ćwiczeń ma już wszystko.",
    copy: "Skopiuj do mojego zeszytu ćwiczeń",
    copied: "Skopiowano odpowiedzi grupy z kroku „{step}” do twojego zeszytu ćwiczeń.",
  },
  classBanner: {
    title: "Zeszyt ćwiczeń grupy",
    lead: "{title} — odpowiedzi wpisane tutaj są dla grupy. Są przechowywane osobno od twojego własnego zeszytu ćwiczeń, który się nie zmienia.",
    clearQuestion: "Wyczyścić wszystkie odpowiedzi w zeszycie ćwiczeń grupy?",
    yesClear: "Tak, wyczyść go",
    keep: "Zachowaj odpowiedzi",
    clear: "Wyczyść zeszyt ćwiczeń grupy",
    cleared: "Wyczyszczono zeszyt ćwiczeń grupy.",
  },
  broken: {
    step: "Nie udało się pokazać tego kroku",
    whole: "Coś poszło nie tak",
    body: "Coś poszło nie tak podczas wyświetlania. Twoje odpowiedzi są zapisane w tej przeglądarce i się nie zmieniły. Pobierz kopię zapasową, żeby mieć bezpieczną kopię, a potem przejdź do innego kroku.",
  },
  offline: {
    later: "Nie ma jeszcze kopii offline.",
    making: "Tworzenie kopii offline…",
    ready: "Kopia offline jest gotowa: zeszyt ćwiczeń działa tu bez Wi-Fi.",
    failed:
      "Nie udało się utworzyć kopii offline. Sprawdź połączenie z internetem i spróbuj ponownie.",
    makeNow: "Utwórz kopię offline teraz",
  },
  presentation: {
    name: "Prezentacja",
    classWorkbook: "Zeszyt ćwiczeń grupy",
    leave: "Zakończ prezentację",
  },
  reminders: {
    lead: "Wybierz, o czym kalendarz ma ci przypominać między spotkaniami z coachem. Przycisk „Dodaj do kalendarza” pobiera plik, który otworzy każda aplikacja z kalendarzem: na telefonie otwórz go z pobranych plików.",
    loading: "Wczytywanie przypomnień…",
    form: "Przypomnienia w kalendarzu",
    pickDay: "Wybierz dzień dla tego przypomnienia albo odznacz je.",
    notADay: "Tego dnia nie da się użyć w kalendarzu.",
    passed: "Ten dzień już minął. Wybierz późniejszy albo odznacz przypomnienie.",
    readFrom: "Odczytano z „{when}”: {day}.",
    notADate:
      "„{when}” to nie jest data, której może użyć kalendarz. Wybierz dzień, żeby dodać to przypomnienie.",
    noDate: "Nie podano daty. Wybierz dzień, żeby dodać to przypomnienie.",
    downloaded: {
      one: "Pobrano {file}: {count} przypomnienie. Otwórz ten plik, żeby dodać je do kalendarza.",
      few: "Pobrano {file}: {count} przypomnienia. Otwórz ten plik, żeby dodać je do kalendarza.",
      many: "Pobrano {file}: {count} przypomnień. Otwórz ten plik, żeby dodać je do kalendarza.",
      other: "Pobrano {file}: {count} przypomnienia. Otwórz ten plik, żeby dodać je do kalendarza.",
    },
    notIn: " Nie ma w nim tych pozycji, bo nie mają daty, której może użyć kalendarz: {items}.",
    itemWhen: "„{title}” ({when})",
    item: "„{title}”",
    call: "Telefon: {title}",
    day: "Dzień",
    dayFor: " dla „{title}”",
    monthly: "Twoja miesięczna karta wyników",
    everyMonth: "Co miesiąc: uzupełnij kartę wyników",
    firstReminder: "Pierwsze przypomnienie",
    upTo28: "Wybierz dzień od 1. do 28., żeby był w każdym miesiącu.",
    sameDay: "Potem tego samego dnia co miesiąc.",
    actions: "Twoje zadania do wykonania",
    calls: "Twoje telefony po sprzedaży",
    addActions: "Dodaj zadania do wykonania",
    planCalls: "Zaplanuj telefony po sprzedaży",
    noneYet: "Jeszcze nic tu nie ma. {link}",
    tickOne: "Zaznacz co najmniej jedno przypomnienie, które ma trafić do kalendarza.",
    add: "Dodaj do kalendarza",
    readDates: {
      end: "koniec|końca|końcem|końcu|końcówka|końcówce|końcówki",
      start: "początek|początku|początkiem|początki",
      mid: "połowa|połowy|połowie|połowę|połową|środek|środka|środku",
      of: "",
      after: "",
    },
    event: {
      call: "Telefon po sprzedaży: {title}",
      say: "Co powiem: {text}",
      byWhen: "Termin: {when}",
      callWhen: "Kiedy zadzwonię: {when}",
      from: "Z mojego zeszytu ćwiczeń „Jak zatrzymać klientów”.",
      scorecard: "Uzupełnij kartę wyników",
      scorecardDetail:
        "Zapytaj kilku klientów, na ile prawdopodobne jest, że polecą cię innym (od 0 do 10), a potem dodaj ten miesiąc do karty wyników w zeszycie ćwiczeń „Jak zatrzymać klientów”.",
    },
  },
  pdfDownload: {
    heading: "Plik PDF na spotkanie z coachem",
    download: "Pobierz plik PDF",
    send: "Wyślij do mojego coacha",
    inEnglish: "Pytania po angielsku",
    inEnglishHint:
      "Dla coacha, który czyta po angielsku: pytania po angielsku, a twoje odpowiedzi bez zmian, tak jak je wpisano.",
    failed:
      "Przepraszamy, nie udało się utworzyć pliku PDF. Twoje odpowiedzi są nadal zapisane na tym urządzeniu. Spróbuj ponownie, a jeśli nie masz internetu, spróbuj po połączeniu.",
    about:
      "Wszystkie kroki z twoimi odpowiedziami, gotowe do wydruku. To, na co nie ma jeszcze odpowiedzi, jest oznaczone, a ostatnia strona jest na notatki.",
    making: "Tworzenie pliku PDF…",
    page: " strona {number}",
    sent: "Wysłano {file}.",
    sentDownloaded: "To urządzenie nie mogło go wysłać, więc został pobrany: {file}.",
    notSent: "Nie wysłano. Naciśnij „Wyślij do mojego coacha”, żeby spróbować ponownie.",
    ready: "Twój plik PDF jest gotowy. Naciśnij „Wyślij do mojego coacha”, żeby go wysłać.",
    cannotPrint: "Niektórych znaków nie da się wydrukować w pliku PDF.",
    showAs: "Zamiast nich pojawi się „{mark}”. Wszystko inne wydrukuje się normalnie.",
    changeFirst: "Możesz najpierw zmienić te odpowiedzi albo pobrać plik PDF w obecnej postaci.",
    anyway: "Pobierz mimo to",
    inComment: "Komentarz twojego coacha do pytania „{question}”",
    inActions: "Zadania uzgodnione z twoim coachem",
    notKeptFull:
      "Plik PDF jest gotowy, ale pamięć tej przeglądarki jest pełna, więc nie zachowano kopii tych odpowiedzi, która pokaże, co zmieni się przed następnym spotkaniem.",
    notKeptBlocked:
      "Plik PDF jest gotowy, ale ta przeglądarka nie zachowała kopii tych odpowiedzi, która pokaże, co zmieni się przed następnym spotkaniem.",
    notKeptNewer:
      "Plik PDF jest gotowy. Ten zeszyt ćwiczeń otwarto w nowszej wersji aplikacji, więc nie zachowano tu kopii tych odpowiedzi: odśwież stronę, żeby używać nowszej wersji.",
  },
  pdf: {
    notAnswered: "Jeszcze bez odpowiedzi",
    notesTitle: "Notatki ze spotkania z coachem",
    notesLead: "Miejsce na notatki dla ciebie i twojego coacha.",
    holdsAnswers:
      "Ten plik PDF zawiera też kopię twoich odpowiedzi. Żeby je odzyskać na dowolnym komputerze, otwórz zeszyt ćwiczeń, wybierz „Przywróć z kopii zapasowej” i wskaż ten plik PDF.",
    forSession: "Na moje spotkanie z coachem biznesowym",
    date: "Data",
    progress: "Postępy",
    step: "Krok",
    answered: "Odpowiedzi",
    allAnswered: "Komplet odpowiedzi",
    notStarted: "Nie rozpoczęto",
    someAnswered: {
      one: "{answered} z {count}",
      few: "{answered} z {count}",
      many: "{answered} z {count}",
      other: "{answered} z {count}",
    },
    coverBookmark: "Okładka i postępy",
    stepBookmark: "Krok {number}: {title}",
    stepNumber: "Krok {number}",
    continued: "{label} (ciąg dalszy)",
    ownCheck: "Mój własny punkt",
    footer: "{who} · {page}",
    page: "Strona {page} z {pages}",
    noScore: "Brak wyniku. {message}",
    changesSince: "Zmiany w odpowiedziach od ostatniego pliku PDF ({date}): {changes}.",
    noChangesSince: "Od ostatniego pliku PDF ({date}) żadna odpowiedź się nie zmieniła.",
    newAnswers: {
      one: "{count} nowa",
      few: "{count} nowe",
      many: "{count} nowych",
      other: "{count} nowej",
    },
    changedAnswers: {
      one: "{count} zmieniona",
      few: "{count} zmienione",
      many: "{count} zmienionych",
      other: "{count} zmienionej",
    },
    removedAnswers: {
      one: "{count} usunięta",
      few: "{count} usunięte",
      many: "{count} usuniętych",
      other: "{count} usuniętej",
    },
    newSince: "Nowe od {date}",
    changedSince: "Zmienione od {date}",
    removedSince: "Usunięte od {date}",
    itSaid: "Wcześniej było:",
    coachSaid: "Od twojego coacha",
    coachNamedSaid: "Od twojego coacha, {name}",
    saidOn: "{said} (do pytania „{question}”)",
    fromCoach: "Od twojego coacha",
    coachSent:
      "Uwagi od twojego coacha z {date}. Komentarze z nich są też wydrukowane pod odpowiedziami, których dotyczą.",
    coachNamedSent:
      "Uwagi od twojego coacha, {name}, z {date}. Komentarze z nich są też wydrukowane pod odpowiedziami, których dotyczą.",
    commentOn: "Krok {number}: {question}",
    comments: "Komentarze",
    agreedActions: "Uzgodnione zadania",
    actionHeadings: { action: "Zadanie", byWhen: "Termin", who: "Kto" },
    who: { client: "Ty", coach: "Twój coach", both: "Ty i twój coach" },
    title: "{workbook}: {business}",
    subject: "{subtitle} — na spotkanie z coachem",
    attachment: "Odpowiedzi z tego pliku PDF, do przywrócenia zeszytu ćwiczeń",
  },
};
