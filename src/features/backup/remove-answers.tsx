import { useState } from "react";
import { answeredCount } from "../../content/kinds";
import type { Words } from "../../content/language";
import { removeReceived } from "../../store/received-feedback";
import {
  useSaving,
  useWorkbook,
  useWorkbookHandle,
  type RemovalSummary,
} from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useWords } from "../../ui/words";

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
}

/** "Remove my answers", for shared computers: asks first, then wipes the workbook. */
export function RemoveAnswers({ onDone }: { onDone: (message: string) => void }) {
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
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {kept > 0
            ? w.fill(t.removesBoth, { what, copies: w.plural(t.copies, kept) })
            : w.fill(t.removes, { what })}
        </p>
        <p>{t.keepFirst}</p>
        <p>{t.filesStay}</p>
      </ConfirmDialog>
    </>
  );
}
