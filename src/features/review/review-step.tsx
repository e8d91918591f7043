import { isAnswered, stepProgress } from "../../content/kinds";
import { useWorkbook } from "../../store/workbook-store";
import { BackupTools } from "../backup/backup-tools";
import { ChangesSince } from "../changes/changes-since";
import { CoachPanel } from "../feedback/coach-panel";
import { PdfDownload } from "../pdf-export/pdf-download";
import { CopyLink } from "../share-link/copy-link";
import { ProgressTable } from "../steps/progress-table";
import { progressText } from "../steps/progress-text";
import { stepHref } from "../steps/step-route";

/** Completion of every step at a glance, with the way back to each. */
export function ReviewSummary() {
  const answers = useWorkbook((s) => s.answers);
  return (
    <section aria-labelledby="review-progress" className="review">
      <h2 id="review-progress">Your progress</h2>
      <ProgressTable
        caption="Questions answered in each step"
        className="review-table"
        rowHeader={(step, number) => (
          <>
            <a href={stepHref(step.id)}>Go to step {number}</a>
            <span className="review-step-title">{step.title}</span>
          </>
        )}
        columns={[
          { heading: "Answered", cell: (step) => progressText(stepProgress(step, answers)) },
          {
            heading: "Still to do",
            cell: (step) => {
              const missing = step.fields.filter((f) => !isAnswered(f, answers));
              return missing.length === 0 ? (
                "Nothing"
              ) : (
                <ul className="missing-list">
                  {missing.map((f) => (
                    <li key={f.id}>{f.label}</li>
                  ))}
                </ul>
              );
            },
          },
        ]}
      />
      <ChangesSince />
      <PdfDownload />
      <BackupTools />
      <CopyLink />
      <CoachPanel />
    </section>
  );
}

// Everything else that loads only when needed comes in this one file with the review step, which
// the app fetches when idle anyway (load-review-step.ts): each file loaded on demand is named,
// with the files it needs, in the first load.
import "../coach-review/lazy-styles";
export { CoachSpacePage } from "../coach-review/coach-space-page";
export { CoachSaid } from "../feedback/coach-said";
export { ClassBanner } from "../class-workbook/class-banner";
export { IncomingLinkDialog } from "../share-link/incoming-link";
export { Broken } from "../steps/broken";
