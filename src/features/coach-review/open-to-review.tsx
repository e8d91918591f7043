import { useId, useState, type ChangeEvent } from "react";
import { readBackupFile, type RestoreResult } from "../../store/backup-file";
import { useCoachStoreApi, goTo, reviewSteps } from "./coach-store";

/**
 * The kinds of file a workbook can arrive in, tried in this order. Each is one line: a reader
 * for PDFs made by the app (which carry their answers) goes first once it exists.
 */
const readers: {
  accept: string;
  matches: (file: File) => boolean;
  read: (file: File) => Promise<RestoreResult>;
}[] = [{ accept: ".json,application/json", matches: () => true, read: readBackupFile }];

function readWorkbookFile(file: File): Promise<RestoreResult> {
  const reader = readers.find((r) => r.matches(file)) ?? readers[readers.length - 1]!;
  return reader.read(file);
}

/** "Open a workbook to review": a file someone sent; it goes into the coach space, read-only. */
export function OpenToReview() {
  const store = useCoachStoreApi();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    setError(null);
    if (!file) return;
    const read = await readWorkbookFile(file);
    if (!read.ok) {
      setError(`${read.message} Nothing has been opened.`);
      return;
    }
    const id = store.getState().addReview(read.answers);
    goTo({ reviewId: id, stepId: reviewSteps[0]!.id });
  };

  return (
    <div className="open-to-review">
      <div className="file-button">
        <input
          id={inputId}
          type="file"
          className="visually-hidden"
          accept={readers.map((r) => r.accept).join(",")}
          onChange={(e) => void onFile(e)}
        />
        <label htmlFor={inputId} className="button primary">
          Open a workbook to review
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
