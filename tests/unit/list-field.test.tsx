import { screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render-app";

const FRIENDLY = "Be friendly.";

describe("the good service list", () => {
  it("adds a suggestion in one click, then lets the user reword it", async () => {
    const { user } = await renderApp("good-service");
    await user.click(screen.getByRole("button", { name: `Add to my list: ${FRIENDLY}` }));
    const item = screen.getByRole("textbox", { name: "Promise 1" });
    expect(item).toHaveValue(FRIENDLY);
    // An added suggestion cannot be added twice.
    expect(
      screen.queryByRole("button", { name: `Add to my list: ${FRIENDLY}` }),
    ).not.toBeInTheDocument();
    await user.clear(item);
    await user.type(item, "Greet every customer by name.");
    expect(item).toHaveValue("Greet every customer by name.");
    // Once reworded, the suggestion is offered again.
    expect(screen.getByRole("button", { name: `Add to my list: ${FRIENDLY}` })).toBeEnabled();
  });

  it("adds the user's own promises, removes with Undo and reorders", async () => {
    const { user } = await renderApp("good-service");
    for (const text of ["First", "Second"]) {
      await user.click(screen.getByRole("button", { name: "Add a promise of my own" }));
      await user.type(screen.getAllByRole("textbox", { name: /^Promise \d/ }).at(-1)!, text);
    }
    await user.click(screen.getByRole("button", { name: "Move promise 2 up" }));
    expect(screen.getByRole("textbox", { name: "Promise 1" })).toHaveValue("Second");
    await user.click(screen.getByRole("button", { name: "Remove promise 1" }));
    expect(screen.getByRole("textbox", { name: "Promise 1" })).toHaveValue("First");
    const undo = screen.getByRole("button", { name: "Undo" });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.keyboard("{Enter}");
    const list = screen.getAllByRole("textbox", { name: /^Promise \d/ });
    expect(list.map((i) => (i as HTMLInputElement).value)).toEqual(["Second", "First"]);
  });

  it("shows which suggestions are already in the list", async () => {
    const { user } = await renderApp("good-service");
    await user.click(screen.getByRole("button", { name: `Add to my list: ${FRIENDLY}` }));
    expect(screen.getAllByText("Added")).toHaveLength(1);
    expect(
      screen.getByRole("button", {
        name: "Add to my list: Be honest: don't promise what you can't deliver.",
      }),
    ).toBeEnabled();
  });
});
