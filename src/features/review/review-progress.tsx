import { isAnswered, questionsOf, stepProgress } from "../../content/kinds";
import type { Answers, Step } from "../../content/types";
import { workbook } from "../../content/workbook";
import { useWorkbook } from "../../store/workbook-store";
import { plural } from "../backup/words";
import { stepHref } from "../steps/step-route";

const numbered = workbook.steps
  .map((step, index) => ({ step, number: index + 1 }))
  .filter(({ step }) => questionsOf(step).length > 0);

/** "You have answered 12 of 40 questions. 3 of 14 steps are done." */
function summary(answers: Answers): string {
  const progress = numbered.map(({ step }) => stepProgress(step, answers));
  const answered = progress.reduce((sum, p) => sum + p.answered, 0);
  const total = progress.reduce((sum, p) => sum + p.total, 0);
  const done = progress.filter((p) => p.answered === p.total).length;
  if (answered === total) return "You have answered every question.";
  return `You have answered ${answered} of ${plural(total, "question")}. ${done} of ${numbered.length} steps are done.`;
}

/** "Done", or "2 of 5 answered". */
function answeredText(step: Step, answers: Answers): string {
  const p = stepProgress(step, answers);
  return p.answered === p.total ? "Done" : `${p.answered} of ${p.total} answered`;
}

/**
 * Progress summed up in a line, with each step folded below it: a link back named by the step's
 * number and title, how much is answered, and what is still to do. A list, not a table, so a
 * phone keeps every word of it.
 */
export function ReviewProgress() {
  const answers = useWorkbook((s) => s.answers);
  return (
    <section className="panel review-progress" aria-labelledby="review-progress">
      <h2 id="review-progress">Your progress</h2>
      <p>{summary(answers)}</p>
      <details className="step-by-step">
        <summary>Each step, and what is still to do</summary>
        <ol className="review-steps">
          {numbered.map(({ step, number }) => {
            const missing = questionsOf(step).filter((f) => !isAnswered(f, answers));
            return (
              <li key={step.id}>
                <a href={stepHref(step.id)}>
                  Step {number}: {step.title}
                </a>{" "}
                <span className="review-step-progress">{answeredText(step, answers)}</span>
                {missing.length > 0 && (
                  <ul className="missing-list" aria-label={`Still to do in step ${number}`}>
                    {missing.map((f) => (
                      <li key={f.id}>{f.label}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
