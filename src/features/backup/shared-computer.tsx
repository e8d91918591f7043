import { useState } from "react";
import { RemoveAnswers } from "./remove-answers";

/** For a shared computer: wiping the workbook, and what that cannot reach. */
export function SharedComputer() {
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <p>
        When you finish, remove your answers so the next person cannot see them. Download a backup
        first if you want to keep them.
      </p>
      <p>
        Files you downloaded, such as your PDF and backup, stay in this computer&rsquo;s Downloads
        folder. Delete them there too.
      </p>
      <RemoveAnswers onDone={setDone} />
      <p className="backup-done" aria-live="polite">
        {done}
      </p>
    </>
  );
}
