import { useState } from "react";
import { InstallApp } from "../keep-safe/install-app";
import { DownloadBackupButton } from "./backup-buttons";
import { KeptAsideList } from "./kept-aside-list";
import { RestoreFromFile } from "./restore-from-file";
import { useWords } from "../../ui/words";

/**
 * Keeping answers safe beyond this browser: the backup file both ways, installing the app, and
 * copies of saved data that could not be read.
 */
export function BackupTools() {
  const [done, setDone] = useState<string | null>(null);
  const w = useWords();
  const { common } = w.more;
  return (
    <>
      <p>{w.more.backup.lead}</p>
      <div className="backup-actions">
        <DownloadBackupButton
          className="button primary"
          onDone={(file) =>
            setDone(`${w.fill(common.downloaded, { file })} ${common.downloadsNote}`)
          }
        />
        <RestoreFromFile onDone={setDone} />
      </div>
      <p className="backup-done" aria-live="polite">
        {done}
      </p>
      <InstallApp />
      <KeptAsideList onDone={setDone} />
    </>
  );
}
