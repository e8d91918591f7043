import { act, render, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { WorkbookProvider } from "../../src/app/workbook-provider";

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
  // Async act lets the first effects (saving starts) settle inside the render.
  // eslint-disable-next-line testing-library/no-unnecessary-act -- see above
  await act(async () => {
    view = render(
      <WorkbookProvider keys={{ personal: key, class: `${key}:class` }}>
        <App />
      </WorkbookProvider>,
    );
    await Promise.resolve();
  });
  return { user, key, ...view };
}
