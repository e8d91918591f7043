import { useId, useState, type ChangeEvent } from "react";
import { findField, hasVisibleText, LIMITS } from "../../content/kinds";
import type { TableRow } from "../../content/types";
import { ACTIONS_FIELD_ID, actionsToAdd, type Feedback } from "../../formats/feedback-file";
import type { LeftOut } from "../../formats/problems";
import { readOffThread } from "../../formats/read-off-thread";
import { saveReceived } from "./received-feedback";
import {
  useSaving,
  useWorkbookHandle,
  useWorkbookStoreApi,
  type WorkbookState,
} from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { fillNodes, useWords } from "../../ui/words";
import { problemText } from "../backup/words";

type Pending = { fileName: string; feedback: Feedback; leftOut: LeftOut[] };

const text = (state: WorkbookState, id: string) => {
  const value = state.answers[id];
  return typeof value === "string" ? value.trim() : "";
};

function FeedbackSummary({ pending, state }: { pending: Pending; state: WorkbookState }) {
  const { feedback } = pending;
  const w = useWords();
  const t = w.more.feedback;
  const commented = Object.entries(feedback.comments).filter(([, c]) => hasVisibleText(c));
  const { rows: actions, noRoom } = actionsToAdd(state.answers, feedback);
  const forOther =
    (feedback.forName && feedback.forName.trim() !== text(state, "yourName")) ||
    (feedback.forBusiness && feedback.forBusiness.trim() !== text(state, "businessName"));
  return (
    <>
      {forOther && (
        <p className="alert">
          {fillNodes(t.forOther, {
            who: (
              <strong>
                {[feedback.forName, feedback.forBusiness].filter(Boolean).join(w.more.common.comma)}
              </strong>
            ),
          })}
        </p>
      )}
      <p>
        {fillNodes(w.plural(t.holds, commented.length), {
          file: <strong>{pending.fileName}</strong>,
        })}
      </p>
      {commented.length > 0 && (
        <ul>
          {commented.map(([id]) => (
            <li key={id}>{findField(w.workbook, id)?.field.label ?? id}</li>
          ))}
        </ul>
      )}
      {actions.length > 0 ? (
        <>
          <p>{w.plural(t.actionsAdded, actions.length)}</p>
          <ul>
            {actions.map((row) => (
              <li key={row.id}>
                {row.byWhen
                  ? w.fill(t.byWhen, { action: row.action ?? "", when: row.byWhen })
                  : row.action}
              </li>
            ))}
          </ul>
        </>
      ) : (
        noRoom === 0 && <p>{t.noActions}</p>
      )}
      {noRoom > 0 && <p className="alert">{w.plural(t.full, noRoom, { max: LIMITS.rows })}</p>}
      <p>{t.replaces}</p>
    </>
  );
}

/** "Add coach feedback": reads the coach's file, says what it holds, and adds it if asked. */
export function AddFeedback({ onDone }: { onDone: (message: string) => void }) {
  const { key } = useWorkbookHandle();
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const w = useWords();
  const t = w.more.feedback;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    setError(null);
    if (!file) return;
    const read = await readOffThread("feedback", file);
    if (read.ok) setPending({ fileName: file.name, ...read });
    else setError(w.fill(t.nothingChanged, { problem: problemText(read.problem, w) }));
  };

  const add = () => {
    if (!pending) return;
    const state = store.getState();
    const { rows: actions } = actionsToAdd(state.answers, pending.feedback);
    const problem = saveReceived(key, pending.feedback);
    if (problem) {
      setPending(null);
      setError(problem === "newer" ? t.notAddedNewer : t.notKept);
      return;
    }
    if (actions.length > 0) {
      const mine = state.answers[ACTIONS_FIELD_ID];
      state.setAnswer(ACTIONS_FIELD_ID, [
        ...(Array.isArray(mine) ? (mine as TableRow[]) : []),
        ...actions,
      ]);
      saving.flush();
    }
    setPending(null);
    onDone(actions.length > 0 ? w.plural(t.addedWithActions, actions.length) : t.added);
  };

  return (
    <>
      <div className="file-button">
        <input
          id={inputId}
          type="file"
          className="visually-hidden"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
        />
        <label htmlFor={inputId} className="button">
          {t.add}
        </label>
      </div>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t.title}
        confirmLabel={t.confirm}
        onConfirm={add}
        onCancel={() => setPending(null)}
      >
        {pending && <FeedbackSummary pending={pending} state={store.getState()} />}
      </ConfirmDialog>
    </>
  );
}
