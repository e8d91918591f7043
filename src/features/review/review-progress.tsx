import { isAnswered, questionsOf, stepProgress } from "../../content/kinds";
import type { Words } from "../../content/language";
import type { Answers, Step, Workbook } from "../../content/types";
import { useWorkbook } from "../../store/workbook-store";
import { useWords } from "../../ui/words";
import { stepHref } from "../steps/step-route";

/** The steps with questions, each with its number in the workbook. */
const numberedOf = (workbook: Workbook) =>
  workbook.steps
    .map((step, index) => ({ step, number: index + 1 }))
    .filter(({ step }) => questionsOf(step).length > 0);

/** "You have answered 12 of 40 questions. 3 of 14 steps are done." */
function summary(answers: Answers, w: Words): string {
  const numbered = numberedOf(w.workbook);
  const progress = numbered.map(({ step }) => stepProgress(step, answers));
  const answered = progress.reduce((sum, p) => sum + p.answered, 0);
  const total = progress.reduce((sum, p) => sum + p.total, 0);
  const done = progress.filter((p) => p.answered === p.total).length;
  if (answered === total) return w.more.review.everyAnswered;
  return w.plural(w.more.review.summary, total, { answered, done, steps: numbered.length });
}

/** "Done", or "2 of 5 answered". */
function answeredText(step: Step, answers: Answers, w: Words): string {
  const p = stepProgress(step, answers);
  const t = w.more.review;
  return p.answered === p.total
    ? t.done
    : w.plural(t.stepAnswered, p.total, { answered: p.answered });
}

/**
 * Progress summed up in a line, with each step folded below it: a link back named by the step's
 * number and title, how much is answered, and what is still to do. A list, not a table, so a
 * phone keeps every word of it.
 */
export function ReviewProgress() {
  const answers = useWorkbook((s) => s.answers);
  const w = useWords();
  const t = w.more.review;
  return (
    <section className="panel review-progress" aria-labelledby="review-progress">
      <h2 id="review-progress">{t.progress}</h2>
      <p>{summary(answers, w)}</p>
      <details className="step-by-step">
        <summary>{t.eachStep}</summary>
        <ol className="review-steps">
          {numberedOf(w.workbook).map(({ step, number }) => {
            const missing = questionsOf(step).filter((f) => !isAnswered(f, answers));
            return (
              <li key={step.id}>
                <a href={stepHref(step.id)}>
                  {w.fill(w.more.common.stepLink, { number, title: step.title })}
                </a>{" "}
                <span className="review-step-progress">{answeredText(step, answers, w)}</span>
                {missing.length > 0 && (
                  <ul className="missing-list" aria-label={w.fill(t.stillToDo, { number })}>
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
