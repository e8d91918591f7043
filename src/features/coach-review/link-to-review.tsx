import { useEffect, useState, useSyncExternalStore } from "react";
import type { OpenedLink } from "../../formats/link";
import { ANSWERS_PREFIX } from "../../formats/link";
import { carriesAnswers } from "../../formats/link-prefixes";
import { readOffThread } from "../../formats/read-off-thread";
import { Modal } from "../../ui/modal";
import { Refusal } from "../../ui/refusal";
import { useWords } from "../../ui/words";
import { problemText } from "../backup/words";
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
  const w = useWords();
  const t = w.more.coach;
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
  if (!isAnswers) return <Refusal message={t.linkIsClass} onClose={onDone} />;
  if (read === null) return <p role="status">{w.more.link.opening}</p>;
  if (!read.ok)
    return (
      <Refusal
        message={w.fill(t.nothingOpened, { problem: problemText(read.problem, w) })}
        onClose={onDone}
      />
    );
  return (
    <>
      <LinkPreview answers={read.answers} madeAt={read.madeAt} />
      <p>{t.linkNotYet}</p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onDone}>
          {w.more.common.cancel}
        </button>
        <button type="button" className="button primary" onClick={() => open(read.answers)}>
          {t.openForReview}
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
  const w = useWords();
  const [{ seen, link }, set] = useState({ seen: "", link: "" });
  if (hash !== seen) set({ seen: hash, link: carriesAnswers(hash) ? hash : link });
  useEffect(() => {
    if (link && location.hash === link)
      window.history.replaceState(null, "", location.pathname + location.search);
  }, [link]);
  if (!link) return null;
  const done = () => set({ seen, link: "" });
  return (
    <Modal title={w.more.link.title} onClose={done}>
      <LinkChoices key={link} link={link} onDone={done} />
    </Modal>
  );
}
