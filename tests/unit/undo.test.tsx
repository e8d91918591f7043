import { screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render-app";

/**
 * Removing rows, list items and own checks: the latest removal can be undone, earlier ones put
 * back, and neither is lost by leaving the step or reloading the page.
 */

const point = (n: number) =>
  screen.getByRole("textbox", { name: `Customer contact point, row ${n}` });
const points = () =>
  screen
    .queryAllByRole("textbox", { name: /^Customer contact point, row/ })
    .map((box) => (box as HTMLTextAreaElement).value);

/** Contact points with three suggested rows, as one click each adds them. */
async function threeRows(stepKey?: string) {
  const view = await renderApp("contact-points", stepKey);
  for (const suggestion of ["Phone enquiry", "Paying", "Delivery"])
    await view.user.click(screen.getByRole("button", { name: `Add ${suggestion}` }));
  expect(points()).toEqual(["Phone enquiry", "Paying", "Delivery"]);
  return view;
}

describe("undoing a removal", () => {
  it("says what was removed, in the row's own words", async () => {
    const { user } = await threeRows();
    await user.click(screen.getByRole("button", { name: "Remove row 2" }));
    expect(screen.getByText("Removed row 2: Paying.")).toBeInTheDocument();
    expect(points()).toEqual(["Phone enquiry", "Delivery"]);
  });

  it("still works after leaving the step and coming back", async () => {
    const { user } = await threeRows();
    await user.click(screen.getByRole("button", { name: "Remove row 1" }));
    await user.click(screen.getByRole("link", { name: /good customer service list/i }));
    expect(screen.queryByText(/^Removed row/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: /contact points/i }));

    expect(screen.getByText("Removed row 1: Phone enquiry.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(points()).toEqual(["Phone enquiry", "Paying", "Delivery"]);
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });

  it("still works after the page is reloaded", async () => {
    const view = await threeRows();
    await view.user.click(screen.getByRole("button", { name: "Remove row 3" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Saved"));
    view.unmount();

    const { user } = await renderApp("contact-points", view.key);
    expect(points()).toEqual(["Phone enquiry", "Paying"]);
    expect(screen.getByText("Removed row 3: Delivery.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(points()).toEqual(["Phone enquiry", "Paying", "Delivery"]);
    await waitFor(() => expect(point(3)).toHaveFocus());
  });

  it("offers the latest removal to undo, and each earlier one to put back", async () => {
    const { user } = await threeRows();
    for (let i = 0; i < 3; i++)
      await user.click(screen.getByRole("button", { name: "Remove row 1" }));
    expect(points()).toEqual([]);
    expect(screen.getByText("Removed row 1: Delivery.")).toBeInTheDocument();
    await user.click(screen.getByText("Removed earlier (2)"));
    const putBack = screen.getAllByRole("button", { name: /^Put back/ }).map((b) => b.textContent);
    expect(putBack).toEqual(["Put back row 1: Paying", "Put back row 1: Phone enquiry"]);

    // An earlier one first: it goes back where it was.
    await user.click(screen.getByRole("button", { name: "Put back row 1: Phone enquiry" }));
    expect(points()).toEqual(["Phone enquiry"]);
    expect(screen.getByText("Removed earlier (1)")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(points()).toEqual(["Delivery", "Phone enquiry"]);
    expect(screen.getByText("Removed row 1: Paying.")).toBeInTheDocument();
    expect(screen.queryByText(/Removed earlier/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(points()).toEqual(["Paying", "Delivery", "Phone enquiry"]);
    expect(screen.queryByText(/^Removed row/)).not.toBeInTheDocument();
  });

  it("keeps each list's removals with that list", async () => {
    const { user } = await renderApp("good-service");
    await user.click(screen.getByRole("button", { name: "Add to my list: Be friendly." }));
    await user.click(screen.getByRole("button", { name: "Remove promise 1" }));
    expect(screen.getByText(/^Removed promise 1: Be friendly\./)).toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: /Organising/ }));
    await user.click(screen.getByRole("button", { name: "Add my own check" }));
    await user.type(screen.getByRole("textbox", { name: "My own check 1" }), "Sign by the door");
    await user.click(screen.getByRole("button", { name: "Remove check 1" }));
    expect(screen.getByText("Removed check 1: Sign by the door.")).toBeInTheDocument();
    expect(screen.queryByText(/Be friendly/)).not.toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Undo" })).toHaveLength(1);

    await user.click(screen.getByRole("link", { name: /good customer service list/i }));
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(screen.getByRole("textbox", { name: "Promise 1" })).toHaveValue("Be friendly.");
  });

  // reads "Removed promise 1: Be friendly.." (src/fields/row-list.tsx, UndoBar and shorten).
  it("ends the sentence with one full stop when the row's words end with one", async () => {
    const { user } = await renderApp("good-service");
    await user.click(screen.getByRole("button", { name: "Add to my list: Be friendly." }));
    await user.click(screen.getByRole("button", { name: "Remove promise 1" }));
    expect(screen.getByText(/^Removed promise 1/)).toHaveTextContent(
      /^Removed promise 1: Be friendly\.$/,
    );
  });
});
