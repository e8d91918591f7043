import { useEffect, useState } from "react";
import { answeredCount, workbookProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { workbook } from "../../content/workbook";
import { addToCoachSpace, reviewTitle } from "../coach-review/coach-space";
import type { OpenedLink } from "../../formats/link";
import { readOffThread } from "../../formats/read-off-thread";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { Refusal } from "../../ui/refusal";
import { plural } from "../backup/words";
import { ClassAnswersDialog } from "../class-share/class-answers-dialog";
import { goToCoachSpace } from "../coach-review/coach-route";
import { useWorkbookChoice } from "../class-workbook/workbook-switch";
import { IncomingDone, incomingLink, useIncomingDone } from "./incoming";

/** Name, business and how much is answered: enough to know whose answers these are. */
export function LinkPreview({ answers, madeAt }: { answers: Answers; madeAt: Date | null }) {
  const { name, business } = reviewTitle(answers);
  const { answered, total } = workbookProgress(workbook, answers);
  return (
    <dl className="link-preview">
      <dt>Name</dt>
      <dd dir="auto">{name || "Not given"}</dd>
      <dt>Business</dt>
      <dd dir="auto">{business || "Not given"}</dd>
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
  const [choice, setChoice] = useState<Choice>("ask");
  const [problem, setProblem] = useState<string | null>(null);
  const count = plural(answeredCount(workbook, answers), "question");

  const take = (verb: string) => {
    saving.flush();
    store.getState().replaceAnswers(answers);
    saving.flush();
    store.setState({
      notice: `${verb} the answers from the link in ${words.where}: ${count} answered.`,
    });
    done();
  };
  const review = () => {
    const id = addToCoachSpace(answers, opened.workbookId);
    if (id) goToCoachSpace(id);
    else setProblem(NOT_KEPT);
  };

  if (choice === "confirmReplace")
    return (
      <ConfirmReplace
        words={words}
        mine={mine}
        onBack={() => setChoice("ask")}
        onReplace={() => take("Replaced with")}
      />
    );
  return (
    <>
      <LinkPreview answers={answers} madeAt={madeAt} />
      <p>
        Nothing has been added yet. {words.which && `${words.which} `}
        {mine === 0
          ? `${words.yours} is empty, so the answers can go straight into it.`
          : `${words.yours} already has answers to ${plural(mine, "question")}.`}
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
            {words.add}
          </button>
        ) : (
          <button
            type="button"
            className="button danger"
            onClick={() => setChoice("confirmReplace")}
          >
            {words.replace}
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
    void readOffThread("answersLink", packed).then((result) => live && setRead(result));
    return () => {
      live = false;
    };
  }, [packed]);
  return (
    <Modal title="Answers shared with you in a link" onClose={done}>
      {read === null && <p role="status">Opening the answers in the link…</p>}
      {read?.ok === false && (
        <Refusal message={`${read.message} Your workbook has not been changed.`} onClose={done} />
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
