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

describe("what counts as an answer in the step list", () => {
  it("is not an answer of only zero-width spaces", async () => {
    const { user } = await renderApp("about-you");
    const nav = screen.getByRole("navigation", { name: "Workbook steps" });
    const aboutYou = within(nav).getByRole("link", { name: /About you/ });
    const name = screen.getByRole("textbox", { name: "Your name" });
    await user.type(name, "\u200B\u200B\u200B");
    await user.type(screen.getByRole("textbox", { name: "Business name" }), "\u200D\uFEFF \u2060");
    expect(name).toHaveValue("\u200B\u200B\u200B");
    expect(aboutYou).toHaveAccessibleDescription("Answered: 0 of 4");
    expect(within(nav).getByRole("progressbar")).toHaveValue(0);

    await user.type(name, "A");
    expect(
      await within(nav).findByRole("link", { description: "Answered: 1 of 4" }),
    ).toHaveTextContent("About you");
  });

  it("is not a table row of only invisible characters", async () => {
    const { user } = await renderApp("contact-points");
    await user.click(screen.getByRole("button", { name: "Add contact point" }));
    await user.type(
      screen.getByRole("textbox", { name: "Customer contact point, row 1" }),
      "\u200B\u200B",
    );
    const nav = screen.getByRole("navigation", { name: "Workbook steps" });
    expect(within(nav).getByRole("link", { name: /contact points/i })).toHaveAccessibleDescription(
      "Answered: 0 of 1",
    );
  });
});
