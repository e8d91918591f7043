import { useState } from "react";
import { stepProgress, workbookProgress } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import { useWorkbook } from "../../store/workbook-store";
import { progressText } from "./progress-table";
import { stepHref } from "./step-route";

export function StepNav({ currentId }: { currentId: string }) {
  const answers = useWorkbook((s) => s.answers);
  const overall = workbookProgress(workbook, answers);
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
      <ol id="step-list" className="step-list">
        {workbook.steps.map((step, i) => {
          const p = stepProgress(step, answers);
          const done = p.total > 0 && p.answered === p.total;
          const current = step.id === currentId;
          return (
            <li key={step.id} className={`${current ? "current" : ""}${done ? " done" : ""}`}>
              <a
                href={stepHref(step.id)}
                aria-current={current ? "step" : undefined}
                aria-describedby={p.total ? `progress-${step.id}` : undefined}
                onClick={() => setOpen(false)}
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
    </nav>
  );
}
