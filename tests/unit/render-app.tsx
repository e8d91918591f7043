import { act, render, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { createWorkbookStore, WorkbookStoreContext } from "../../src/store/workbook-store";

let count = 0;

/**
 * Renders the whole app on a step, with its own saved workbook so tests never share answers.
 * Pass the same key again to open the app as if the page had been reloaded.
 */
export async function renderApp(stepId?: string, key = `test-workbook-${++count}`) {
  if (stepId) window.location.hash = `#/${stepId}`;
  const store = createWorkbookStore(key);
  const user = userEvent.setup();
  let view!: RenderResult;
  // Async act lets the first save (of the step the user is on) settle inside the render.
  // eslint-disable-next-line testing-library/no-unnecessary-act -- see above
  await act(async () => {
    view = render(
      <WorkbookStoreContext.Provider value={store}>
        <App />
      </WorkbookStoreContext.Provider>,
    );
    await Promise.resolve();
  });
  return { user, key, ...view };
}
