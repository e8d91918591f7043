import { useState } from "react";
import { answeredCount, withDefaults } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import {
  useWorkbook,
  useWorkbookHandle,
  type RemovalSummary,
  type WorkbookState,
} from "../../store/workbook-store";
import { coachSpace } from "../coach-review/coach-space";
import { removeWorkbook } from "../../store/remove-workbook";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { plural } from "./words";

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
}

/** "Remove my answers", for shared computers: asks first, then wipes the workbook. */
export function RemoveAnswers({ onDone }: { onDone: (message: string) => void }) {
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
        }}
        onCancel={() => setConfirming(null)}
      >
        <p>
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
        </p>
      </ConfirmDialog>
    </>
  );
}
