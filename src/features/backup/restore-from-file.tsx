import { useId, useState, type ChangeEvent } from "react";
import { answeredCount, stepProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { workbook } from "../../content/workbook";
import type { History } from "../../formats/backup-file";
import { readOffThread } from "../../formats/read-off-thread";
import { addSnapshots } from "../changes/snapshot-store";
import { useWorkbook, useWorkbookHandle } from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { ProgressTable } from "../steps/progress-table";
import { dateTime, plural } from "./words";

type Pending = {
  fileName: string;
  answers: Answers;
  madeAt: Date | null;
  leftOut: string[];
} & History;

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
      {incoming.leftOut.length > 0 && (
        <div className="restore-left-out">
          <p>These parts of the file do not fit this workbook and will be left out:</p>
          <ul>
            {incoming.leftOut.map((what) => (
              <li key={what}>{what}</li>
            ))}
          </ul>
        </div>
      )}
      {answeredCount(workbook, now) > 0 ? (
        <p>
          Restoring replaces <strong>every answer</strong> in this browser with the ones in the
          file. Download a backup of your current answers first if you might need them.
        </p>
      ) : (
        <p>Restoring fills this workbook with the answers in the file.</p>
      )}
    </>
  );
}

/** "Restore from backup": read the file, show what it would change, and ask first. */
export function RestoreFromFile({ onDone }: { onDone: (message: string | null) => void }) {
  const { store, saving, key } = useWorkbookHandle();
  const answers = useWorkbook((s) => s.answers);
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once so that choosing the same file again still counts as a choice.
    input.value = "";
    setError(null);
    onDone(null);
    if (!file) return;
    const result = await readOffThread("backup", file);
    if (result.ok) setPending({ fileName: file.name, ...result });
    else setError(`${result.message} Your answers have not been changed.`);
  };

  const restore = () => {
    if (!pending) return;
    saving.flush();
    store.getState().replaceAnswers(pending.answers, pending);
    if (pending.snapshots.length > 0) addSnapshots(key, pending.snapshots);
    saving.flush();
    const count = plural(answeredCount(workbook, pending.answers), "question");
    onDone(`Restored your answers from ${pending.fileName}: ${count} answered.`);
    setPending(null);
  };

  return (
    <>
      <div className="file-button">
        <input
          id={inputId}
          type="file"
          className="visually-hidden"
          accept=".json,application/json,.pdf,application/pdf"
          onChange={(e) => void onFile(e)}
        />
        <label htmlFor={inputId} className="button">
          Restore from backup
        </label>
      </div>
      {error && (
        <p role="alert" className="alert restore-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Replace your answers with the backup?"
        confirmLabel="Replace my answers"
        onConfirm={restore}
        onCancel={() => setPending(null)}
      >
        {pending && <RestoreSummary now={answers} incoming={pending} />}
      </ConfirmDialog>
    </>
  );
}
