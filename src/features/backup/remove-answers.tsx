import { useState } from "react";
import { answeredCount, withDefaults } from "../../content/kinds";
import type { Words } from "../../content/language";
import { shape } from "../../content/shape";
import {
  useWorkbook,
  useWorkbookHandle,
  type RemovalSummary,
  type WorkbookState,
} from "../../store/workbook-store";
import { coachSpace } from "../coach-review/coach-space";
import { removeWorkbook } from "../../store/remove-workbook";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useWords } from "../../ui/words";

/** What was removed, in words; `also` says what else went, before the note about downloads. */
function removalMessage(s: RemovalSummary, w: Words, also = ""): string {
  const t = w.more.remove;
  if (!s.removedFromBrowser) return t.blocked;
  const what = w.plural(t.answered, s.answered);
  const copies = w.plural(t.copies, s.keptAside);
  const files = also ? `${also} ${t.files}` : t.files;
  if (s.answered > 0 && s.keptAside > 0) return w.fill(t.removedBoth, { what, copies, files });
  if (s.answered > 0) return w.fill(t.removed, { what, files });
  if (s.keptAside > 0) return w.fill(t.removed, { what: copies, files });
  return w.fill(t.nothing, { files });
}

/**
 * Copies of this workbook in the coach space on this browser ("Open in coach review" of one's
 * own link, or a coach trying the app with their own backup): they hold the same answers.
 */
function coachCopies(state: WorkbookState): string[] {
  const mine = JSON.stringify(withDefaults(shape, state.answers));
  return coachSpace()
    .stored.get()
    .reviews.filter(
      (r) =>
        (state.workbookId !== null && r.workbookId === state.workbookId) ||
        JSON.stringify(r.answers) === mine,
    )
    .map((r) => r.id);
}

/** "Remove my answers", for shared computers: asks first, then wipes the workbook. */
export function RemoveAnswers({ onDone }: { onDone: (message: string) => void }) {
  const handle = useWorkbookHandle();
  const { store } = handle;
  const w = useWords();
  const t = w.more.remove;
  const answered = useWorkbook((s) => answeredCount(shape, s.answers));
  const kept = useWorkbook((s) => s.keptAside.length);
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [withCopies, setWithCopies] = useState(true);
  const copies = confirming ?? [];
  const what = answered > 0 ? w.plural(t.answered, answered) : t.thisWorkbook;
  return (
    <>
      <button
        type="button"
        className="button danger"
        onClick={() => {
          setWithCopies(true);
          setConfirming(coachCopies(store.getState()));
        }}
      >
        {t.button}
      </button>
      <ConfirmDialog
        open={confirming !== null}
        title={t.title}
        confirmLabel={t.confirm}
        danger
        onConfirm={() => {
          setConfirming(null);
          // Session copies and coach feedback kept beside the workbook go with it.
          const summary = removeWorkbook(handle);
          let also = "";
          if (withCopies && copies.length > 0) {
            const space = coachSpace();
            for (const id of copies) space.removeReview(id);
            also = space.stored.flush() === null ? t.coachCopyRemoved : t.coachCopyNotRemoved;
          }
          onDone(removalMessage(summary, w, also));
        }}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {kept > 0
            ? w.fill(t.removesBoth, { what, copies: w.plural(t.copies, kept) })
            : w.fill(t.removes, { what })}
        </p>
        {copies.length > 0 && (
          <label className="check-line">
            <input
              type="checkbox"
              checked={withCopies}
              onChange={(e) => setWithCopies(e.target.checked)}
            />{" "}
            {t.alsoCoachCopy}
          </label>
        )}
        <p>{t.keepFirst}</p>
        <p>{t.filesStay}</p>
      </ConfirmDialog>
    </>
  );
}
