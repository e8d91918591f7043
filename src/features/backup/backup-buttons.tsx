import { backupFileName, backupText, keptAsideFileName } from "../../store/backup-file";
import { useWorkbookStoreApi, type KeptAside } from "../../store/workbook-store";
import { downloadText } from "../../ui/download";

/** Saves every answer of the workbook in view as a file. Used here and beside save failures. */
export function DownloadBackupButton({ className = "button" }: { className?: string }) {
  const store = useWorkbookStoreApi();
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        // Whatever is still in the typing pause goes into the file too.
        downloadText(backupFileName(), backupText(store.getState().answers));
        store.getState().noteBackup();
      }}
    >
      Download backup
    </button>
  );
}

export function downloadKeptAside(copy: KeptAside): void {
  downloadText(keptAsideFileName(copy.foundAt), copy.raw);
}
