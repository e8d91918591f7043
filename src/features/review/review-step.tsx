import { isAnswered, stepProgress } from "../../content/kinds";
import { useWorkbook } from "../../store/workbook-store";
import { BackupTools } from "../backup/backup-tools";
import { ChangesSince } from "../changes/changes-since";
import { PdfDownload } from "../pdf-export/pdf-download";
import { progressText, ProgressTable } from "../steps/progress-table";
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
    </section>
  );
}
