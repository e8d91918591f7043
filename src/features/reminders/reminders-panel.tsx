import { Suspense, useContext, useState } from "react";
import { FoldOpen } from "../../ui/fold";
import { lazyNamed } from "../../ui/lazy";

// The form and its library (react-hook-form) and the calendar writer load when first shown.
const RemindersForm = lazyNamed(() => import("./reminders-form"), "RemindersForm");

/** "Add to calendar": reminders of the action points, follow-up calls and the scorecard. */
export function RemindersPanel() {
  const open = useContext(FoldOpen);
  // Once shown, the form stays, so choices survive folding it away and back.
  const [shown, setShown] = useState(open);
  if (open && !shown) setShown(true);
  return (
    <div className="reminders">
      <p>
        Choose what your calendar should remind you of between sessions. &ldquo;Add to
        calendar&rdquo; downloads a file that any calendar app opens: on a phone, open it from your
        downloads.
      </p>
      {shown && (
        <Suspense fallback={<p className="loading">Loading your reminders…</p>}>
          <RemindersForm />
        </Suspense>
      )}
    </div>
  );
}
