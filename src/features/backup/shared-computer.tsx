import { useState } from "react";
import { useWords } from "../../ui/words";
import { RemoveAnswers } from "./remove-answers";

/** For a shared computer: wiping the workbook, and what that cannot reach. */
export function SharedComputer() {
  const [done, setDone] = useState<string | null>(null);
  const t = useWords().more.remove;
  return (
    <>
      <p>{t.shared}</p>
      <p>{t.sharedFiles}</p>
      <RemoveAnswers onDone={setDone} />
      <p className="backup-done" aria-live="polite">
        {done}
      </p>
    </>
  );
}
