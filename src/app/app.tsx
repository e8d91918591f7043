import { useState } from "react";
import { workbook } from "../content/workbook";
import { SaveStatus } from "../ui/save-status";
import { StepNav } from "./step-nav";
import { StepPage } from "./step-page";
import { StorageAlerts } from "./storage-alerts";
import { useStepRoute } from "./use-step-route";

export function App() {
  const { step, index, goTo } = useStepRoute();
  // Focus moves to the heading only after the user has moved, never on first load.
  const [firstStepId] = useState(step.id);
  const [moved, setMoved] = useState(false);
  if (!moved && step.id !== firstStepId) setMoved(true);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the questions
      </a>
      <header className="app-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {workbook.title}
          <span className="brand-sub">{workbook.subtitle}</span>
        </p>
        <SaveStatus />
      </header>
      <StorageAlerts />
      <div className="layout">
        <StepNav currentId={step.id} />
        <main id="main" className="main">
          <StepPage key={step.id} step={step} index={index} goTo={goTo} moveFocus={moved} />
        </main>
      </div>
    </div>
  );
}
