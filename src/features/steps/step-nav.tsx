import { useEffect, useRef, useState } from "react";
import {
  partsOf,
  questionsOf,
  stepProgress,
  type PartOfWorkbook,
  type Progress,
} from "../../content/kinds";
import type { Language } from "../../content/language";
import type { Answers, Step } from "../../content/types";
import { shape } from "../../content/shape";
import { useWorkbook } from "../../store/workbook-store";
import { useLanguage } from "../../ui/words";
import { CoachMark } from "../feedback/coach-said-slot";
import { stepHref } from "./step-route";

/**
 * How many questions each step has answered, as one string ("1,0,2,…"): the list is drawn
 * again only when that changes, not on every key press.
 */
const answeredPerStep = (answers: Answers) =>
  shape.steps.map((step) => stepProgress(step, answers).answered).join();

/** "Done", "2 of 5", or nothing for a step without questions. */
function progressText(p: Progress, say: Language): string {
  if (p.total === 0) return "";
  if (p.answered === p.total) return say.screen.nav.done;
  return say.plural(say.screen.nav.stepProgress, p.total, { answered: p.answered });
}

type ItemProps = {
  step: Step;
  /** Where the step is in the workbook, from 0. */
  at: number;
  progress: Progress[];
  currentId: string;
  onPick: () => void;
};

function StepItem({ step, at: i, progress, currentId, onPick }: ItemProps) {
  const say = useLanguage();
  const p = progress[i]!;
  const done = p.total > 0 && p.answered === p.total;
  const current = step.id === currentId;
  return (
    <li className={`${current ? "current" : ""}${done ? " done" : ""}`}>
      <a
        href={stepHref(step.id)}
        aria-current={current ? "step" : undefined}
        // "Coach commented", when the step has a comment, follows its progress.
        aria-describedby={p.total ? `progress-${step.id} coach-${step.id}` : undefined}
        onClick={onPick}
      >
        <span className="step-number" aria-hidden="true">
          {done ? "✓" : i + 1}
        </span>
        <span className="step-title">{step.title}</span>
      </a>
      {p.total > 0 && (
        <span id={`progress-${step.id}`} className="step-progress">
          <span className="visually-hidden">{say.screen.nav.answered}</span> {progressText(p, say)}
        </span>
      )}
      {p.total > 0 && <CoachMark fields={step.fields} id={`coach-${step.id}`} />}
    </li>
  );
}

/**
 * One part's title, how much of it is answered, and its steps. The title names the list rather
 * than heading it: the page's first heading is the step's own.
 */
function PartSteps({
  id,
  part,
  steps,
  ...item
}: { id: string; part: PartOfWorkbook; steps: readonly Step[] } & Omit<ItemProps, "step" | "at">) {
  const say = useLanguage();
  const at = (step: Step) => steps.indexOf(step);
  const answered = part.steps.reduce((sum, s) => sum + item.progress[at(s)]!.answered, 0);
  const total = part.steps.reduce((sum, s) => sum + item.progress[at(s)]!.total, 0);
  return (
    <>
      <p id={id} className="part-title">
        {part.title}
      </p>
      <p className="part-progress">
        {say.plural(say.screen.nav.partProgress, total, { answered })}
      </p>
      <ol className="step-list" aria-labelledby={id}>
        {part.steps.map((step) => (
          <StepItem key={step.id} step={step} at={at(step)} {...item} />
        ))}
      </ol>
    </>
  );
}

export function StepNav({ currentId }: { currentId: string }) {
  const say = useLanguage();
  const { steps } = say.workbook;
  const parts = partsOf(say.workbook);
  const counts = useWorkbook((s) => answeredPerStep(s.answers))
    .split(",")
    .map(Number);
  const progress = steps.map((step: Step, i) => ({
    answered: counts[i] ?? 0,
    total: questionsOf(step).length,
  }));
  const overall = progress.reduce(
    (sum, p) => ({ answered: sum.answered + p.answered, total: sum.total + p.total }),
    { answered: 0, total: 0 },
  );
  const [open, setOpen] = useState(false);
  const percent = overall.total ? Math.round((overall.answered / overall.total) * 100) : 0;
  const nav = useRef<HTMLElement>(null);
  const item = { progress, currentId, onPick: () => setOpen(false) };

  // The list scrolls inside itself when taller than the window: the current step is kept in it.
  useEffect(() => {
    const box = nav.current;
    const link = box?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !link || box.scrollHeight <= box.clientHeight) return;
    const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + link.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top - box.clientHeight / 2;
  }, [currentId]);

  return (
    <nav ref={nav} aria-label={say.screen.nav.name} className={`step-nav${open ? " open" : ""}`}>
      <div className="overall">
        <label htmlFor="overall-progress" className="overall-label">
          {say.plural(say.screen.nav.overall, overall.total, { answered: overall.answered })}
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
        {open ? say.screen.nav.hideSteps : say.screen.nav.showSteps}
      </button>
      <div id="step-list" className="step-parts">
        {parts.map((part, p) => (
          <PartSteps
            key={part.firstStepId}
            id={`part-${p + 1}`}
            part={part}
            steps={steps}
            {...item}
          />
        ))}
      </div>
      {/* The step that closes the workbook, after both parts: always in view, even folded. */}
      <ol className="step-list step-end">
        {steps.map(
          (step, at) => step.review && <StepItem key={step.id} step={step} at={at} {...item} />,
        )}
      </ol>
    </nav>
  );
}
