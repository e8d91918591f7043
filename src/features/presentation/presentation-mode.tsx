import { useEffect } from "react";
import { shape } from "../../content/shape";
import type { Step } from "../../content/types";
import { presentMove } from "./present-keys";
import { StepPage } from "../steps/step-page";
import { useWords } from "../../ui/words";

/**
 * One step per screen in large, high-contrast type for a projector. Nothing of the app around
 * it is drawn; the step keeps its own counter, example toggle and fields, so the class's
 * answers can be typed in live.
 */
export function PresentationMode({
  step,
  index,
  goTo,
  onLeave,
  classWorkbook,
}: {
  step: Step;
  index: number;
  goTo: (stepId: string) => void;
  onLeave: () => void;
  classWorkbook: boolean;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = presentMove(event, document.documentElement.dir === "rtl");
      if (!move) return;
      const to = move === "next" ? index + 1 : index - 1;
      const target = shape.steps[to];
      event.preventDefault();
      if (move === "leave") onLeave();
      else if (target) goTo(target.id);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [index, goTo, onLeave]);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [step.id]);
  const t = useWords().more.presentation;

  return (
    <div className="presentation">
      <aside className="presentation-corner" aria-label={t.name}>
        {classWorkbook && <span className="presentation-tag">{t.classWorkbook}</span>}
        <button type="button" className="presentation-leave" onClick={onLeave}>
          {t.leave} <span aria-hidden="true">(Esc)</span>
        </button>
      </aside>
      <main id="main" className="presentation-main">
        <StepPage key={step.id} step={step} index={index} goTo={goTo} moveFocus presenting />
      </main>
    </div>
  );
}
