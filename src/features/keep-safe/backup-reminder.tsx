import { answeredCount } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { DownloadBackupButton } from "../backup/backup-buttons";

/** Once, quietly: many answers, no backup file for a while, and browsers can forget. */
export function BackupReminder() {
  const store = useWorkbookStoreApi();
  const answered = useWorkbook((s) => answeredCount(workbook, s.answers));
  return (
    <div className="notice backup-reminder" aria-live="polite">
      <p>
        You have answered {answered} questions. Phones and shared computers can clear what a website
        saves, so keep a copy: download a backup file and keep it somewhere safe.
      </p>
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
          Not now
        </button>
      </div>
    </div>
  );
}
