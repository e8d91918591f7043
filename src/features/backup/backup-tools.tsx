import { useState } from "react";
import { InstallApp } from "../keep-safe/install-app";
import { DownloadBackupButton } from "./backup-buttons";
import { KeptAsideList } from "./kept-aside-list";
import { RemoveAnswers } from "./remove-answers";
import { RestoreFromFile } from "./restore-from-file";

/**
 * Keeping answers safe beyond this browser: the backup file both ways, copies of saved data
 * that could not be read, and wiping the workbook from a shared computer.
 */
export function BackupTools() {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="panel backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">Keep your answers safe</h2>
      <p>
        Your answers are saved in this browser only. Download a backup file to keep a copy, or to
        carry on with the workbook on another computer.
      </p>
      <div className="backup-actions">
        <DownloadBackupButton className="button primary" />
        <RestoreFromFile onDone={setDone} />
      </div>
      <InstallApp />
      <KeptAsideList onDone={setDone} />
      <RemoveAnswers onDone={setDone} />
      <p className="backup-done" aria-live="polite">
        {done}
      </p>
    </section>
  );
}
