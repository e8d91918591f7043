import { isAnswered, stepProgress } from "../content/kinds";
import { workbook } from "../content/workbook";
import { useWorkbook } from "../store/workbook-store";
import { BackupPanel } from "./backup-panel";
import { PdfDownload } from "./pdf-download";
import { progressText } from "./step-nav";
import { stepHref } from "./use-step-route";

/** Completion of every step at a glance, with the way back to each. */
export function ReviewSummary() {
  const answers = useWorkbook((s) => s.answers);
  const steps = workbook.steps.filter((s) => s.fields.length > 0);
  return (
    <section aria-labelledby="review-progress" className="review">
      <h2 id="review-progress">Your progress</h2>
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Answered</th>
            <th scope="col">Still to do</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => {
            const index = workbook.steps.indexOf(step);
            const p = stepProgress(step, answers);
            const missing = step.fields.filter((f) => !isAnswered(f, answers));
            return (
              <tr key={step.id}>
                <th scope="row">
                  <a href={stepHref(step.id)}>Go to step {index + 1}</a>
                  <span className="review-step-title">{step.title}</span>
                </th>
                <td>{progressText(p)}</td>
                <td>
                  {missing.length === 0 ? (
                    "Nothing"
                  ) : (
                    <ul className="missing-list">
                      {missing.map((f) => (
                        <li key={f.id}>{f.label}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PdfDownload />
      <BackupPanel />
    </section>
  );
}
