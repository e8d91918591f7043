import { useState } from "react";
import { partsOf, stepProgress, type PartOfWorkbook, type Progress } from "../../content/kinds";
import type { Answers, Step } from "../../content/types";
import { workbook } from "../../content/workbook";
import { useWorkbook } from "../../store/workbook-store";
import { progressText } from "./progress-text";
import { stepHref } from "./step-route";

/**
 * How many questions each step has answered, as one string ("1,0,2,…"): the list is drawn
 * again only when that changes, not on every key press.
 */
const answeredPerStep = (answers: Answers) =>
  workbook.steps.map((step) => stepProgress(step, answers).answered).join();

const parts = partsOf(workbook);

/** One part's heading, how much of it is answered, and its steps. */
function PartSteps({
  id,
  part,
  progress,
  currentId,
  onPick,
}: {
  id: string;
  part: PartOfWorkbook;
  progress: Progress[];
  currentId: string;
  onPick: () => void;
}) {
  const steps: readonly Step[] = workbook.steps;
  const indexes = part.steps.map((step) => steps.indexOf(step));
  const answered = indexes.reduce((sum, i) => sum + progress[i]!.answered, 0);
  const total = indexes.reduce((sum, i) => sum + progress[i]!.total, 0);
  return (
    <>
      <h2 id={id} className="part-title">
        {part.title}
      </h2>
      <p className="part-progress">
        {answered} of {total} answered
      </p>
      <ol className="step-list" aria-labelledby={id}>
        {part.steps.map((step, n) => {
          const i = indexes[n]!;
          const p = progress[i]!;
          const done = p.total > 0 && p.answered === p.total;
          const current = step.id === currentId;
          return (
            <li key={step.id} className={`${current ? "current" : ""}${done ? " done" : ""}`}>
              <a
                href={stepHref(step.id)}
                aria-current={current ? "step" : undefined}
                aria-describedby={p.total ? `progress-${step.id}` : undefined}
                onClick={onPick}
              >
                <span className="step-number" aria-hidden="true">
                  {done ? "✓" : i + 1}
                </span>
                <span className="step-title">{step.title}</span>
              </a>
              {p.total > 0 && (
                <span id={`progress-${step.id}`} className="step-progress">
                  <span className="visually-hidden">Answered:</span> {progressText(p)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function StepNav({ currentId }: { currentId: string }) {
  const counts = useWorkbook((s) => answeredPerStep(s.answers))
    .split(",")
    .map(Number);
  const progress = workbook.steps.map((step, i) => ({
    answered: counts[i] ?? 0,
    total: step.fields.length,
  }));
  const overall = progress.reduce(
    (sum, p) => ({ answered: sum.answered + p.answered, total: sum.total + p.total }),
    { answered: 0, total: 0 },
  );
  const [open, setOpen] = useState(false);
  const percent = overall.total ? Math.round((overall.answered / overall.total) * 100) : 0;

  return (
    <nav aria-label="Workbook steps" className={`step-nav${open ? " open" : ""}`}>
      <div className="overall">
        <label htmlFor="overall-progress" className="overall-label">
          {overall.answered} of {overall.total} questions answered
        </label>
        <progress id="overall-progress" max={overall.total} value={overall.answered}>
          {percent}%
        </progress>
      </div>
      <button
        type="button"
        className="nav-toggle button small"
        aria-expanded={open}
        aria-controls="step-list"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide steps" : "Show all steps"}
      </button>
      <div id="step-list" className="step-parts">
        {parts.map((part, p) => (
          <PartSteps
            key={part.title}
            id={`part-${p + 1}`}
            part={part}
            progress={progress}
            currentId={currentId}
            onPick={() => setOpen(false)}
          />
        ))}
      </div>
    </nav>
  );
}
