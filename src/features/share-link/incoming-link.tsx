import { useEffect, useState } from "react";
import { answeredCount, workbookProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
<<<<<<< HEAD
import { addToCoachSpace, reviewTitle } from "../../store/coach-space";
import { readAnswersLink, type OpenedLink } from "../../store/share-link";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { fillNodes, useWords } from "../../ui/words";
import { problemText } from "../backup/words";
=======
import { workbook } from "../../content/workbook";
import { addToCoachSpace, reviewTitle } from "../coach-review/coach-space";
import type { OpenedLink } from "../../formats/link";
import { readOffThread } from "../../formats/read-off-thread";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { Refusal } from "../../ui/refusal";
import { plural } from "../backup/words";
>>>>>>> main
import { ClassAnswersDialog } from "../class-share/class-answers-dialog";
import { goToCoachSpace } from "../coach-review/coach-route";
import { useWorkbookChoice } from "../class-workbook/workbook-switch";
import { IncomingDone, incomingLink, useIncomingDone } from "./incoming";

/** Name, business and how much is answered: enough to know whose answers these are. */
export function LinkPreview({ answers, madeAt }: { answers: Answers; madeAt: Date | null }) {
  const { name, business } = reviewTitle(answers);
  const w = useWords();
  const t = w.more.link;
  const { answered, total } = workbookProgress(w.workbook, answers);
  return (
    <dl className="link-preview">
      <dt>{t.name}</dt>
      <dd dir="auto">{name || t.notGiven}</dd>
      <dt>{t.business}</dt>
      <dd dir="auto">{business || t.notGiven}</dd>
      <dt>{t.questionsAnswered}</dt>
      <dd>{w.fill(t.answeredOf, { answered, count: total })}</dd>
      {madeAt && (
        <>
          <dt>{t.madeOn}</dt>
          <dd>{w.formats.longDate(madeAt)}</dd>
        </>
      )}
    </dl>
  );
}

type Choice = "ask" | "confirmReplace";

<<<<<<< HEAD
function AnswersChoices({ answers, madeAt }: { answers: Answers; madeAt: Date | null }) {
  const done = useIncomingDone();
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const w = useWords();
  const t = w.more.link;
  const mine = useWorkbook((s) => answeredCount(w.workbook, s.answers));
=======
const NOT_KEPT =
  "This browser would not keep the workbook for review: its storage may be full or blocked. Nothing has been changed.";

/** Which workbook the answers would go into, in the words the dialog uses. */
function wordsFor(classWorkbook: boolean) {
  return classWorkbook
    ? {
        yours: "The class workbook",
        where: "the class workbook",
        add: "Add to the class workbook",
        replace: "Replace the class answers",
        confirm: "Yes, replace the class answers",
        which: "The class workbook is open, so they would go into it, not into your own workbook.",
      }
    : {
        yours: "Your workbook",
        where: "your workbook",
        add: "Add to my workbook",
        replace: "Replace my answers",
        confirm: "Yes, replace my answers",
        which: "",
      };
}

type Opened = Extract<OpenedLink, { ok: true }>;

function ConfirmReplace(props: {
  words: ReturnType<typeof wordsFor>;
  mine: number;
  onBack: () => void;
  onReplace: () => void;
}) {
  return (
    <>
      <p>
        This replaces <strong>every answer</strong> in {props.words.where} (
        {plural(props.mine, "question")} answered) with the ones in the link. It cannot be undone.
        Download a backup first if you might need the answers there now.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={props.onBack}>
          Back
        </button>
        <button type="button" className="button danger" onClick={props.onReplace}>
          {props.words.confirm}
        </button>
      </div>
    </>
  );
}

function AnswersChoices({ opened }: { opened: Opened }) {
  const { answers, madeAt } = opened;
  const done = useIncomingDone();
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const words = wordsFor(useWorkbookChoice() === "class");
  const mine = useWorkbook((s) => answeredCount(workbook, s.answers));
>>>>>>> main
  const [choice, setChoice] = useState<Choice>("ask");
  const [problem, setProblem] = useState<string | null>(null);
  const count = answeredCount(w.workbook, answers);

  const take = (said: typeof t.added) => {
    saving.flush();
    store.getState().replaceAnswers(answers);
    saving.flush();
<<<<<<< HEAD
    store.setState({ notice: { kind: "said", text: w.plural(said, count) } });
=======
    store.setState({
      notice: `${verb} the answers from the link in ${words.where}: ${count} answered.`,
    });
>>>>>>> main
    done();
  };
  const review = () => {
    const id = addToCoachSpace(answers, opened.workbookId);
    if (id) goToCoachSpace(id);
    else setProblem(t.notKept);
  };

  if (choice === "confirmReplace")
    return (
<<<<<<< HEAD
      <>
        <p>{fillNodes(w.plural(t.replaceWarning, mine), { every: <strong>{t.every}</strong> })}</p>
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={() => setChoice("ask")}>
            {w.more.common.back}
          </button>
          <button type="button" className="button danger" onClick={() => take(t.replaced)}>
            {t.yesReplace}
          </button>
        </div>
      </>
=======
      <ConfirmReplace
        words={words}
        mine={mine}
        onBack={() => setChoice("ask")}
        onReplace={() => take("Replaced with")}
      />
>>>>>>> main
    );
  return (
    <>
      <LinkPreview answers={answers} madeAt={madeAt} />
      <p>
<<<<<<< HEAD
        {t.nothingYet} {mine === 0 ? t.empty : w.plural(t.alreadyHas, mine)}
=======
        Nothing has been added yet. {words.which && `${words.which} `}
        {mine === 0
          ? `${words.yours} is empty, so the answers can go straight into it.`
          : `${words.yours} already has answers to ${plural(mine, "question")}.`}
>>>>>>> main
      </p>
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={done}>
          {w.more.common.cancel}
        </button>
        <button type="button" className="button" onClick={review}>
          {t.openInCoach}
        </button>
        {mine === 0 ? (
<<<<<<< HEAD
          <button type="button" className="button primary" onClick={() => take(t.added)}>
            {t.add}
=======
          <button type="button" className="button primary" onClick={() => take("Added")}>
            {words.add}
>>>>>>> main
          </button>
        ) : (
          <button
            type="button"
            className="button danger"
            onClick={() => setChoice("confirmReplace")}
          >
<<<<<<< HEAD
            {t.replace}
=======
            {words.replace}
>>>>>>> main
          </button>
        )}
      </div>
    </>
  );
}

function AnswersLinkDialog({ packed }: { packed: string }) {
  const done = useIncomingDone();
  const [read, setRead] = useState<OpenedLink | null>(null);
  const w = useWords();
  const t = w.more.link;
  useEffect(() => {
    let live = true;
    void readOffThread("answersLink", packed).then((result) => live && setRead(result));
    return () => {
      live = false;
    };
  }, [packed]);
  return (
    <Modal title={t.title} onClose={done}>
      {read === null && <p role="status">{t.opening}</p>}
      {read?.ok === false && (
<<<<<<< HEAD
        <>
          <p role="alert" className="alert">
            {w.fill(t.notChanged, { problem: problemText(read.problem, w) })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={done}>
              {w.more.common.close}
            </button>
          </div>
        </>
=======
        <Refusal message={`${read.message} Your workbook has not been changed.`} onClose={done} />
>>>>>>> main
      )}
      {read?.ok && <AnswersChoices opened={read} />}
    </Modal>
  );
}

/**
 * Asks what to do with answers that came in a link (`hash`, the address's `#` part); nothing
 * changes until the user chooses. `onDone` closes it.
 */
export function IncomingLinkDialog({ hash, onDone }: { hash: string; onDone: () => void }) {
  const link = incomingLink(hash);
  // Out of the address at once, so a reload or a bookmark never carries the answers again.
  useEffect(() => {
    if (location.hash === hash)
      window.history.replaceState(null, "", location.pathname + location.search);
  }, [hash]);
  return (
    <IncomingDone value={onDone}>
      {link.kind === "answers" ? (
        <AnswersLinkDialog packed={link.packed} />
      ) : (
        <ClassAnswersDialog hash={link.hash} />
      )}
    </IncomingDone>
  );
}
