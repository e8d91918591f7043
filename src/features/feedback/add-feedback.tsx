import { useId, useState, type ChangeEvent } from "react";
import { findField, hasVisibleText, LIMITS } from "../../content/kinds";
import type { TableRow } from "../../content/types";
import { ACTIONS_FIELD_ID, actionsToAdd, type Feedback } from "../../formats/feedback-file";
import { readOffThread } from "../../formats/read-off-thread";
import { saveReceived } from "./received-feedback";
import { workbook } from "../../content/workbook";
import {
  useSaving,
  useWorkbookHandle,
  useWorkbookStoreApi,
  type WorkbookState,
} from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { plural } from "../backup/words";

type Pending = { fileName: string; feedback: Feedback; leftOut: string[] };

const text = (state: WorkbookState, id: string) => {
  const value = state.answers[id];
  return typeof value === "string" ? value.trim() : "";
};

function FeedbackSummary({ pending, state }: { pending: Pending; state: WorkbookState }) {
  const { feedback } = pending;
  const commented = Object.entries(feedback.comments).filter(([, c]) => hasVisibleText(c));
  const { rows: actions, noRoom } = actionsToAdd(state.answers, feedback);
  const forOther =
    (feedback.forName && feedback.forName.trim() !== text(state, "yourName")) ||
    (feedback.forBusiness && feedback.forBusiness.trim() !== text(state, "businessName"));
  return (
    <>
      {forOther && (
        <p className="alert">
          This feedback was written for the workbook of{" "}
          <strong>{[feedback.forName, feedback.forBusiness].filter(Boolean).join(", ")}</strong>,
          which is not the name on this workbook. Add it only if it is meant for you.
        </p>
      )}
      <p>
        The file <strong>{pending.fileName}</strong> has {plural(commented.length, "comment")} from
        your coach. They show under their questions and print in your next PDF. Your answers are not
        changed.
      </p>
      {commented.length > 0 && (
        <ul>
          {commented.map(([id]) => (
            <li key={id}>{findField(workbook, id)?.field.label ?? id}</li>
          ))}
        </ul>
      )}
      {actions.length > 0 ? (
        <>
          <p>{plural(actions.length, "agreed action")} will be added to your action points:</p>
          <ul>
            {actions.map((row) => (
              <li key={row.id}>
                {row.action}
                {row.byWhen && ` (by ${row.byWhen})`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        noRoom === 0 && <p>There are no new agreed actions to add to your action points.</p>
      )}
      {noRoom > 0 && (
        <p className="alert">
          Your action points are full ({LIMITS.rows} rows), so {plural(noRoom, "agreed action")}{" "}
          cannot be added. Cancel, remove rows you no longer need, then add the feedback again.
        </p>
      )}
      <p>Feedback you added before is replaced by this one.</p>
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

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    setError(null);
    if (!file) return;
    const read = await readOffThread("feedback", file);
    if (read.ok) setPending({ fileName: file.name, ...read });
    else setError(`${read.message} Nothing has been changed.`);
  };

  const add = () => {
    if (!pending) return;
    const state = store.getState();
    const { rows: actions } = actionsToAdd(state.answers, pending.feedback);
    const problem = saveReceived(key, pending.feedback);
    if (problem) {
      setPending(null);
      setError(
        problem === "newer"
          ? "The feedback could not be added here: coach feedback for this workbook was added in a newer version of the app. Reload the page to use it. Nothing has been changed."
          : "The feedback could not be kept: this browser's storage is full or blocked. Nothing has been changed.",
      );
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
    onDone(
      `Added your coach's feedback${actions.length > 0 ? ` and ${plural(actions.length, "agreed action")}` : ""}.`,
    );
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
          Add coach feedback
        </label>
      </div>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Add your coach's feedback?"
        confirmLabel="Add the feedback"
        onConfirm={add}
        onCancel={() => setPending(null)}
      >
        {pending && <FeedbackSummary pending={pending} state={store.getState()} />}
      </ConfirmDialog>
    </>
  );
}
