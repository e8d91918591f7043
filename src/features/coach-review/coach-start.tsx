import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { CoachSpacePage } from "./coach-space-page";

/**
 * Draws the coach's review space (?coach) in place of the workbook. main.tsx loads this only at
 * that address, so the first load of the workbook carries none of the coach's code.
 */
export function startCoachSpace(root: HTMLElement): void {
  root.textContent = "";
  createRoot(root).render(
    <StrictMode>
      <CoachSpacePage />
    </StrictMode>,
  );
}
