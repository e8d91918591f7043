import { useId, useState, type ChangeEvent } from "react";
import { readOffThread } from "../../formats/read-off-thread";
import { useWords } from "../../ui/words";
import { problemText } from "../backup/words";
import { useCoachSpace, goTo, reviewSteps } from "./coach-store";
import { lastSessionCopy } from "./session-copy";

/**
 * "Open a workbook to review": a file someone sent, a backup or a PDF the app made (which carries
 * a backup), read as "Restore from backup" reads it; it goes into the coach space, read-only.
 */
export function OpenToReview() {
  const space = useCoachSpace();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const w = useWords();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    setError(null);
    if (!file) return;
    const read = await readOffThread("backup", file);
    if (!read.ok) {
      setError(w.fill(w.more.coach.nothingOpened, { problem: problemText(read.problem, w) }));
      return;
    }
    // What moved since the last session is marked, against the newest copy the file carries.
    const since = lastSessionCopy(read.snapshots, read.madeAt);
    const id = space.addReview(read.answers, read.workbookId, since);
    goTo({ reviewId: id, stepId: reviewSteps[0]!.id });
  };

  return (
    <div className="open-to-review">
      <div className="file-button">
        <input
          id={inputId}
          type="file"
          className="visually-hidden"
          accept=".json,application/json,.pdf,application/pdf"
          onChange={(e) => void onFile(e)}
        />
        <label htmlFor={inputId} className="button primary">
          {w.more.coach.open}
        </label>
      </div>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
    </div>
  );
}
