import { Suspense } from "react";
import { lazyNamed } from "../../ui/lazy";

// The form and its library (react-hook-form) and the calendar writer load with this panel.
const RemindersForm = lazyNamed(() => import("./reminders-form"), "RemindersForm");

/** "Add to calendar": reminders of the action points, follow-up calls and the scorecard. */
export function RemindersPanel() {
  return (
    <section className="panel reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders in your calendar</h2>
      <p>
        Choose what your calendar should remind you of between sessions. &ldquo;Add to
        calendar&rdquo; downloads a file that any calendar app opens: on a phone, open it from your
        downloads.
      </p>
      <Suspense fallback={<p className="loading">Loading your reminders…</p>}>
        <RemindersForm />
      </Suspense>
    </section>
  );
}
