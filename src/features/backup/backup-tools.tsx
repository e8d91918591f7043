import { useId, useState, type ChangeEvent } from "react";
import { answeredCount, stepProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { workbook } from "../../content/workbook";
import { readBackupFile } from "../../store/backup-file";
import {
  useWorkbook,
  useWorkbookStoreApi,
  type KeptAside,
  type RemovalSummary,
} from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { ProgressTable } from "../steps/progress-table";
import { DownloadBackupButton, downloadKeptAside } from "./backup-buttons";

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const dateTime = (date: Date) =>
  date.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" });

type Pending = { fileName: string; answers: Answers; madeAt: Date | null };

/** What a restore would change, step by step, so the user can decide. */
function RestoreSummary({ now, incoming }: { now: Answers; incoming: Pending }) {
  return (
    <>
      <p>
        The file <strong>{incoming.fileName}</strong>
        {incoming.madeAt && <> was made on {dateTime(incoming.madeAt)}. It</>} has answers to{" "}
        {plural(answeredCount(workbook, incoming.answers), "question")}. This browser has answers to{" "}
        {plural(answeredCount(workbook, now), "question")}.
      </p>
      <ProgressTable
        caption="Questions answered in each step"
        className="restore-table"
        rowHeader={(step) => step.shortTitle}
        columns={[
          { heading: "Now", cell: (step) => stepProgress(step, now).answered },
          { heading: "In the file", cell: (step) => stepProgress(step, incoming.answers).answered },
        ]}
      />
      {answeredCount(workbook, now) > 0 ? (
        <p>
          Restoring replaces <strong>every answer</strong> in this browser with the ones in the
          file. This cannot be undone, so download a backup of your current answers first if you
          might need them.
        </p>
      ) : (
        <p>Restoring fills this workbook with the answers in the file.</p>
      )}
    </>
  );
}

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

/**
 * Keeping answers safe beyond this browser: the backup file both ways, copies of saved data
 * that could not be read, and wiping the workbook from a shared computer.
 */
export function BackupTools() {
  const store = useWorkbookStoreApi();
  const answers = useWorkbook((s) => s.answers);
  const keptAside = useWorkbook((s) => s.keptAside);
  const inputId = useId();
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [deleting, setDeleting] = useState<KeptAside | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once so that choosing the same file again still counts as a choice.
    input.value = "";
    setRestoreError(null);
    setDone(null);
    if (!file) return;
    const result = await readBackupFile(file);
    if (result.ok)
      setPending({ fileName: file.name, answers: result.answers, madeAt: result.madeAt });
    else setRestoreError(`${result.message} Your answers have not been changed.`);
  };

  const restore = () => {
    if (!pending) return;
    store.getState().replaceAnswers(pending.answers);
    setDone(
      `Restored your answers from ${pending.fileName}: ${plural(answeredCount(workbook, pending.answers), "question")} answered.`,
    );
    setPending(null);
  };

  const remove = () => {
    setConfirmRemove(false);
    setRestoreError(null);
    setDone(removalMessage(store.getState().removeSaved()));
  };

  const answered = answeredCount(workbook, answers);

  return (
    <section className="panel backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">Keep your answers safe</h2>
      <p>
        Your answers are saved in this browser only. Download a backup file to keep a copy, or to
        carry on with the workbook on another computer.
      </p>
      <div className="backup-actions">
        <DownloadBackupButton className="button primary" />
        <div className="file-button">
          <input
            id={inputId}
            type="file"
            className="visually-hidden"
            accept=".json,application/json"
            onChange={(e) => void onFile(e)}
          />
          <label htmlFor={inputId} className="button">
            Restore from backup
          </label>
        </div>
      </div>
      {restoreError && (
        <p role="alert" className="alert">
          {restoreError}
        </p>
      )}

      {keptAside.length > 0 && (
        <div className="kept-aside">
          <h3>Saved data that could not be read</h3>
          <p>
            This was kept aside, unchanged, when the workbook could not read it. Download it to keep
            it; you can try it with &ldquo;Restore from backup&rdquo;.
          </p>
          <ul>
            {keptAside.map((copy) => {
              const found = `unreadable data found ${dateTime(new Date(copy.foundAt))}`;
              return (
                <li key={copy.foundAt}>
                  <span>Found {dateTime(new Date(copy.foundAt))}</span>{" "}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => downloadKeptAside(copy)}
                  >
                    Download<span className="visually-hidden"> {found}</span>
                  </button>{" "}
                  <button
                    type="button"
                    className="button small danger"
                    onClick={() => setDeleting(copy)}
                  >
                    Delete<span className="visually-hidden"> {found}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <h3>Using a shared computer?</h3>
      <p>
        When you finish, remove your answers so the next person cannot see them. Download a backup
        first if you want to keep them.
      </p>
      <button type="button" className="button danger" onClick={() => setConfirmRemove(true)}>
        Remove my answers
      </button>

      <p className="backup-done" aria-live="polite">
        {done}
      </p>

      <ConfirmDialog
        open={pending !== null}
        title="Replace your answers with the backup?"
        confirmLabel="Replace my answers"
        onConfirm={restore}
        onCancel={() => setPending(null)}
      >
        {pending && <RestoreSummary now={answers} incoming={pending} />}
      </ConfirmDialog>

      <ConfirmDialog
        open={confirmRemove}
        title="Remove your answers from this browser?"
        confirmLabel="Yes, remove them"
        danger
        onConfirm={remove}
        onCancel={() => setConfirmRemove(false)}
      >
        <p>
          This removes {answered > 0 ? plural(answered, "answered question") : "this workbook"}
          {keptAside.length > 0 &&
            ` and ${plural(keptAside.length, "unreadable copy", "unreadable copies")}`}{" "}
          from this browser. It cannot be undone.
        </p>
        <p>If you want to keep your answers, cancel and download a backup first.</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={deleting !== null}
        title="Delete the unreadable data?"
        confirmLabel="Delete it"
        danger
        onConfirm={() => {
          if (deleting) store.getState().deleteKeptAside(deleting.foundAt);
          setDeleting(null);
          setDone("The unreadable data was deleted.");
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>
          The workbook cannot read it, but it may still hold answers. Download it first if you might
          need it.
        </p>
      </ConfirmDialog>
    </section>
  );
}
