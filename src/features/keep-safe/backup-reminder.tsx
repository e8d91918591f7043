import { answeredCount } from "../../content/kinds";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { useWords } from "../../ui/words";
import { DownloadBackupButton } from "../backup/backup-buttons";

/** Once, quietly: many answers, no backup file for a while, and browsers can forget. */
export function BackupReminder() {
  const store = useWorkbookStoreApi();
  const w = useWords();
  const answered = useWorkbook((s) => answeredCount(w.workbook, s.answers));
  return (
    <div className="notice backup-reminder" aria-live="polite">
      <p>{w.plural(w.more.alerts.reminder, answered)}</p>
      <div className="alert-actions">
        <DownloadBackupButton
          className="button small primary"
          onDone={() => store.getState().noteReminder()}
        />
        <button
          type="button"
          className="button small"
          onClick={() => store.getState().noteReminder()}
        >
          {w.more.alerts.notNow}
        </button>
      </div>
    </div>
  );
}
