import { useState } from "react";
import { answeredCount } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import { removeReceived } from "../feedback/received-feedback";
import {
  useSaving,
  useWorkbook,
  useWorkbookHandle,
  type RemovalSummary,
} from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { plural } from "./words";

function removalMessage(s: RemovalSummary): string {
  if (!s.removedFromBrowser)
    return "Your answers are cleared from this page, but this browser would not let the workbook reach its saved data, so some may remain. Clearing this site's data in the browser's settings removes them.";
  const parts = [];
  if (s.answered > 0) parts.push(plural(s.answered, "answered question"));
  if (s.keptAside > 0) parts.push(plural(s.keptAside, "unreadable copy", "unreadable copies"));
  return parts.length > 0
    ? `Removed ${parts.join(" and ")} from this browser. This workbook is now empty.`
    : "There were no answers to remove. This workbook is empty.";
}

/** "Remove my answers", for shared computers: asks first, then wipes the workbook. */
export function RemoveAnswers({ onDone }: { onDone: (message: string) => void }) {
  const saving = useSaving();
  const { key } = useWorkbookHandle();
  const answered = useWorkbook((s) => answeredCount(workbook, s.answers));
  const kept = useWorkbook((s) => s.keptAside.length);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <h3>Using a shared computer?</h3>
      <p>
        When you finish, remove your answers so the next person cannot see them. Download a backup
        first if you want to keep them.
      </p>
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        Remove my answers
      </button>
      <ConfirmDialog
        open={confirming}
        title="Remove your answers from this browser?"
        confirmLabel="Yes, remove them"
        danger
        onConfirm={() => {
          setConfirming(false);
          // Coach feedback kept beside the workbook goes with it.
          const feedbackGone = removeReceived(key);
          const summary = saving.removeAll();
          onDone(
            removalMessage({
              ...summary,
              removedFromBrowser: summary.removedFromBrowser && feedbackGone,
            }),
          );
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>
          This removes {answered > 0 ? plural(answered, "answered question") : "this workbook"}
          {kept > 0 && ` and ${plural(kept, "unreadable copy", "unreadable copies")}`} from this
          browser. It cannot be undone.
        </p>
        <p>If you want to keep your answers, cancel and download a backup first.</p>
      </ConfirmDialog>
    </>
  );
}
