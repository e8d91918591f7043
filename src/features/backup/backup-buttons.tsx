import { backupFileName, backupText, keptAsideFileName } from "../../formats/backup-file";
import { storedSnapshots } from "../changes/snapshot-store";
import { useWorkbookHandle, type KeptAside } from "../../store/workbook-store";
import { downloadText } from "../../ui/download";
import { useWords } from "../../ui/words";

/** Saves every answer of the workbook in view as a file. Used here and beside save failures. */
export function DownloadBackupButton({
  className = "button",
  onDone,
}: {
  className?: string;
  onDone?: (fileName: string) => void;
}) {
  const { store, saving, key } = useWorkbookHandle();
  const w = useWords();
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        saving.flush();
        const { answers, ensureWorkbookId, noteBackup } = store.getState();
        const history = { workbookId: ensureWorkbookId(), snapshots: storedSnapshots(key) };
        const fileName = backupFileName();
        const about = w.fill(w.more.backup.about, { workbook: w.workbook.title });
        downloadText(fileName, backupText(answers, new Date(), history, about));
        noteBackup();
        onDone?.(fileName);
      }}
    >
      {w.more.backup.download}
    </button>
  );
}

export function downloadKeptAside(copy: KeptAside): void {
  downloadText(keptAsideFileName(copy.foundAt), copy.raw);
}
