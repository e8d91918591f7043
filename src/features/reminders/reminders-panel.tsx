import { Suspense, useContext, useState } from "react";
import { FoldOpen } from "../../ui/fold";
import { lazyNamed } from "../../ui/lazy";
import { useWords } from "../../ui/words";

// The form and its library (react-hook-form) and the calendar writer load when first shown.
const RemindersForm = lazyNamed(() => import("./reminders-form"), "RemindersForm");

/** "Add to calendar": reminders of the action points, follow-up calls and the scorecard. */
export function RemindersPanel() {
  const open = useContext(FoldOpen);
  // Once shown, the form stays, so choices survive folding it away and back.
  const [shown, setShown] = useState(open);
  if (open && !shown) setShown(true);
  const t = useWords().more.reminders;
  return (
    <div className="reminders">
      <p>{t.lead}</p>
      {shown && (
        <Suspense fallback={<p className="loading">{t.loading}</p>}>
          <RemindersForm />
        </Suspense>
      )}
    </div>
  );
}
