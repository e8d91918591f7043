import { useEffect, useState, useSyncExternalStore } from "react";
import type { OpenedLink } from "../../formats/link";
import { ANSWERS_PREFIX } from "../../formats/link";
import { carriesAnswers } from "../../formats/link-prefixes";
import { readOffThread } from "../../formats/read-off-thread";
import { Modal } from "../../ui/modal";
import { Refusal } from "../../ui/refusal";
import { LinkPreview } from "../share-link/incoming-link";
import { goTo, reviewSteps, useCoachSpace } from "./coach-store";

const hashNow = () => window.location.hash;
function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

function LinkChoices({ link, onDone }: { link: string; onDone: () => void }) {
  const space = useCoachSpace();
  const [read, setRead] = useState<OpenedLink | null>(null);
  const isAnswers = link.startsWith(ANSWERS_PREFIX);
  useEffect(() => {
    if (!isAnswers) return;
    let live = true;
    void readOffThread("answersLink", link.slice(ANSWERS_PREFIX.length)).then(
      (result) => live && setRead(result),
    );
    return () => {
      live = false;
    };
  }, [link, isAnswers]);
  const open = (answers: Extract<OpenedLink, { ok: true }>["answers"]) => {
    const id = space.addReview(answers);
    onDone();
    goTo({ reviewId: id, stepId: reviewSteps[0]!.id });
  };
  if (!isAnswers)
    return (
      <Refusal
        message="This link holds a class’s answers to one step, for copying into your own workbook. There is nothing in it to review. Nothing has been opened."
        onClose={onDone}
      />
    );
  if (read === null) return <p role="status">Opening the answers in the link…</p>;
  if (!read.ok)
    return <Refusal message={`${read.message} Nothing has been opened.`} onClose={onDone} />;
  return (
    <>
      <LinkPreview answers={read.answers} madeAt={read.madeAt} />
      <p>
        Nothing has been opened yet. The answers open here for review, read-only, beside the
        workbooks you are reviewing. Your own workbook is not changed.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={() => open(read.answers)}>
          Open for review
        </button>
      </div>
    </>
  );
}

/**
 * A link with answers opened in the coach space (on arrival, or pasted into its address): it
 * says what the link holds and opens it for review only if asked. Out of the address at once,
 * so a reload never carries the answers again.
 */
export function LinkToReview() {
  const hash = useSyncExternalStore(subscribe, hashNow);
  const [{ seen, link }, set] = useState({ seen: "", link: "" });
  if (hash !== seen) set({ seen: hash, link: carriesAnswers(hash) ? hash : link });
  useEffect(() => {
    if (link && location.hash === link)
      window.history.replaceState(null, "", location.pathname + location.search);
  }, [link]);
  if (!link) return null;
  const done = () => set({ seen, link: "" });
  return (
    <Modal title="Answers shared with you in a link" onClose={done}>
      <LinkChoices key={link} link={link} onDone={done} />
    </Modal>
  );
}
