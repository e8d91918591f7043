import { act, render, screen, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { WorkbookProvider } from "../../src/app/workbook-provider";
import { ChecklistInput } from "../../src/fields/field-map";

let count = 0;

/**
 * Renders the whole app on a step, with its own saved workbooks so tests never share answers.
 * Pass the same key again to open the app as if the page had been reloaded. The provider is
 * unmounted after each test (Testing Library's cleanup), which stops its saving.
 */
export async function renderApp(stepId?: string, key = `test-workbook-${++count}`) {
  if (stepId) window.location.hash = `#/${stepId}`;
  const user = userEvent.setup();
  let view!: RenderResult;
  // The field kinds that load apart from the first screen (checklists), as the app fetches them
  // once idle: ready before the step is drawn, as they are for a user who gets there.
  ChecklistInput.preload();
  await import("../../src/fields/checklist-input");
  // Async act lets the first effects (saving starts), and those parts, settle inside the render.
  // eslint-disable-next-line testing-library/no-unnecessary-act -- see above
  await act(async () => {
    view = render(
      <WorkbookProvider keys={{ personal: key, class: `${key}:class` }}>
        <App />
      </WorkbookProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { user, key, ...view };
}

/** Opens a folded panel (the review step's "Keep your answers safe", say) if it is not open. */
export async function openFold(user: ReturnType<typeof userEvent.setup>, name: string) {
  const button = await screen.findByRole("button", { name });
  if (button.getAttribute("aria-expanded") !== "true") await user.click(button);
}
