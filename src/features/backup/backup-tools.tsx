import { useState } from "react";
import { InstallApp } from "../keep-safe/install-app";
import { DownloadBackupButton } from "./backup-buttons";
import { KeptAsideList } from "./kept-aside-list";
import { RestoreFromFile } from "./restore-from-file";
import { DOWNLOADS_NOTE } from "./words";

/**
 * Keeping answers safe beyond this browser: the backup file both ways, installing the app, and
 * copies of saved data that could not be read.
 */
export function BackupTools() {
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <p>
        Your answers are saved in this browser only. Download a backup file to keep a copy, or to
        carry on with the workbook on another computer.
      </p>
      <div className="backup-actions">
        <DownloadBackupButton
          className="button primary"
          onDone={(fileName) => setDone(`Downloaded ${fileName}. ${DOWNLOADS_NOTE}`)}
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
