import { useEffect, useState } from "react";
import { answeredCount, workbookProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { addToCoachSpace, reviewTitle } from "../../store/coach-space";
import { readAnswersLink, type OpenedLink } from "../../store/share-link";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { fillNodes, useWords } from "../../ui/words";
import { problemText } from "../backup/words";
import { ClassAnswersDialog } from "../class-share/class-answers-dialog";
import { goToCoachSpace } from "../coach-review/coach-route";
import { IncomingDone, incomingLink, useIncomingDone } from "./incoming";

/** Name, business and how much is answered: enough to know whose answers these are. */
function LinkPreview({ answers, madeAt }: { answers: Answers; madeAt: Date | null }) {
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

function AnswersChoices({ answers, madeAt }: { answers: Answers; madeAt: Date | null }) {
  const done = useIncomingDone();
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const w = useWords();
  const t = w.more.link;
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
    const id = addToCoachSpace(answers);
    if (id) goToCoachSpace(id);
    else setProblem(t.notKept);
  };

  if (choice === "confirmReplace")
    return (
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
    );
  return (
    <>
      <LinkPreview answers={answers} madeAt={madeAt} />
      <p>
        {t.nothingYet} {mine === 0 ? t.empty : w.plural(t.alreadyHas, mine)}
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
          <button type="button" className="button primary" onClick={() => take(t.added)}>
            {t.add}
          </button>
        ) : (
          <button
            type="button"
            className="button danger"
            onClick={() => setChoice("confirmReplace")}
          >
            {t.replace}
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
    void readAnswersLink(packed).then((result) => live && setRead(result));
    return () => {
      live = false;
    };
  }, [packed]);
  return (
    <Modal title={t.title} onClose={done}>
      {read === null && <p role="status">{t.opening}</p>}
      {read?.ok === false && (
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
      )}
      {read?.ok && <AnswersChoices answers={read.answers} madeAt={read.madeAt} />}
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
