import type { PluralsOf, WordsOf } from "../../catalogue";
import type { screen as english } from "../en/screen";

/**
 * The words around the questions in Romanian: the header, the step list, the step page and the
 * answer boxes, addressing the reader as "tu" as the workbook does (the translation was written
 * by the project team; corrections welcome).
 */
export const screen: WordsOf<typeof english, PluralsOf["ro"]> = {
  language: "Limba",
  languageFailed: "Limba aceasta nu s-a putut încărca. Verifică conexiunea, apoi încearcă din nou.",
  partFailed:
    "Această parte nu s-a putut încărca. Verifică conexiunea, apoi încearcă din nou. Răspunsurile tale sunt păstrate.",
  tryAgain: "Încearcă din nou",
  translationNote:
    "Această traducere a fost scrisă de echipa care a făcut acest caiet. Dacă ceva nu sună bine, spune-i coach-ului tău, ca să poată fi corectat.",
  header: {
    skipLink: "Sari la întrebări",
    present: "Prezintă",
    opening: "Se deschide prezentarea…",
    whichWorkbook: "Care caiet",
    myWorkbook: "Caietul meu",
    classWorkbook: "Caietul clasei",
    saved: "Salvat pe acest dispozitiv",
    saving: "Se salvează…",
    notSaved: "Nesalvat",
    newVersion: "Versiune nouă pregătită: deschide-o",
    newVersionHint: "Deschide versiunea nouă. Răspunsurile tale rămân.",
  },
  nav: {
    name: "Pașii caietului",
    done: "Gata",
    stepProgress: {
      one: "{answered} din {count}",
      few: "{answered} din {count}",
      other: "{answered} din {count}",
    },
    answered: "Cu răspuns:",
    partProgress: {
      one: "{answered} din {count} cu răspuns",
      few: "{answered} din {count} cu răspuns",
      other: "{answered} din {count} cu răspuns",
    },
    overall: {
      one: "Ai răspuns la {answered} din {count} întrebare",
      few: "Ai răspuns la {answered} din {count} întrebări",
      other: "Ai răspuns la {answered} din {count} de întrebări",
    },
    showSteps: "Arată toți pașii",
    hideSteps: "Ascunde pașii",
  },
  step: {
    pageTitle: "{step} · {workbook}",
    count: {
      one: "Pasul {number} din {count}",
      few: "Pasul {number} din {count}",
      other: "Pasul {number} din {count}",
    },
    welcome: "Bun venit",
    welcomePart: {
      one: "{part} — {count} pas, {time}.",
      few: "{part} — {count} pași, {time}.",
      other: "{part} — {count} de pași, {time}.",
    },
    partIntro: "{part}. {intro}",
    tips: "Sfaturi",
    showExample: "Arată exemplul",
    example: "Exemplu completat",
    exampleTitle: "Exemplu completat: {business}",
    exampleLoading: "Se încarcă exemplul…",
    exampleNote: "Acesta este doar un exemplu. Nu se salvează ca răspuns al tău.",
    back: "Înapoi",
    backTo: ": {step}",
    goOn: "Continuă cu {part}",
    next: "Următorul: {step}",
    loading: "Se încarcă…",
    loadingProgress: "Se încarcă progresul tău…",
  },
  rows: {
    row: "rândul {number}",
    item: "{item} {number}",
    check: "verificarea {number}",
    rowHeading: "Rând",
    rowActions: "Acțiuni pentru rând",
    cell: "{column}, rândul {number}",
    moveUp: "Mută {row} mai sus",
    moveDown: "Mută {row} mai jos",
    remove: "Elimină {row}",
    moveUpShort: "Mută mai sus",
    moveDownShort: "Mută mai jos",
    removeShort: "Elimină",
    removedLabel: "{row}: {words}",
    removed: "Ai eliminat {row}.",
    undo: "Anulează",
    removedEarlier: "Eliminate mai devreme ({count})",
    putBack: "Pune la loc {row}",
    noRows: "Încă nu ai niciun rând.",
    noItems: "Lista ta e încă goală.",
    noMonths: "Încă nu ai nicio lună.",
    addInOneClick: "Adaugă dintr-un clic:",
    add: "Adaugă",
    addThis: "Adaugă {suggestion}",
    addNamed: "{add}: {suggestion}",
    added: "Adăugat",
    addedThis: "{suggestion}: ",
    suggestions: "Sugestii ({count})",
    full: {
      rows: {
        one: "Nu mai e loc: ai deja {count} rând. Elimină unul ca să adaugi altul.",
        few: "Nu mai e loc: ai deja {count} rânduri. Elimină unul ca să adaugi altul.",
        other: "Nu mai e loc: ai deja {count} de rânduri. Elimină unul ca să adaugi altul.",
      },
      items: {
        one: "Nu mai e loc: ai deja {count} element. Elimină unul ca să adaugi altul.",
        few: "Nu mai e loc: ai deja {count} elemente. Elimină unul ca să adaugi altul.",
        other: "Nu mai e loc: ai deja {count} de elemente. Elimină unul ca să adaugi altul.",
      },
      checks: {
        one: "Nu mai e loc: ai deja {count} verificare. Elimină una ca să adaugi alta.",
        few: "Nu mai e loc: ai deja {count} verificări. Elimină una ca să adaugi alta.",
        other: "Nu mai e loc: ai deja {count} de verificări. Elimină una ca să adaugi alta.",
      },
      months: {
        one: "Nu mai e loc: ai deja {count} lună. Elimină una ca să adaugi alta.",
        few: "Nu mai e loc: ai deja {count} luni. Elimină una ca să adaugi alta.",
        other: "Nu mai e loc: ai deja {count} de luni. Elimină una ca să adaugi alta.",
      },
    },
    left: {
      rows: {
        one: "Mai poți adăuga {count} rând.",
        few: "Mai poți adăuga {count} rânduri.",
        other: "Mai poți adăuga {count} de rânduri.",
      },
      items: {
        one: "Mai poți adăuga {count} element.",
        few: "Mai poți adăuga {count} elemente.",
        other: "Mai poți adăuga {count} de elemente.",
      },
      checks: {
        one: "Mai poți adăuga {count} verificare.",
        few: "Mai poți adăuga {count} verificări.",
        other: "Mai poți adăuga {count} de verificări.",
      },
      months: {
        one: "Mai poți adăuga {count} lună.",
        few: "Mai poți adăuga {count} luni.",
        other: "Mai poți adăuga {count} de luni.",
      },
    },
  },
  text: {
    full: "Răspunsul a ajuns la limită: {count} de caractere.",
    left: {
      one: "A mai rămas {count} caracter.",
      few: "Au mai rămas {count} caractere.",
      other: "Au mai rămas {count} de caractere.",
    },
  },
};
