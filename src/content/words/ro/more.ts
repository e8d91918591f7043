import type { PluralsOf, WordsOf } from "../../catalogue";
import type { more as english } from "../en/more";

/**
 * The words of everything that loads after the first screen, in Romanian: the review step, the
 * backup, saving messages, the coach space, sharing, presenting, reminders and the PDF's own
 * words, addressing the reader as "tu" as the workbook does (the translation was written by the
 * project team; corrections welcome). File names the app writes stay as they are.
 */
export const more: WordsOf<typeof english, PluralsOf["ro"]> = {
  common: {
    cancel: "Renunță",
    close: "Închide",
    back: "Înapoi",
    ok: "OK",
    comma: ", ",
    quoted: "„{text}”",
    downloadsNote:
      "Pe un calculator folosit de mai mulți oameni, șterge-l din folderul Descărcări când termini: dacă îți elimini răspunsurile aici, fișierele descărcate nu se șterg.",
    downloaded: "Ai descărcat {file}.",
    stepLink: "Pasul {number}: {title}",
    questions: {
      one: "{count} întrebare",
      few: "{count} întrebări",
      other: "{count} de întrebări",
    },
  },
  dates: {
    dayAt: "{date}, ora {time}",
  },
  checklist: {
    ownCheck: "Verificarea mea {number}",
    ownPlaceholder: "Scrie o verificare a ta",
    noteOn: "{note}: {check}",
    notDescribed: "(fără descriere)",
  },
  numbers: {
    negative: "Scrie un număr de la 0 în sus.",
    notANumber: "„{text}” nu este un număr. Scrie-l așa: {whole}, {money} sau {pence}.",
    money: "£{amount}",
    result: "{label}: {value}",
    sum: "{terms} = {result}",
    missing: "completează {fields} ca să se poată calcula.",
    wrong: "verifică numărul scris la {fields}.",
    quoted: "„{text}”",
    scoreOfRow: "{heading}, rândul {number}: {score}",
    checkRow: "Verifică rândul",
    wholeCustomers: "Scrie numărul de clienți fără zecimale.",
    tooMany: "Sunt mai multe răspunsuri 9–10 și 0–6 decât clienți întrebați.",
    unnamedMonth: "Rândul {number}",
    chartEmpty: "{chart}: încă nicio lună cu scor.",
    chart: "{chart}: {months}.",
    chartMonth: "{month} {score}",
    chartWaiting:
      "Graficul cu {chart} apare aici când o lună are toate cifrele: câți clienți ai întrebat și câți au răspuns 9 sau 10 și între 0 și 6.",
    scoreNone: "Niciunul",
    scoreNoneBecause: "Niciunul. {message}",
  },
  review: {
    progress: "Progresul tău",
    everyAnswered: "Ai răspuns la toate întrebările.",
    summary: {
      one: "Ai răspuns la {answered} din {count} întrebare. Pași încheiați: {done} din {steps}.",
      few: "Ai răspuns la {answered} din {count} întrebări. Pași încheiați: {done} din {steps}.",
      other:
        "Ai răspuns la {answered} din {count} de întrebări. Pași încheiați: {done} din {steps}.",
    },
    done: "Gata",
    stepAnswered: {
      one: "{answered} din {count} cu răspuns",
      few: "{answered} din {count} cu răspuns",
      other: "{answered} din {count} cu răspuns",
    },
    eachStep: "Fiecare pas și ce mai ai de făcut",
    stillToDo: "Ce mai ai de făcut la pasul {number}",
    moreOptions: "Mai multe opțiuni",
    folds: {
      backup: "Păstrează-ți răspunsurile în siguranță",
      shared: "Folosești un calculator comun?",
      link: "Trimite-ți răspunsurile printr-un link",
      reminders: "Mementouri în calendarul tău",
      coach: "Coach-ul tău",
    },
  },
  backup: {
    lead: "Răspunsurile tale sunt salvate doar în acest browser. Descarcă o copie de rezervă ca să le ai și altundeva sau ca să continui caietul pe alt calculator.",
    download: "Descarcă o copie de rezervă",
    restore: "Restaurează din copia de rezervă",
    about:
      "O copie de rezervă a răspunsurilor tale din caietul „{workbook}”. Ca să le aduci înapoi, deschide caietul și folosește „Restaurează din copia de rezervă” la ultimul pas.",
    dateTime: "{date}, ora {time}",
    restoreSummary: {
      file: "Fișierul {file} are răspunsuri la {inFile}. Acest browser are răspunsuri la {here}.",
      fileMade:
        "Fișierul {file} a fost făcut pe {date}. Are răspunsuri la {inFile}. Acest browser are răspunsuri la {here}.",
      caption: "Întrebări cu răspuns la fiecare pas",
      step: "Pasul",
      now: "Acum",
      inFile: "În fișier",
      leftOut:
        "Aceste părți ale fișierului nu se potrivesc cu acest caiet și vor fi lăsate deoparte:",
      replaces:
        "Restaurarea înlocuiește {every} din acest browser cu cele din fișier. Dacă s-ar putea să ai nevoie de răspunsurile de acum, descarcă întâi o copie de rezervă a lor.",
      every: "toate răspunsurile",
      fills: "Restaurarea completează acest caiet cu răspunsurile din fișier.",
    },
    notChanged: "{problem} Răspunsurile tale nu au fost schimbate.",
    replaceTitle: "Îți înlocuiești răspunsurile cu copia de rezervă?",
    replaceConfirm: "Înlocuiește-mi răspunsurile",
    restored: {
      one: "Răspunsurile tale au fost restaurate din {file}: {count} întrebare cu răspuns.",
      few: "Răspunsurile tale au fost restaurate din {file}: {count} întrebări cu răspuns.",
      other: "Răspunsurile tale au fost restaurate din {file}: {count} de întrebări cu răspuns.",
    },
    keptAside: {
      heading: "Date salvate care nu au putut fi citite",
      lead: "Acestea au fost puse deoparte, neschimbate, când caietul nu le-a putut citi. Descarcă-le ca să le păstrezi. „Restaurează din copia de rezervă” poate aduce înapoi răspunsurile din ele care se mai pot citi.",
      found: "Găsite pe {when}",
      foundName: "datele care nu pot fi citite, găsite pe {when}",
      download: "Descarcă",
      delete: "Șterge",
      deleteTitle: "Ștergi datele care nu pot fi citite?",
      deleteConfirm: "Șterge-le",
      deleteBody:
        "Caietul nu le poate citi, dar s-ar putea să conțină încă răspunsuri. Dacă ai putea avea nevoie de ele, descarcă-le întâi.",
      deleted: "Datele care nu puteau fi citite au fost șterse.",
    },
    install: {
      heading: "Păstrează caietul pe acest dispozitiv",
      lead: "Instalat ca aplicație, caietul se deschide fără internet, iar răspunsurile tale se păstrează chiar dacă nu îl deschizi săptămâni întregi.",
      button: "Instalează aplicația",
      apple: "Pe iPhone sau iPad: atinge butonul Partajează, apoi {add}.",
      addToHome: "Adaugă pe ecranul principal",
    },
  },
  remove: {
    shared:
      "Când termini, elimină-ți răspunsurile, ca următoarea persoană să nu le poată vedea. Dacă vrei să le păstrezi, descarcă întâi o copie de rezervă.",
    sharedFiles:
      "Fișierele pe care le-ai descărcat, cum ar fi PDF-ul și copia de rezervă, rămân în folderul Descărcări al acestui calculator. Șterge-le și de acolo.",
    button: "Elimină-mi răspunsurile",
    title: "Îți elimini răspunsurile din acest browser?",
    confirm: "Da, elimină-le",
    removes: "Vei elimina {what} din acest browser. Nu se poate anula.",
    removesBoth: "Vei elimina {what} și {copies} din acest browser. Nu se poate anula.",
    thisWorkbook: "acest caiet",
    answered: {
      one: "răspunsul la {count} întrebare",
      few: "răspunsurile la {count} întrebări",
      other: "răspunsurile la {count} de întrebări",
    },
    copies: {
      one: "{count} copie care nu poate fi citită",
      few: "{count} copii care nu pot fi citite",
      other: "{count} de copii care nu pot fi citite",
    },
    keepFirst:
      "Dacă vrei să-ți păstrezi răspunsurile, renunță și descarcă întâi o copie de rezervă.",
    filesStay:
      "Fișierele pe care le-ai descărcat, cum ar fi PDF-ul și copia de rezervă, nu se elimină: șterge-le din folderul Descărcări.",
    removed: "Ai eliminat {what} din acest browser. Acum caietul este gol. {files}",
    removedBoth: "Ai eliminat {what} și {copies} din acest browser. Acum caietul este gol. {files}",
    nothing: "Nu erau răspunsuri de eliminat. Caietul este gol. {files}",
    files: "Fișierele descărcate sunt încă în folderul Descărcări: șterge-le și de acolo.",
    blocked:
      "Răspunsurile tale au fost șterse de pe această pagină, dar browserul nu a lăsat caietul să ajungă la datele salvate, așa că unele pot să fi rămas. Le elimini dacă ștergi datele acestui site din setările browserului.",
    alsoCoachCopy:
      "Elimină și copia acestui caiet păstrată în „Revizuiește ca coach” în acest browser",
    coachCopyRemoved: "Copia lui din „Revizuiește ca coach” a fost eliminată și ea.",
    coachCopyNotRemoved:
      "Copia lui din „Revizuiește ca coach” nu a putut fi eliminată: deschide „Revizuiește ca coach” și elimin-o de acolo.",
  },
  files: {
    tooBig: "Acest fișier e prea mare ca să fie o copie de rezervă din acest caiet.",
    notFromTheApp:
      "Acest PDF nu a fost făcut de acest caiet, deci nu conține răspunsuri. Alege o copie de rezervă sau un PDF făcut de acest caiet.",
    notABackup:
      "Acest fișier nu este o copie de rezervă din acest caiet. Copiile de rezervă au nume ca keeping-customers-backup-2025-05-03.json.",
    newer:
      "Acest fișier a fost făcut de o versiune mai nouă a acestui caiet. Reîncarcă pagina ca să ai cea mai nouă versiune, apoi încearcă din nou.",
    couldNotOpen: "Acest fișier nu a putut fi deschis. Te rugăm să încerci din nou.",
    empty: "Acest fișier este gol.",
    damagedOrNot:
      "Acest fișier este deteriorat sau nu este o copie de rezervă. Copiile de rezervă au nume ca keeping-customers-backup-2025-05-03.json.",
    damaged: "Această copie de rezervă este deteriorată și nu poate fi citită.",
    damagedAnswer:
      "Această copie de rezervă este deteriorată: răspunsul la {question} nu poate fi citit.",
    unreadable: "Acest fișier nu poate fi citit ca o copie de rezervă.",
    tooManyRows:
      "Răspunsul la {question} are {count} de rânduri. Caietul permite cel mult {max}, așa că acest fișier nu poate fi restaurat.",
    tooLong:
      "Răspunsul la {question} este mai lung decât permite caietul ({max} de caractere), așa că acest fișier nu poate fi restaurat.",
    feedbackTooBig: "Acest fișier e prea mare ca să fie feedback de la coach.",
    notFeedback:
      "Acest fișier nu este feedback de la coach din acest caiet. Fișierele cu feedback au nume ca keeping-customers-feedback-bloom-crumb-2025-05-03.json.",
    feedbackDamaged: "Acest fișier cu feedback este deteriorat și nu poate fi citit.",
    feedbackIsBackup:
      "Aceasta este o copie de rezervă a răspunsurilor, nu feedback de la coach. Ca să aduci înapoi răspunsuri, folosește „Restaurează din copia de rezervă”.",
    feedbackNewer:
      "Acest feedback a fost făcut de o versiune mai nouă a acestui caiet. Reîncarcă pagina ca să ai cea mai nouă versiune, apoi încearcă din nou.",
    feedbackUnreadable: "Acest fișier nu poate fi citit ca feedback de la coach.",
    linkTooLong:
      "Răspunsurile tale sunt prea lungi ca să încapă într-un link pe care orice aplicație îl transmite fără probleme. Descarcă în schimb o copie de rezervă și trimite-o pe ea: conține tot.",
    linkDamaged:
      "Acest link este deteriorat sau incomplet, așa că nu s-a adăugat nimic. Poate a fost tăiat când a fost copiat. Cere din nou linkul sau cere în schimb o copie de rezervă.",
    linkNewer:
      "Acest link a fost făcut de o versiune mai nouă a acestui caiet. Reîncarcă pagina ca să ai cea mai nouă versiune, apoi deschide din nou linkul.",
    classLinkDamaged:
      "Acest link este deteriorat sau incomplet, așa că nu s-a adăugat nimic. Roagă clasa să-ți arate din nou codul QR.",
    classLinkOtherVersion:
      "Acest link a fost făcut de o altă versiune a acestui caiet. Reîncarcă pagina, apoi scanează din nou codul QR.",
    pdfCutShort:
      "Acest PDF este incomplet: îi lipsește sfârșitul, așa că răspunsurile din el nu pot fi citite. Poate nu s-a descărcat sau copiat complet. Descarcă-l din nou sau alege o copie de rezervă.",
    pdfDamaged:
      "Acest PDF a fost făcut de acest caiet, dar răspunsurile din el sunt deteriorate și nu pot fi citite. Alege o copie de rezervă sau alt PDF.",
    pdfTooBig:
      "Răspunsurile din acest PDF sunt mai mari decât orice copie de rezervă din acest caiet, așa că nu au fost citite.",
    feedbackNotBackup:
      "Acesta este feedback de la coach, nu o copie de rezervă a răspunsurilor. Ca să-l adaugi, folosește „Adaugă feedbackul coach-ului”.",
    commentTooLong:
      "Comentariul coach-ului la {question} este mai lung decât permite caietul ({max} de caractere), așa că acest feedback nu poate fi adăugat. Roagă-l pe coach să-l scurteze și să-l trimită din nou.",
    linkTooBig:
      "Răspunsurile din acest link sunt mai multe decât poate ține un caiet, așa că nu s-a adăugat nimic.",
    linkNotAnswers:
      "Acest link nu conține răspunsuri pe care acest caiet le poate citi, așa că nu s-a adăugat nimic. Cere din nou linkul sau cere în schimb o copie de rezervă.",
    linkIsFeedback:
      "Acest link conține feedback de la coach, nu răspunsuri, așa că nu s-a adăugat nimic. Cere în schimb fișierul cu feedback.",
    linkAnswerUnreadable:
      "Răspunsul la {question} din acest link nu poate fi citit, așa că nu s-a adăugat nimic. Cere din nou linkul sau cere în schimb o copie de rezervă.",
    linkTooManyRows:
      "Răspunsul la {question} are {count} de rânduri. Caietul permite cel mult {max}, așa că nu s-a adăugat nimic.",
    linkAnswerTooLong:
      "Răspunsul la {question} este mai lung decât permite caietul ({max} de caractere), așa că nu s-a adăugat nimic.",
    linkNoStep:
      "Acest link nu spune pentru ce pas sunt răspunsurile clasei, așa că nu s-a adăugat nimic. Cere din nou linkul.",
  },
  leftOut: {
    damaged: "{question}: deteriorat, nu poate fi citit",
    rowParts: "{question}: părți ale rândului {row} pe care nu le are ({parts})",
    checks: {
      one: "{question}: o verificare pe care nu o are",
      few: "{question}: {count} verificări pe care nu le are",
      other: "{question}: {count} de verificări pe care nu le are",
    },
    answers: {
      one: "un răspuns la o întrebare pe care acest caiet nu o are",
      few: "răspunsuri la {count} întrebări pe care acest caiet nu le are",
      other: "răspunsuri la {count} de întrebări pe care acest caiet nu le are",
    },
    comments: {
      one: "un comentariu la o întrebare pe care acest caiet nu o are",
      few: "comentarii la {count} întrebări pe care acest caiet nu le are",
      other: "comentarii la {count} de întrebări pe care acest caiet nu le are",
    },
    copies: {
      one: "o copie de la sesiune care nu poate fi citită (data sau răspunsurile ei nu sunt reale)",
      few: "{count} copii de la sesiuni care nu pot fi citite (datele sau răspunsurile lor nu sunt reale)",
      other:
        "{count} de copii de la sesiuni care nu pot fi citite (datele sau răspunsurile lor nu sunt reale)",
    },
    madeAtNotReal: "data la care a fost făcut, care nu este o dată reală",
  },
  alerts: {
    notSaved: "Ultimele tale schimbări nu sunt salvate.",
    whyFull: "Spațiul de stocare al acestui browser pentru acest site este plin.",
    whyBlocked:
      "Acest browser nu lasă caietul să salveze. Se întâmplă în unele ferestre private sau când salvarea datelor site-urilor este oprită.",
    whyOther: "Browserul nu le-a salvat.",
    stillHere:
      "Răspunsurile tale sunt încă aici, pe această pagină. Descarcă acum o copie de rezervă, ca să nu se piardă nimic. Caietul va încerca în continuare să salveze.",
    newer: "Răspunsurile tale salvate au fost făcute de o versiune mai nouă a acestui caiet.",
    newerRest:
      "Această versiune nu le poate citi, așa că au fost puse deoparte, neschimbate, iar deocamdată ai un caiet gol. Reîncarcă pagina ca să ai cea mai nouă versiune. Poți și să descarci răspunsurile salvate, ca să fie în siguranță.",
    partial: "O parte din caietul tău salvat nu a putut fi citită.",
    partialAnswers: "Răspunsurile la {questions} erau deteriorate. ",
    partialRest:
      "Tot restul e aici, așa cum l-ai lăsat. O copie a datelor salvate, exact cum erau, a fost pusă deoparte. O poți descărca.",
    damaged: "Caietul tău salvat nu a putut fi citit.",
    damagedRest:
      "A fost pus deoparte, neschimbat, și ai un caiet gol: ce scrii acum se salvează ca de obicei. Descarcă datele salvate ca să le păstrezi.",
    downloadSaved: "Descarcă datele salvate",
    hide: "Ascunde acest mesaj",
    removedElsewhere: "Răspunsurile tale au fost eliminate din acest browser într-o altă filă.",
    reminder: {
      one: "Ai răspuns la {count} întrebare. Telefoanele și calculatoarele comune pot șterge ce salvează un site, așa că ai grijă: descarcă o copie de rezervă și păstreaz-o într-un loc sigur.",
      few: "Ai răspuns la {count} întrebări. Telefoanele și calculatoarele comune pot șterge ce salvează un site, așa că ai grijă: descarcă o copie de rezervă și păstreaz-o într-un loc sigur.",
      other:
        "Ai răspuns la {count} de întrebări. Telefoanele și calculatoarele comune pot șterge ce salvează un site, așa că ai grijă: descarcă o copie de rezervă și păstreaz-o într-un loc sigur.",
    },
    notNow: "Nu acum",
    savedByNewer: "Acest caiet a fost deschis într-o versiune mai nouă a aplicației.",
    savedByNewerRest:
      "Ca să nu scrie peste ce a salvat aceasta, pagina de față s-a oprit din salvat. Reîncarcă pagina ca să folosești versiunea mai nouă: răspunsurile tale sunt acolo. Ce ai scris aici între timp nu este salvat, așa că, dacă ai nevoie de el, descarcă întâi o copie de rezervă.",
    reloadNewer: "Reîncarcă pentru versiunea mai nouă",
  },
  lostEdits: {
    changedHere: "{where} s-a schimbat și într-o altă filă, în același timp cu aici.",
    keptMine: "S-a păstrat varianta scrisă aici.",
    keptOther: "S-a păstrat varianta din cealaltă filă.",
    belowIs:
      "Varianta care nu s-a păstrat este mai jos: folosește-o pe ea sau copiază ce îți trebuie.",
    rowRemoved: "O altă filă a eliminat un rând din {question} în timp ce îl schimbai aici.",
    putBackAsWas: "Îl poți pune la loc așa cum îl aveai.",
    useThis: "Folosește această variantă",
    keepShown: "Păstrează varianta afișată",
    putRowBack: "Pune rândul la loc",
    leaveRemoved: "Lasă-l eliminat",
    ownCheckNote: "{note}: verificarea mea {number}",
    noRoom:
      "{question} e plin: un rând adăugat aici în același timp cu rânduri dintr-o altă filă nu a mai încăput.",
    holdsAtMost: {
      one: "Are loc pentru cel mult {count} rând.",
      few: "Are loc pentru cel mult {count} rânduri.",
      other: "Are loc pentru cel mult {count} de rânduri.",
    },
    removeFirst: "Elimină un rând de care nu mai ai nevoie, apoi pune-l la loc pe acesta.",
    roomNow: "Acum are loc.",
  },
  changes: {
    heading: "Ce s-a schimbat de la ultima ședință",
    none: "De fiecare dată când descarci un PDF pentru ședința de coaching, aici se păstrează o copie a răspunsurilor tale. Data viitoare, aici vei vedea ce ai schimbat de atunci.",
    sessions: "Ședințele tale",
    compareWith: "Compară cu",
    taken: "Copia dusă la ședința din {date}",
    takenAt: "Copia dusă la ședința din {date}, ora {time}",
    nothing: "Nimic nu s-a schimbat față de {copy}.",
    changed: {
      one: "Față de {copy}: s-a schimbat {count} întrebare.",
      few: "Față de {copy}: s-au schimbat {count} întrebări.",
      other: "Față de {copy}: s-au schimbat {count} de întrebări.",
    },
    kinds: { new: "Nou", changed: "Schimbat", removed: "Eliminat" },
    added: "adăugat: ",
    removed: "eliminat: ",
    keptByNewer:
      "Copiile din ședințele tale au fost păstrate de o versiune mai nouă a aplicației, așa că aici nu se adaugă niciuna. Reîncarcă pagina ca s-o folosești.",
    notKept:
      "Copia răspunsurilor tale din ultimul PDF nu a putut fi păstrată: spațiul de stocare al acestui browser e plin sau blocat.",
    tooLong:
      "Prea lung ca să fie comparat aici cuvânt cu cuvânt: avea {before}, iar acum are {now}.",
    words: { one: "{count} cuvânt", few: "{count} cuvinte", other: "{count} de cuvinte" },
    checkStatus: "{check}: {status}",
    statusTakenAway: "{check}: s-a scos „{status}”",
    statusChanged: "{check}: schimbat din „{was}” în „{now}”",
    noteSet: "{check}, {note}: {text}",
    noteTakenAway: "{check}, {note}: s-a scos „{text}”",
    noteChanged: "{check}, {note}: schimbat din „{was}” în „{now}”",
    checkNote: "{check}. {note}: {text}",
  },
  feedback: {
    lead: "Dacă coach-ul ți-a trimis un fișier cu feedback, adaugă-l aici: comentariile coach-ului apar sub răspunsurile tale și se tipăresc în PDF, iar acțiunile stabilite împreună intră în lista ta de acțiuni.",
    add: "Adaugă feedbackul coach-ului",
    remove: "Elimină feedbackul coach-ului",
    removed:
      "Ai eliminat comentariile coach-ului tău. Răspunsurile tale și lista ta de acțiuni nu s-au schimbat.",
    areYouCoach: "Ești coach?",
    coachLead:
      "Deschide un caiet pe care ți l-a trimis cineva, citește-l pas cu pas și scrie-ți comentariile.",
    reviewAsCoach: "Revizuiește ca coach",
    forOther:
      "Acest feedback a fost scris pentru caietul cu numele {who}, care nu este numele de pe acest caiet. Adaugă-l doar dacă e pentru tine.",
    holds: {
      one: "Fișierul {file} conține {count} comentariu de la coach-ul tău. Comentariul apare sub întrebarea lui și se tipărește în următorul tău PDF. Răspunsurile tale nu se schimbă.",
      few: "Fișierul {file} conține {count} comentarii de la coach-ul tău. Comentariile apar sub întrebările lor și se tipăresc în următorul tău PDF. Răspunsurile tale nu se schimbă.",
      other:
        "Fișierul {file} conține {count} de comentarii de la coach-ul tău. Comentariile apar sub întrebările lor și se tipăresc în următorul tău PDF. Răspunsurile tale nu se schimbă.",
    },
    actionsAdded: {
      one: "{count} acțiune stabilită va fi adăugată în lista ta de acțiuni:",
      few: "{count} acțiuni stabilite vor fi adăugate în lista ta de acțiuni:",
      other: "{count} de acțiuni stabilite vor fi adăugate în lista ta de acțiuni:",
    },
    byWhen: "{action} (termen: {when})",
    noActions: "Nu sunt acțiuni stabilite noi de adăugat în lista ta de acțiuni.",
    full: {
      one: "Lista ta de acțiuni e plină ({max} de rânduri), așa că {count} acțiune stabilită nu poate fi adăugată. Renunță, elimină rândurile de care nu mai ai nevoie, apoi adaugă din nou feedbackul.",
      few: "Lista ta de acțiuni e plină ({max} de rânduri), așa că {count} acțiuni stabilite nu pot fi adăugate. Renunță, elimină rândurile de care nu mai ai nevoie, apoi adaugă din nou feedbackul.",
      other:
        "Lista ta de acțiuni e plină ({max} de rânduri), așa că {count} de acțiuni stabilite nu pot fi adăugate. Renunță, elimină rândurile de care nu mai ai nevoie, apoi adaugă din nou feedbackul.",
    },
    replaces: "Feedbackul pe care l-ai adăugat înainte va fi înlocuit cu acesta.",
    nothingChanged: "{problem} Nu s-a schimbat nimic.",
    notKept:
      "Feedbackul nu a putut fi păstrat: spațiul de stocare al acestui browser este plin sau blocat. Nu s-a schimbat nimic.",
    notAddedNewer:
      "Feedbackul nu a putut fi adăugat aici: feedbackul coach-ului pentru acest caiet a fost adăugat într-o versiune mai nouă a aplicației. Reîncarcă pagina ca să-l folosești. Nu s-a schimbat nimic.",
    title: "Adaugi feedbackul coach-ului tău?",
    confirm: "Adaugă feedbackul",
    added: "Ai adăugat feedbackul coach-ului tău.",
    addedWithActions: {
      one: "Ai adăugat feedbackul coach-ului tău și {count} acțiune stabilită.",
      few: "Ai adăugat feedbackul coach-ului tău și {count} acțiuni stabilite.",
      other: "Ai adăugat feedbackul coach-ului tău și {count} de acțiuni stabilite.",
    },
    coachSaid: "Coach-ul tău a spus:",
    coachComment: "Comentariul coach-ului tău",
    coachNamedSaid: "{name}, coach-ul tău, a spus:",
    feedbackOf: "Feedback din {date}",
    commented: "Coach-ul a comentat",
    fromCoach: "De la coach-ul tău",
    fromCoachFor: "De la coach-ul tău, {who}",
    forWho: { client: "pentru tine", coach: "pentru coach-ul tău", both: "pentru amândoi" },
  },
  coach: {
    title: "Revizuiește ca coach",
    pageTitle: "Revizuiește ca coach · {workbook}",
    lead: "Deschide un caiet pe care ți l-a trimis cineva: o copie de rezervă sau un PDF făcut de acest caiet. Vezi răspunsurile pas cu pas, exact cum au fost scrise, și scrii un comentariu lângă fiecare întrebare. La final, notează acțiunile stabilite împreună. Apoi descarcă feedbackul și trimite-l înapoi.",
    staysHere:
      "Tot ce faci aici rămâne în acest browser, separat de propriul tău caiet, care nu se schimbă.",
    back: "Înapoi la caietul meu",
    saveFull:
      "Comentariile tale nu au putut fi salvate: spațiul de stocare al acestui browser este plin. Descarcă acum feedbackul, ca să nu se piardă nimic, apoi elimină caietele de care nu mai ai nevoie.",
    saveBlocked:
      "Comentariile tale nu au putut fi salvate: acest browser nu le păstrează. Descarcă acum feedbackul, ca să nu se piardă nimic.",
    open: "Deschide un caiet ca să-l revizuiești",
    nothingOpened: "{problem} Nu s-a deschis nimic.",
    noName: "Un caiet fără nume",
    whose: "{name}, {business}",
    facts: "{answered} · {comments} · {actions} · deschis pe {date}",
    factsUndated: "{answered} · {comments} · {actions}",
    answered: {
      one: "{answered} din {count} întrebare cu răspuns",
      few: "{answered} din {count} întrebări cu răspuns",
      other: "{answered} din {count} de întrebări cu răspuns",
    },
    comments: {
      one: "{count} comentariu",
      few: "{count} comentarii",
      other: "{count} de comentarii",
    },
    actions: {
      one: "{count} acțiune stabilită",
      few: "{count} acțiuni stabilite",
      other: "{count} de acțiuni stabilite",
    },
    remove: "Elimină",
    noneYet: "Încă nu ai deschis niciun caiet. Deschide unul pe care ți l-a trimis cineva.",
    reviewing: "Caietele pe care le revizuiești",
    removeTitle: "Elimini acest caiet din revizuirile tale?",
    removeConfirm: "Da, elimină-l",
    removeBody:
      "Acest caiet ({who}) și comentariile tale la el vor fi eliminate din acest browser. Dacă nu ai trimis încă feedbackul, descarcă-l întâi. Caietul celeilalte persoane nu este afectat.",
    commentOn: "Comentariul coach-ului la „{question}”",
    comment: "Comentariul coach-ului",
    feedbackAbout:
      "Feedback de la coach-ul tău pentru caietul tău „{workbook}”. Ca să-l citești, deschide caietul și folosește „Adaugă feedbackul coach-ului” la ultimul pas.",
    notAnswered: "Fără răspuns încă",
    agreedActions: "Acțiuni stabilite",
    agreedHint:
      "Ce ați stabilit împreună și până când. Acțiunile intră în fișierul cu feedback și se adaugă în lista de acțiuni a celeilalte persoane, dacă îl adaugă.",
    addAgreed: "Adaugă o acțiune stabilită",
    downloadFeedback: "Descarcă feedbackul",
    downloaded:
      "Ai descărcat {file}. Trimite-l către {name}, ca să-l adauge cu „Adaugă feedbackul coach-ului”.",
    them: "persoana respectivă",
    reviewingPageTitle: "Revizuiești: {page} · {workbook}",
    stepsToReview: "Pașii de revizuit",
    reviewingWhose: "Revizuiești caietul: {who}. Aici răspunsurile nu pot fi schimbate.",
    allWorkbooks: "Toate caietele",
    linkIsClass:
      "Acest link conține răspunsurile unei clase la un pas, ca să le copiezi în propriul tău caiet. Nu are nimic de revizuit. Nu s-a deschis nimic.",
    linkNotYet:
      "Încă nu s-a deschis nimic. Răspunsurile se deschid aici pentru revizuire, doar pentru citire, lângă caietele pe care le revizuiești. Propriul tău caiet nu se schimbă.",
    openForReview: "Deschide pentru revizuire",
    agreedForm: {
      legend: "Acțiunea stabilită {number}",
      rowName: "acțiunea stabilită {number}",
      action: "Acțiune",
      byWhen: "Până când",
      who: "Cine",
      choose: "Alege…",
      client: "Persoana pe care o sprijini",
      coach: "Tu, coach-ul",
      both: "Amândoi",
      actionMissing: "Scrie ce ați stabilit sau elimină acțiunea.",
      dateMissing: "Scrie până când, ca dată, de exemplu 30.06.2026.",
      notADate: "„{when}” nu este o dată. Scrie una, de exemplu 30.06.2026.",
      datePassed: "Data aceasta a trecut. Scrie una mai târzie.",
      whoMissing: "Alege cine o va face.",
      hint: "Ce ați stabilit împreună, până când și cine o va face. Acțiunile intră în fișierul cu feedback și se adaugă în lista de acțiuni a celeilalte persoane, marcate „De la coach-ul tău”, când îl adaugă. Scrie „până când” ca dată (de exemplu 30.06.2026), ca să poată intra în calendar.",
      hintNamed:
        "Ce ați stabilit împreună, până când și cine o va face. Acțiunile intră în fișierul cu feedback și se adaugă în lista de acțiuni a persoanei {name}, marcate „De la coach-ul tău”, când îl adaugă. Scrie „până când” ca dată (de exemplu 30.06.2026), ca să poată intra în calendar.",
      none: "Încă nu există acțiuni stabilite.",
      sendHeading: "Trimite feedbackul",
      yourName: "Numele tău",
      nameHint:
        "Opțional. Apare deasupra comentariilor tale în caietul celeilalte persoane („Jo, coach-ul tău, a spus:”); fără el, apare „Coach-ul tău a spus:”. Se păstrează aici pentru fiecare caiet pe care îl revizuiești.",
      tooLong:
        "Comentariul tău la {question} are mai mult de {max} de caractere, cât primește un caiet, așa că feedbackul nu ar fi acceptat. Scurtează-l, apoi descarcă din nou.",
      notDownloaded: {
        one: "Feedbackul nu a fost descărcat: o acțiune stabilită trebuie revăzută. Ce trebuie schimbat scrie sub fiecare câmp.",
        few: "Feedbackul nu a fost descărcat: {count} acțiuni stabilite trebuie revăzute. Ce trebuie schimbat scrie sub fiecare câmp.",
        other:
          "Feedbackul nu a fost descărcat: {count} de acțiuni stabilite trebuie revăzute. Ce trebuie schimbat scrie sub fiecare câmp.",
      },
    },
    newerLead: "Aceste revizuiri au fost deschise într-o versiune mai nouă a aplicației.",
    newerRest:
      "Această pagină este o versiune mai veche, așa că a oprit salvarea comentariilor tale aici, ca să nu le scrie peste cele mai noi. Reîncarcă pagina ca să folosești versiunea mai nouă: tot ce s-a salvat acolo se păstrează.",
    lostWhereComment: "Comentariul tău la {question}",
    lostWhereAction: "O acțiune stabilită",
    copyBelow: "Varianta care nu s-a păstrat este mai jos: copiază ce îți trebuie.",
    lostNoRoom:
      "O acțiune stabilită adăugată aici nu a mai încăput lângă cele adăugate în altă filă: un caiet are cel mult {max}. Este mai jos: copiază ce îți trebuie.",
    lostRemoved:
      "O altă filă a eliminat o acțiune stabilită pe care o schimbai aici. Este mai jos: copiază ce îți trebuie.",
    movedSince:
      "De la copia pe care persoana a luat-o la sesiunea din {date}: {moved}. Fiecare schimbare este marcată sub întrebarea ei.",
    nothingMoved:
      "Nimic nu s-a schimbat de la copia pe care persoana a luat-o la sesiunea din {date}.",
    movedNew: {
      one: "{count} răspuns nou",
      few: "{count} răspunsuri noi",
      other: "{count} de răspunsuri noi",
    },
    movedChanged: { one: "{count} schimbat", few: "{count} schimbate", other: "{count} schimbate" },
    movedRemoved: { one: "{count} șters", few: "{count} șterse", other: "{count} șterse" },
    movedJoin: ", ",
    toAgreedActions: "Acțiuni stabilite și „Descarcă feedbackul”",
    loadingAgreed: "Se încarcă acțiunile stabilite…",
    next: "Următorul: {step}",
  },
  link: {
    lead: "Linkul conține chiar răspunsurile tale, comprimate. Niciun server nu le primește, dar oricine deschide linkul le poate vedea, așa că trimite-l doar oamenilor în care ai încredere, cum ar fi coach-ul tău.",
    copy: "Copiază linkul către răspunsurile mele",
    copied: "Linkul a fost copiat. Lipește-l într-un e-mail sau într-un mesaj.",
    notCopied: "Browserul nu l-a putut copia pentru tine: copiază linkul de mai jos.",
    linkLabel: "Linkul către răspunsurile tale",
    title: "Răspunsuri trimise ție printr-un link",
    opening: "Se deschid răspunsurile din link…",
    notChanged: "{problem} Caietul tău nu a fost schimbat.",
    name: "Nume",
    business: "Afacere",
    notGiven: "Nespecificat",
    questionsAnswered: "Întrebări cu răspuns",
    answeredOf: "{answered} din {count}",
    madeOn: "Link făcut pe",
    notKept:
      "Acest browser nu a păstrat caietul pentru revizuire: spațiul de stocare poate fi plin sau blocat. Nu s-a schimbat nimic.",
    nothingYet: "Încă nu s-a adăugat nimic.",
    empty: "Caietul tău e gol, așa că răspunsurile pot intra direct în el.",
    alreadyHas: {
      one: "Caietul tău are deja răspunsuri la {count} întrebare.",
      few: "Caietul tău are deja răspunsuri la {count} întrebări.",
      other: "Caietul tău are deja răspunsuri la {count} de întrebări.",
    },
    replaceWarning: {
      one: "Asta înlocuiește {every} din caietul tău ({count} întrebare cu răspuns) cu cele din link. Nu se poate anula. Dacă s-ar putea să ai nevoie de răspunsurile tale, descarcă întâi o copie de rezervă.",
      few: "Asta înlocuiește {every} din caietul tău ({count} întrebări cu răspuns) cu cele din link. Nu se poate anula. Dacă s-ar putea să ai nevoie de răspunsurile tale, descarcă întâi o copie de rezervă.",
      other:
        "Asta înlocuiește {every} din caietul tău ({count} de întrebări cu răspuns) cu cele din link. Nu se poate anula. Dacă s-ar putea să ai nevoie de răspunsurile tale, descarcă întâi o copie de rezervă.",
    },
    every: "toate răspunsurile",
    yesReplace: "Da, înlocuiește-mi răspunsurile",
    openInCoach: "Deschide pentru revizuire ca coach",
    add: "Adaugă în caietul meu",
    replace: "Înlocuiește-mi răspunsurile",
    added: {
      one: "Ai adăugat răspunsurile din link: {count} întrebare cu răspuns.",
      few: "Ai adăugat răspunsurile din link: {count} întrebări cu răspuns.",
      other: "Ai adăugat răspunsurile din link: {count} de întrebări cu răspuns.",
    },
    replaced: {
      one: "Răspunsurile au fost înlocuite cu cele din link: {count} întrebare cu răspuns.",
      few: "Răspunsurile au fost înlocuite cu cele din link: {count} întrebări cu răspuns.",
      other: "Răspunsurile au fost înlocuite cu cele din link: {count} de întrebări cu răspuns.",
    },
    toClass: {
      which:
        "Caietul clasei este deschis, așa că răspunsurile ar intra în el, nu în propriul tău caiet.",
      empty: "Caietul clasei e gol, așa că răspunsurile pot intra direct în el.",
      alreadyHas: {
        one: "Caietul clasei are deja răspunsuri la {count} întrebare.",
        few: "Caietul clasei are deja răspunsuri la {count} întrebări.",
        other: "Caietul clasei are deja răspunsuri la {count} de întrebări.",
      },
      replaceWarning: {
        one: "Asta înlocuiește {every} din caietul clasei ({count} întrebare cu răspuns) cu cele din link. Nu se poate anula. Dacă s-ar putea să ai nevoie de răspunsurile de acum din el, descarcă întâi o copie de rezervă.",
        few: "Asta înlocuiește {every} din caietul clasei ({count} întrebări cu răspuns) cu cele din link. Nu se poate anula. Dacă s-ar putea să ai nevoie de răspunsurile de acum din el, descarcă întâi o copie de rezervă.",
        other:
          "Asta înlocuiește {every} din caietul clasei ({count} de întrebări cu răspuns) cu cele din link. Nu se poate anula. Dacă s-ar putea să ai nevoie de răspunsurile de acum din el, descarcă întâi o copie de rezervă.",
      },
      yesReplace: "Da, înlocuiește răspunsurile clasei",
      add: "Adaugă în caietul clasei",
      replace: "Înlocuiește răspunsurile clasei",
      added: {
        one: "Ai adăugat răspunsurile din link în caietul clasei: {count} întrebare cu răspuns.",
        few: "Ai adăugat răspunsurile din link în caietul clasei: {count} întrebări cu răspuns.",
        other:
          "Ai adăugat răspunsurile din link în caietul clasei: {count} de întrebări cu răspuns.",
      },
      replaced: {
        one: "Răspunsurile clasei au fost înlocuite cu cele din link: {count} întrebare cu răspuns.",
        few: "Răspunsurile clasei au fost înlocuite cu cele din link: {count} întrebări cu răspuns.",
        other:
          "Răspunsurile clasei au fost înlocuite cu cele din link: {count} de întrebări cu răspuns.",
      },
    },
  },
  classShare: {
    share: "Partajează cu clasa",
    title: "Partajează „{step}” cu clasa",
    thisStep: "acest pas",
    noAnswers:
      "Acest pas nu are încă răspunsuri ale clasei. Completează câteva, apoi partajează-le cu clasa.",
    tooMuch:
      "Aceste răspunsuri sunt prea lungi ca să încapă într-un cod QR care poate fi citit din orice colț al sălii. Scurtează-le sau partajează-le altfel, de exemplu printr-o copie de rezervă.",
    failed:
      "Codul QR nu a putut fi făcut. Dacă nu ai internet, încearcă din nou după ce te conectezi.",
    making: "Se face codul QR…",
    scan: "Scanează cu camera telefonului ca să copiezi aceste răspunsuri în propriul tău caiet.",
    qrName: "Cod QR: răspunsurile clasei la „{step}”",
    showLink: "Arată linkul",
    phonesCannot: "Telefoanele nu pot deschide acest cod QR.",
    onlyHere: "Caietul rulează la {host}, o adresă la care ajunge doar acest calculator.",
    howToHost:
      "Ca să partajezi cu clasa, pune caietul pe un server web sau servește-l de pe acest calculator prin Wi-Fi-ul din sală. Ghidul „Hosting it” (în engleză) din fișierul README al caietului arată pașii, unul câte unul.",
    fromClass: "Răspunsuri de la clasa ta",
    opening: "Se deschid răspunsurile clasei…",
    notChanged: "{problem} Caietul tău nu a fost schimbat.",
    shared:
      "Clasa ta și-a partajat răspunsurile la pasul {step}. Încă nu s-a copiat nimic. Dacă le copiezi, ajung în propriul tău caiet:",
    clash: "ai propriul tău răspuns, care se păstrează dacă nu bifezi aici.",
    replaceMine: "Înlocuiește răspunsul meu la „{question}” cu răspunsul clasei",
    fill: "intră răspunsul clasei, pentru că al tău e gol.",
    addRows: {
      one: "se adaugă {count} rând la răspunsul tău.",
      few: "se adaugă {count} rânduri la răspunsul tău.",
      other: "se adaugă {count} de rânduri la răspunsul tău.",
    },
    addItems: {
      one: "se adaugă {count} element la lista ta.",
      few: "se adaugă {count} elemente la lista ta.",
      other: "se adaugă {count} de elemente la lista ta.",
    },
    same: "ai deja asta.",
    planLine: "{question}: {what}",
    nothingNew: "Nu e nimic nou de copiat: caietul tău are deja tot.",
    copy: "Copiază în caietul meu",
    copied: "Ai copiat în caietul tău răspunsurile clasei pentru „{step}”.",
  },
  classBanner: {
    title: "Caietul clasei",
    lead: "{title} — răspunsurile scrise aici sunt pentru clasă. Sunt ținute separat de propriul tău caiet, care nu se schimbă.",
    clearQuestion: "Ștergi toate răspunsurile din caietul clasei?",
    yesClear: "Da, șterge-le",
    keep: "Păstrează răspunsurile",
    clear: "Golește caietul clasei",
    cleared: "Caietul clasei a fost golit.",
  },
  broken: {
    step: "Acest pas nu a putut fi afișat",
    whole: "Ceva nu a mers bine",
    body: "Ceva nu a mers bine la afișare. Răspunsurile tale sunt salvate în acest browser și nu au fost schimbate. Descarcă o copie de rezervă ca să ai o copie în siguranță, apoi mergi la alt pas.",
  },
  offline: {
    later: "Încă nu există o copie offline.",
    making: "Se face copia offline…",
    ready: "Copia offline e gata: aici, caietul merge și fără Wi-Fi.",
    failed: "Copia offline nu a putut fi făcută. Verifică conexiunea, apoi încearcă din nou.",
    makeNow: "Fă acum copia offline",
  },
  presentation: {
    name: "Prezentare",
    classWorkbook: "Caietul clasei",
    leave: "Ieși din prezentare",
  },
  reminders: {
    lead: "Alege ce să-ți amintească calendarul între ședințe. „Adaugă în calendar” descarcă un fișier pe care îl deschide orice aplicație de calendar: pe telefon, deschide-l din descărcări.",
    loading: "Se încarcă mementourile tale…",
    form: "Mementouri în calendarul tău",
    pickDay: "Alege o zi pentru acest memento sau debifează-l.",
    notADay: "Aceasta nu e o zi pe care o poate folosi calendarul.",
    passed: "Ziua aceasta a trecut. Alege una mai târzie sau debifează mementoul.",
    readFrom: "Din „{when}” am înțeles: {day}.",
    notADate:
      "„{when}” nu este o dată pe care o poate folosi un calendar. Alege o zi ca să-l adaugi.",
    noDate: "Nu are dată. Alege o zi ca să-l adaugi.",
    downloaded: {
      one: "Ai descărcat {file} cu {count} memento. Deschide-l ca să-l adaugi în calendar.",
      few: "Ai descărcat {file} cu {count} mementouri. Deschide-l ca să le adaugi în calendar.",
      other:
        "Ai descărcat {file} cu {count} de mementouri. Deschide-l ca să le adaugi în calendar.",
    },
    notIn: " Nu sunt incluse, pentru că nu au o dată pe care s-o poată folosi calendarul: {items}.",
    itemWhen: "„{title}” ({when})",
    item: "„{title}”",
    call: "Apel: {title}",
    day: "Ziua",
    dayFor: " pentru „{title}”",
    monthly: "Scorurile tale pe luni",
    everyMonth: "În fiecare lună: completează-ți scorurile",
    firstReminder: "Primul memento",
    upTo28: "Alege o zi între 1 și 28, ca s-o aibă fiecare lună.",
    sameDay: "Apoi în aceeași zi, în fiecare lună.",
    actions: "Lista ta de acțiuni",
    calls: "Apelurile tale de revenire",
    addActions: "Adaugă acțiuni",
    planCalls: "Plănuiește-ți apelurile de revenire",
    noneYet: "Încă nimic. {link}",
    tickOne: "Bifează cel puțin un memento ca să-l pui în calendar.",
    add: "Adaugă în calendar",
    readDates: {
      end: "sfârșit|sfârșitul|final|finalul",
      start: "început|începutul",
      mid: "mijloc|mijlocul|jumătatea",
      of: "lui|lunii|de",
      after: "",
    },
    event: {
      call: "Apel de revenire: {title}",
      say: "Ce voi spune: {text}",
      byWhen: "Până când: {when}",
      callWhen: "Când voi suna: {when}",
      from: "Din caietul meu „Păstrează-ți clienții”.",
      scorecard: "Completează-ți scorurile pe luni",
      scorecardDetail:
        "Întreabă câțiva clienți cât de probabil e să te recomande (de la 0 la 10), apoi adaugă luna aceasta la scorurile din caietul tău „Păstrează-ți clienții”.",
    },
  },
  pdfDownload: {
    heading: "PDF pentru ședința ta de coaching",
    download: "Descarcă PDF-ul",
    send: "Trimite coach-ului meu",
    inEnglish: "Întrebările în engleză",
    inEnglishHint:
      "Pentru un coach care citește în engleză: întrebările în engleză, răspunsurile tale așa cum le-ai scris.",
    failed:
      "Ne pare rău, PDF-ul tău nu a putut fi făcut. Răspunsurile tale sunt încă salvate pe acest dispozitiv. Încearcă din nou; dacă nu ai internet, încearcă după ce te conectezi.",
    about:
      "Fiecare pas, cu răspunsurile tale, gata de tipărit. Ce nu are încă răspuns este marcat, iar ultima pagină e lăsată pentru notițe.",
    making: "Se face PDF-ul tău…",
    page: " pagina {number}",
    sent: "Ai trimis {file}.",
    sentDownloaded: "Acest dispozitiv nu l-a putut trimite, așa că a fost descărcat: {file}.",
    notSent: "Nu s-a trimis. Apasă „Trimite coach-ului meu” ca să încerci din nou.",
    ready: "PDF-ul tău e gata. Apasă „Trimite coach-ului meu” ca să-l trimiți.",
    cannotPrint: "Unele caractere nu pot fi tipărite în PDF.",
    showAs: "Vor apărea ca „{mark}”. Tot restul se tipărește normal.",
    changeFirst: "Poți schimba întâi aceste răspunsuri sau poți descărca PDF-ul așa cum este.",
    anyway: "Descarcă oricum",
    inComment: "Comentariul coach-ului tău la „{question}”",
    inActions: "Acțiunile stabilite cu coach-ul tău",
    notKeptFull:
      "PDF-ul tău e gata, dar spațiul de stocare al acestui browser e plin, așa că nu s-a păstrat nicio copie a acestor răspunsuri care să arate ce se schimbă până la următoarea ședință.",
    notKeptBlocked:
      "PDF-ul tău e gata, dar acest browser nu a păstrat o copie a acestor răspunsuri care să arate ce se schimbă până la următoarea ședință.",
    notKeptNewer:
      "PDF-ul tău e gata. Acest caiet a fost deschis într-o versiune mai nouă a aplicației, așa că aici nu s-a păstrat nicio copie a acestor răspunsuri: reîncarcă pagina ca să folosești versiunea mai nouă.",
  },
  pdf: {
    notAnswered: "Fără răspuns încă",
    notesTitle: "Notițe din ședința de coaching",
    notesLead: "Pentru tine și coach-ul tău, ca să scrieți aici.",
    holdsAnswers:
      "Acest PDF conține și o copie a răspunsurilor tale. Ca să le aduci înapoi pe orice calculator, deschide caietul, alege „Restaurează din copia de rezervă” și alege acest PDF.",
    forSession: "Pentru ședința mea de coaching pentru afaceri",
    date: "Data",
    progress: "Progres",
    step: "Pasul",
    answered: "Cu răspuns",
    allAnswered: "Toate cu răspuns",
    notStarted: "Neînceput",
    someAnswered: {
      one: "{answered} din {count} cu răspuns",
      few: "{answered} din {count} cu răspuns",
      other: "{answered} din {count} cu răspuns",
    },
    coverBookmark: "Copertă și progres",
    stepBookmark: "Pasul {number}: {title}",
    stepNumber: "Pasul {number}",
    continued: "{label} (continuare)",
    ownCheck: "Verificarea mea",
    footer: "{who} · {page}",
    page: "Pagina {page} din {pages}",
    noScore: "Fără scor. {message}",
    changesSince: "De la ultimul tău PDF, din {date}: {changes}.",
    noChangesSince: "Niciun răspuns nu s-a schimbat de la ultimul tău PDF, din {date}.",
    newAnswers: {
      one: "{count} răspuns nou",
      few: "{count} răspunsuri noi",
      other: "{count} de răspunsuri noi",
    },
    changedAnswers: {
      one: "{count} schimbat",
      few: "{count} schimbate",
      other: "{count} de răspunsuri schimbate",
    },
    removedAnswers: {
      one: "{count} eliminat",
      few: "{count} eliminate",
      other: "{count} de răspunsuri eliminate",
    },
    newSince: "Nou de la {date}",
    changedSince: "Schimbat de la {date}",
    removedSince: "Șters de la {date}",
    itSaid: "Înainte scria:",
    coachSaid: "Coach-ul tău a spus",
    coachNamedSaid: "{name}, coach-ul tău, a spus",
    saidOn: "{said} (despre „{question}”)",
    fromCoach: "De la coach-ul tău",
    coachSent:
      "Coach-ul tău a trimis acest feedback pe {date}: comentariile din el sunt tipărite și sub răspunsurile la care se referă.",
    coachNamedSent:
      "{name}, coach-ul tău, a trimis acest feedback pe {date}: comentariile din el sunt tipărite și sub răspunsurile la care se referă.",
    commentOn: "Pasul {number}: {question}",
    comments: "Comentarii",
    agreedActions: "Acțiuni stabilite",
    actionHeadings: { action: "Acțiune", byWhen: "Până când", who: "Cine" },
    who: { client: "Tu", coach: "Coach-ul tău", both: "Tu și coach-ul tău" },
    title: "{workbook}: {business}",
    subject: "{subtitle}, pentru ședința de coaching",
    attachment: "Răspunsurile din acest PDF, pentru restaurarea caietului",
  },
};
