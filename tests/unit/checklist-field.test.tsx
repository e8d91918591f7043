import { screen, within } from "@testing-library/react";
import { renderApp } from "./render-app";

const QUESTION = "Customers can pay me in the way they prefer.";

describe("the organising checklist", () => {
  it("records a status and a note for each check", async () => {
    const { user } = await renderApp("organising");
    const group = screen.getByRole("group", { name: QUESTION });
    for (const name of ["Yes", "Not yet", "Not relevant"])
      expect(within(group).getByRole("radio", { name })).not.toBeChecked();
    await user.click(within(group).getByRole("radio", { name: "Not yet" }));
    expect(within(group).getByRole("radio", { name: "Not yet" })).toBeChecked();
    const note = screen.getByRole("textbox", { name: `What I'll change: ${QUESTION}` });
    await user.type(note, "Take card payments at the stall.");
    expect(note).toHaveValue("Take card payments at the stall.");
  });

  it("chooses a status by keyboard", async () => {
    const { user } = await renderApp("organising");
    const group = screen.getByRole("group", { name: QUESTION });
    within(group).getByRole("radio", { name: "Yes" }).focus();
    await user.keyboard(" ");
    await user.keyboard("{ArrowRight}");
    expect(within(group).getByRole("radio", { name: "Not yet" })).toBeChecked();
  });

  it("adds, names, removes and restores the user's own checks", async () => {
    const { user } = await renderApp("organising");
    await user.click(screen.getByRole("button", { name: "Add my own check" }));
    const own = screen.getByRole("textbox", { name: "My own check 1" });
    await user.type(own, "Opening hours on the door");
    const group = screen.getByRole("group", { name: "Opening hours on the door" });
    await user.click(within(group).getByRole("radio", { name: "Yes" }));
    await user.click(screen.getByRole("button", { name: "Remove check 1" }));
    expect(screen.queryByRole("textbox", { name: "My own check 1" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(screen.getByRole("textbox", { name: "My own check 1" })).toHaveValue(
      "Opening hours on the door",
    );
    expect(
      within(screen.getByRole("group", { name: "Opening hours on the door" })).getByRole("radio", {
        name: "Yes",
      }),
    ).toBeChecked();
  });
});
