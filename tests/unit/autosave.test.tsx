import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render-app";

describe("saving as the user types", () => {
  it("says Saved within a second and restores every kind of answer in a new session", async () => {
    const view = await renderApp("about-you");
    const { user } = view;
    await user.type(screen.getByRole("textbox", { name: "Your name" }), "Zofia Wróblewska");
    const status = screen.getByRole("status");
    await waitFor(() => expect(status).toHaveTextContent("Saved"), { timeout: 1000 });

    await user.click(screen.getByRole("link", { name: /contact points/i }));
    await user.click(screen.getByRole("button", { name: "Add Paying" }));
    // The new row takes the focus on the next frame; the typing goes there.
    const service = screen.getByRole("textbox", {
      name: /good customer service looks like there, row 1/,
    });
    await waitFor(() => expect(service).toHaveFocus());
    await user.keyboard("Card or cash, receipt by email");
    expect(service).toHaveValue("Card or cash, receipt by email");

    await user.click(screen.getByRole("link", { name: /Organising/ }));
    const group = screen.getByRole("group", { name: /pay me in the way/ });
    await user.click(within(group).getByRole("radio", { name: "Yes" }));
    await user.click(screen.getByRole("button", { name: "Add my own check" }));
    await user.type(screen.getByRole("textbox", { name: "My own check 1" }), "Sign by the door");

    await user.click(screen.getByRole("link", { name: /good customer service list/i }));
    await user.click(screen.getByRole("button", { name: "Add to my list: Be friendly." }));
    await waitFor(() => expect(status).toHaveTextContent("Saved"), { timeout: 1000 });
    view.unmount();

    // A new session on the same saved data: the app opens where the user left off.
    window.location.hash = "";
    await renderApp(undefined, view.key);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/good customer service/i);
    expect(screen.getByRole("textbox", { name: "Promise 1" })).toHaveValue("Be friendly.");
    await user.click(screen.getByRole("link", { name: /About you/ }));
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Zofia Wróblewska");
    await user.click(screen.getByRole("link", { name: /contact points/i }));
    expect(
      screen.getByRole("textbox", { name: /good customer service looks like there, row 1/ }),
    ).toHaveValue("Card or cash, receipt by email");
    await user.click(screen.getByRole("link", { name: /Organising/ }));
    expect(
      within(screen.getByRole("group", { name: /pay me in the way/ })).getByRole("radio", {
        name: "Yes",
      }),
    ).toBeChecked();
    expect(screen.getByRole("textbox", { name: "My own check 1" })).toHaveValue("Sign by the door");
  });

  it("keeps a long answer typed just before leaving the step", async () => {
    const view = await renderApp("winning-customers");
    const box = screen.getAllByRole("textbox")[0]!;
    await view.user.type(box, "Ask every happy customer");
    // Leave at once, before the pause that triggers a save.
    await view.user.click(screen.getByRole("button", { name: /^Next/ }));
    view.unmount();
    await renderApp("winning-customers", view.key);
    expect(screen.getAllByRole("textbox")[0]).toHaveValue("Ask every happy customer");
  });
});
