import { useState } from "react";
<<<<<<< HEAD
import { answeredCount } from "../../content/kinds";
import type { Words } from "../../content/language";
import { removeReceived } from "../../store/received-feedback";
=======
import { answeredCount, withDefaults } from "../../content/kinds";
import { workbook } from "../../content/workbook";
>>>>>>> main
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

<<<<<<< HEAD
function removalMessage(s: RemovalSummary, w: Words): string {
  const t = w.more.remove;
  if (!s.removedFromBrowser) return t.blocked;
  const what = w.plural(t.answered, s.answered);
  const copies = w.plural(t.copies, s.keptAside);
  const files = t.files;
  if (s.answered > 0 && s.keptAside > 0) return w.fill(t.removedBoth, { what, copies, files });
  if (s.answered > 0) return w.fill(t.removed, { what, files });
  if (s.keptAside > 0) return w.fill(t.removed, { what: copies, files });
  return w.fill(t.nothing, { files });
=======
/** What was removed, in words; `also` says what else went, before the note about downloads. */
function removalMessage(s: RemovalSummary, also = ""): string {
  if (!s.removedFromBrowser)
    return "Your answers are cleared from this page, but this browser would not let the workbook reach its saved data, so some may remain. Clearing this site's data in the browser's settings removes them.";
  const parts = [];
  if (s.answered > 0) parts.push(plural(s.answered, "answered question"));
  if (s.keptAside > 0) parts.push(plural(s.keptAside, "unreadable copy", "unreadable copies"));
  const left = `Files you downloaded are still in the Downloads folder: delete them there too.`;
  return parts.length > 0
    ? `Removed ${parts.join(" and ")} from this browser. This workbook is now empty. ${also}${left}`
    : `There were no answers to remove. This workbook is empty. ${also}${left}`;
}

/**
 * Copies of this workbook in the coach space on this browser ("Open in coach review" of one's
 * own link, or a coach trying the app with their own backup): they hold the same answers.
 */
function coachCopies(state: WorkbookState): string[] {
  const mine = JSON.stringify(withDefaults(workbook, state.answers));
  return coachSpace()
    .stored.get()
    .reviews.filter(
      (r) =>
        (state.workbookId !== null && r.workbookId === state.workbookId) ||
        JSON.stringify(r.answers) === mine,
    )
    .map((r) => r.id);
>>>>>>> main
}

/** "Remove my answers", for shared computers: asks first, then wipes the workbook. */
export function RemoveAnswers({ onDone }: { onDone: (message: string) => void }) {
<<<<<<< HEAD
  const saving = useSaving();
  const { key } = useWorkbookHandle();
  const w = useWords();
  const t = w.more.remove;
  const answered = useWorkbook((s) => answeredCount(w.workbook, s.answers));
  const kept = useWorkbook((s) => s.keptAside.length);
  const [confirming, setConfirming] = useState(false);
  const what = answered > 0 ? w.plural(t.answered, answered) : t.thisWorkbook;
  return (
    <>
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        {t.button}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t.title}
        confirmLabel={t.confirm}
        danger
        onConfirm={() => {
          setConfirming(false);
          // Coach feedback kept beside the workbook goes with it.
          const feedbackGone = removeReceived(key);
          const summary = saving.removeAll();
          onDone(
            removalMessage(
              { ...summary, removedFromBrowser: summary.removedFromBrowser && feedbackGone },
              w,
            ),
          );
=======
  const handle = useWorkbookHandle();
  const { store } = handle;
  const answered = useWorkbook((s) => answeredCount(workbook, s.answers));
  const kept = useWorkbook((s) => s.keptAside.length);
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [withCopies, setWithCopies] = useState(true);
  const copies = confirming ?? [];
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
        Remove my answers
      </button>
      <ConfirmDialog
        open={confirming !== null}
        title="Remove your answers from this browser?"
        confirmLabel="Yes, remove them"
        danger
        onConfirm={() => {
          setConfirming(null);
          // Session copies and coach feedback kept beside the workbook go with it.
          const summary = removeWorkbook(handle);
          let also = "";
          if (withCopies && copies.length > 0) {
            const space = coachSpace();
            for (const id of copies) space.removeReview(id);
            also =
              space.stored.flush() === null
                ? "Its copy in “Review as coach” was removed too. "
                : "Its copy in “Review as coach” could not be removed: open “Review as coach” and remove it there. ";
          }
          onDone(removalMessage(summary, also));
>>>>>>> main
        }}
        onCancel={() => setConfirming(null)}
      >
        <p>
<<<<<<< HEAD
          {kept > 0
            ? w.fill(t.removesBoth, { what, copies: w.plural(t.copies, kept) })
            : w.fill(t.removes, { what })}
=======
          This removes {answered > 0 ? plural(answered, "answered question") : "this workbook"}
          {kept > 0 && ` and ${plural(kept, "unreadable copy", "unreadable copies")}`} from this
          browser. It cannot be undone.
        </p>
        {copies.length > 0 && (
          <label className="check-line">
            <input
              type="checkbox"
              checked={withCopies}
              onChange={(e) => setWithCopies(e.target.checked)}
            />{" "}
            Also remove the copy of this workbook kept in “Review as coach” on this browser
          </label>
        )}
        <p>If you want to keep your answers, cancel and download a backup first.</p>
        <p>
          Files you downloaded, such as your PDF and backup, are not removed: delete them from the
          Downloads folder.
>>>>>>> main
        </p>
        <p>{t.keepFirst}</p>
        <p>{t.filesStay}</p>
      </ConfirmDialog>
    </>
  );
}
