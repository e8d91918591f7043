import { screen, within } from "@testing-library/react";
import { renderApp } from "./render-app";

describe("progress", () => {
  it("shows per-step and overall progress as questions are answered", async () => {
    const { user } = await renderApp("about-you");
    const nav = screen.getByRole("navigation", { name: "Workbook steps" });
    const overall = within(nav).getByRole("progressbar");
    const total = Number(overall.getAttribute("max"));
    expect(overall).toHaveValue(0);
    expect(within(nav).getByRole("link", { name: /About you/ })).toHaveAccessibleDescription(
      "Answered: 0 of 4",
    );

    await user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
    await user.type(screen.getByRole("textbox", { name: "Business name" }), "Bloom & Crumb");

    expect(
      await within(nav).findByRole("link", { description: "Answered: 2 of 4" }),
    ).toHaveTextContent("About you");
    expect(overall).toHaveValue(2);
    expect(overall).toHaveAccessibleName(`2 of ${total} questions answered`);
  });

  it("calls a step done when every question is answered", async () => {
    const { user } = await renderApp("about-you");
    for (const name of ["Your name", "Business name", "What your business does", "Your coach"])
      await user.type(screen.getByRole("textbox", { name: new RegExp(`^${name}`) }), "x");
    const nav = screen.getByRole("navigation", { name: "Workbook steps" });
    expect(
      await within(nav).findByRole("link", { description: "Answered: Done" }),
    ).toHaveTextContent("About you");
  });
});
