import { useEffect, useState } from "react";
import { answeredCount, workbookProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
import type { Words } from "../../content/language";
import type { OpenedLink } from "../../formats/link";
import { readOffThread } from "../../formats/read-off-thread";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { Refusal } from "../../ui/refusal";
import { fillNodes, useWords } from "../../ui/words";
import { problemText } from "../backup/words";
import { addToCoachSpace, reviewTitle } from "../coach-review/coach-space";
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

/**
 * The words that name the workbook the answers would go into: the user's own, or the class
 * workbook when it is open.
 */
function wordsFor(w: Words, classWorkbook: boolean) {
  const t = w.more.link;
  return classWorkbook ? t.toClass : { ...t, which: "" };
}

type Into = ReturnType<typeof wordsFor>;
type Opened = Extract<OpenedLink, { ok: true }>;

function ConfirmReplace(props: {
  into: Into;
  mine: number;
  onBack: () => void;
  onReplace: () => void;
}) {
  const w = useWords();
  const { into } = props;
  return (
    <>
      <p>
        {fillNodes(w.plural(into.replaceWarning, props.mine), {
          every: <strong>{w.more.link.every}</strong>,
        })}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={props.onBack}>
          {w.more.common.back}
        </button>
        <button type="button" className="button danger" onClick={props.onReplace}>
          {into.yesReplace}
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
  const w = useWords();
  const t = w.more.link;
  const into = wordsFor(w, useWorkbookChoice() === "class");
  const mine = useWorkbook((s) => answeredCount(w.workbook, s.answers));
  const [choice, setChoice] = useState<Choice>("ask");
  const [problem, setProblem] = useState<string | null>(null);
  const count = answeredCount(w.workbook, answers);

  const take = (said: typeof t.added) => {
    saving.flush();
    store.getState().replaceAnswers(answers);
    saving.flush();
    store.setState({ notice: { kind: "said", text: w.plural(said, count) } });
    done();
  };
  const review = () => {
    const id = addToCoachSpace(answers, opened.workbookId);
    if (id) goToCoachSpace(id);
    else setProblem(t.notKept);
  };

  if (choice === "confirmReplace")
    return (
      <ConfirmReplace
        into={into}
        mine={mine}
        onBack={() => setChoice("ask")}
        onReplace={() => take(into.replaced)}
      />
    );
  return (
    <>
      <LinkPreview answers={answers} madeAt={madeAt} />
      <p>
        {t.nothingYet} {into.which && `${into.which} `}
        {mine === 0 ? into.empty : w.plural(into.alreadyHas, mine)}
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
          <button type="button" className="button primary" onClick={() => take(into.added)}>
            {into.add}
          </button>
        ) : (
          <button
            type="button"
            className="button danger"
            onClick={() => setChoice("confirmReplace")}
          >
            {into.replace}
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
        <Refusal
          message={w.fill(t.notChanged, { problem: problemText(read.problem, w) })}
          onClose={done}
        />
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
