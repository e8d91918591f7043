import { screen, waitFor } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { renderApp } from "./render-app";

const SERVICE = "What good customer service looks like there";

/** Adds a row per text, writing it in the first column, as a user would. */
async function addRows(user: UserEvent, texts: string[]) {
  for (const text of texts) {
    await user.click(screen.getByRole("button", { name: "Add contact point" }));
    await user.type(
      screen.getAllByRole("textbox", { name: /^Customer contact point/ }).at(-1)!,
      text,
    );
  }
}

const cell = (n: number, column = "Customer contact point") =>
  screen.getByRole("textbox", { name: `${column}, row ${n}` });

describe("the contact points table", () => {
  it("adds rows, one click for a suggested contact point", async () => {
    const { user } = await renderApp("contact-points");
    expect(screen.getByText("No rows yet.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add contact point" }));
    await user.type(cell(1), "Market stall");
    await user.click(screen.getByRole("button", { name: "Add Phone enquiry" }));
    expect(cell(2)).toHaveValue("Phone enquiry");
    // Focus goes to the second column of the new row, ready to write.
    const service = screen.getByRole("textbox", { name: `${SERVICE}, row 2` });
    await waitFor(() => expect(service).toHaveFocus());
    await user.keyboard("Call back the same day");
    expect(service).toHaveValue("Call back the same day");
  });

  it("says Added for a suggested contact point already in the table, so it is not added twice", async () => {
    const { user } = await renderApp("contact-points");
    await user.click(screen.getByRole("button", { name: "Add Phone enquiry" }));
    expect(screen.queryByRole("button", { name: "Add Phone enquiry" })).not.toBeInTheDocument();
    expect(screen.getByText("Phone enquiry:", { exact: false })).toHaveTextContent(
      "Phone enquiry: Added",
    );
    // Worded differently, it is the user's own row, and the suggestion is offered again.
    await user.type(cell(1), " from a new customer");
    expect(screen.getByRole("button", { name: "Add Phone enquiry" })).toBeInTheDocument();
  });

  it("removes a row and brings it back with Undo", async () => {
    const { user } = await renderApp("contact-points");
    await addRows(user, ["One", "Two", "Three"]);
    await user.click(screen.getByRole("button", { name: "Remove row 2" }));
    expect(cell(2)).toHaveValue("Three");
    expect(
      screen.queryByRole("textbox", { name: "Customer contact point, row 3" }),
    ).not.toBeInTheDocument();
    const undo = screen.getByRole("button", { name: "Undo" });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    expect([cell(1), cell(2), cell(3)].map((c) => (c as HTMLTextAreaElement).value)).toEqual([
      "One",
      "Two",
      "Three",
    ]);
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });

  it("moves rows up and down by keyboard", async () => {
    const { user } = await renderApp("contact-points");
    await addRows(user, ["One", "Two", "Three"]);
    expect(screen.getByRole("button", { name: "Move row 1 up" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Move row 3 down" })).toBeDisabled();
    screen.getByRole("button", { name: "Move row 1 down" }).focus();
    await user.keyboard("{Enter}");
    // Focus follows the row, so pressing again keeps moving it.
    expect(await screen.findByRole("button", { name: "Move row 2 down" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect([cell(1), cell(2), cell(3)].map((c) => (c as HTMLTextAreaElement).value)).toEqual([
      "Two",
      "Three",
      "One",
    ]);
    await user.click(screen.getByRole("button", { name: "Move row 3 up" }));
    expect(cell(2)).toHaveValue("One");
  });
});
