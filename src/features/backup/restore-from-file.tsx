import { useId, useState, type ChangeEvent } from "react";
import { answeredCount, stepProgress } from "../../content/kinds";
import type { Answers } from "../../content/types";
import type { History } from "../../formats/backup-file";
import type { LeftOut } from "../../formats/problems";
import { readOffThread } from "../../formats/read-off-thread";
import { addSnapshots } from "../changes/snapshot-store";
import { useWorkbook, useWorkbookHandle } from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { fillNodes, useWords } from "../../ui/words";
import { ProgressTable } from "../steps/progress-table";
import { dateTime, leftOutText, problemText } from "./words";

type Pending = {
  fileName: string;
  answers: Answers;
  madeAt: Date | null;
  leftOut: LeftOut[];
} & History;

/** What a restore would change, step by step, so the user can decide. */
function RestoreSummary({ now, incoming }: { now: Answers; incoming: Pending }) {
  const w = useWords();
  const t = w.more.backup.restoreSummary;
  const questions = (answers: Answers) =>
    w.plural(w.more.common.questions, answeredCount(w.workbook, answers));
  const file = <strong>{incoming.fileName}</strong>;
  const counts = { file, inFile: questions(incoming.answers), here: questions(now) };
  return (
    <>
      <p>
        {incoming.madeAt
          ? fillNodes(t.fileMade, { ...counts, date: dateTime(incoming.madeAt, w) })
          : fillNodes(t.file, counts)}
      </p>
      <ProgressTable
        caption={t.caption}
        stepHeading={t.step}
        className="restore-table"
        rowHeader={(step) => step.shortTitle}
        columns={[
          { heading: t.now, cell: (step) => stepProgress(step, now).answered },
          { heading: t.inFile, cell: (step) => stepProgress(step, incoming.answers).answered },
        ]}
      />
      {incoming.leftOut.length > 0 && (
        <div className="restore-left-out">
          <p>{t.leftOut}</p>
          <ul>
            {incoming.leftOut.map((item, i) => (
              <li key={i}>{leftOutText(item, w)}</li>
            ))}
          </ul>
        </div>
      )}
      {answeredCount(w.workbook, now) > 0 ? (
        <p>{fillNodes(t.replaces, { every: <strong>{t.every}</strong> })}</p>
      ) : (
        <p>{t.fills}</p>
      )}
    </>
  );
}

/** "Restore from backup": read the file, show what it would change, and ask first. */
export function RestoreFromFile({ onDone }: { onDone: (message: string | null) => void }) {
  const { store, saving, key } = useWorkbookHandle();
  const answers = useWorkbook((s) => s.answers);
  const w = useWords();
  const t = w.more.backup;
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
    else setError(w.fill(t.notChanged, { problem: problemText(result.problem, w) }));
  };

  const restore = () => {
    if (!pending) return;
    saving.flush();
    store.getState().replaceAnswers(pending.answers, pending);
    if (pending.snapshots.length > 0) addSnapshots(key, pending.snapshots);
    saving.flush();
    const count = answeredCount(w.workbook, pending.answers);
    onDone(w.plural(t.restored, count, { file: pending.fileName }));
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
          {t.restore}
        </label>
      </div>
      {error && (
        <p role="alert" className="alert restore-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t.replaceTitle}
        confirmLabel={t.replaceConfirm}
        onConfirm={restore}
        onCancel={() => setPending(null)}
      >
        {pending && <RestoreSummary now={answers} incoming={pending} />}
      </ConfirmDialog>
    </>
  );
}
