import { serialize } from "../../formats/saved-data";
import { useContext } from "react";
import { docOf, metaOf, WorkbookContext } from "../../store/workbook-store";
import { downloadText } from "../../ui/download";

/**
 * "Download backup" for when something has gone wrong: made from the first load alone (the
 * answers as the browser saves them, which "Restore from backup" reads too), so it works even
 * when no other part of the app can load or be drawn.
 */
export function SafeBackupButton({ label }: { label: string }) {
  // Without a workbook (the very thing that went wrong, perhaps) there is nothing to save.
  const handle = useContext(WorkbookContext);
  if (!handle) return null;
  const { store, saving } = handle;
  return (
    <button
      type="button"
      className="button primary"
      onClick={() => {
        saving.flush();
        const state = store.getState();
        downloadText(
          `keeping-customers-backup-${new Date().toISOString().slice(0, 10)}.json`,
          serialize({ ...docOf(state), ...metaOf(state) }),
        );
      }}
    >
      {label}
    </button>
  );
}
