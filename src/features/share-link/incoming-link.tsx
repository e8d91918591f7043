import { useEffect, useState } from "react";
import { answeredCount, workbookProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { workbook } from "../../content/workbook";
import { addToCoachSpace, reviewTitle } from "../coach-review/coach-space";
import { readAnswersLink, type OpenedLink } from "../../formats/link";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { plural } from "../backup/words";
import { ClassAnswersDialog } from "../class-share/class-answers-dialog";
import { goToCoachSpace } from "../coach-review/coach-route";
import { IncomingDone, incomingLink, useIncomingDone } from "./incoming";

/** Name, business and how much is answered: enough to know whose answers these are. */
function LinkPreview({ answers, madeAt }: { answers: Answers; madeAt: Date | null }) {
  const { name, business } = reviewTitle(answers);
  const { answered, total } = workbookProgress(workbook, answers);
  return (
    <dl className="link-preview">
      <dt>Name</dt>
      <dd>{name || "Not given"}</dd>
      <dt>Business</dt>
      <dd>{business || "Not given"}</dd>
      <dt>Questions answered</dt>
      <dd>
        {answered} of {total}
      </dd>
      {madeAt && (
        <>
          <dt>Link made on</dt>
          <dd>{madeAt.toLocaleDateString("en-GB", { dateStyle: "long" })}</dd>
        </>
      )}
    </dl>
  );
}

type Choice = "ask" | "confirmReplace";

const NOT_KEPT =
  "This browser would not keep the workbook for review: its storage may be full or blocked. Nothing has been changed.";

function AnswersChoices({ answers, madeAt }: { answers: Answers; madeAt: Date | null }) {
  const done = useIncomingDone();
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const mine = useWorkbook((s) => answeredCount(workbook, s.answers));
  const [choice, setChoice] = useState<Choice>("ask");
  const [problem, setProblem] = useState<string | null>(null);
  const count = plural(answeredCount(workbook, answers), "question");

  const take = (verb: string) => {
    saving.flush();
    store.getState().replaceAnswers(answers);
    saving.flush();
    store.setState({ notice: `${verb} the answers from the link: ${count} answered.` });
    done();
  };
  const review = () => {
    const id = addToCoachSpace(answers);
    if (id) goToCoachSpace(id);
    else setProblem(NOT_KEPT);
  };

  if (choice === "confirmReplace")
    return (
      <>
        <p>
          This replaces <strong>every answer</strong> in your workbook ({plural(mine, "question")}{" "}
          answered) with the ones in the link. It cannot be undone. Download a backup first if you
          might need your answers.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={() => setChoice("ask")}>
            Back
          </button>
          <button type="button" className="button danger" onClick={() => take("Replaced with")}>
            Yes, replace my answers
          </button>
        </div>
      </>
    );
  return (
    <>
      <LinkPreview answers={answers} madeAt={madeAt} />
      <p>
        Nothing has been added yet.{" "}
        {mine === 0
          ? "Your workbook is empty, so the answers can go straight into it."
          : `Your workbook already has answers to ${plural(mine, "question")}.`}
      </p>
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={done}>
          Cancel
        </button>
        <button type="button" className="button" onClick={review}>
          Open in coach review
        </button>
        {mine === 0 ? (
          <button type="button" className="button primary" onClick={() => take("Added")}>
            Add to my workbook
          </button>
        ) : (
          <button
            type="button"
            className="button danger"
            onClick={() => setChoice("confirmReplace")}
          >
            Replace my answers
          </button>
        )}
      </div>
    </>
  );
}

function AnswersLinkDialog({ packed }: { packed: string }) {
  const done = useIncomingDone();
  const [read, setRead] = useState<OpenedLink | null>(null);
  useEffect(() => {
    let live = true;
    void readAnswersLink(packed).then((result) => live && setRead(result));
    return () => {
      live = false;
    };
  }, [packed]);
  return (
    <Modal title="Answers shared with you in a link" onClose={done}>
      {read === null && <p role="status">Opening the answers in the link…</p>}
      {read?.ok === false && (
        <>
          <p role="alert" className="alert">
            {read.message} Your workbook has not been changed.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={done}>
              Close
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
        <ClassAnswersDialog packed={link.packed} />
      )}
    </IncomingDone>
  );
}
