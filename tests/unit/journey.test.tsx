import { screen, within } from "@testing-library/react";
import { partsOf } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { renderApp } from "./render-app";

const main = () => screen.getByRole("main");

describe("the first word", () => {
  it("welcomes a first visit on step 1: what it is, its two parts, saving, and where the PDF is", async () => {
    await renderApp("about-you");
    const welcome = screen.getByRole("region", { name: "Welcome" });
    const [part1, part2] = partsOf(workbook);
    expect(welcome).toHaveTextContent(/keep your customers through good service/);
    expect(welcome).toHaveTextContent(`${part1!.title} — 8 steps, about 45 minutes.`);
    expect(welcome).toHaveTextContent(
      `${part2!.title} — 6 steps, for between your coaching sessions.`,
    );
    expect(welcome).toHaveTextContent(/saved on this device as you type/);
    expect(welcome).toHaveTextContent(/PDF for your coach is made in the last step, Review and/);
    // Not a dialog: the questions are there and usable with it.
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Your name" })).toBeEnabled();
    // It comes first in the questions, and has no heading of its own before the step's.
    expect(within(main()).getAllByRole("heading")[0]).toHaveTextContent("About you");
  });

  it("is shown with the first step only, and never in the class workbook", async () => {
    const { user } = await renderApp("about-you");
    await user.click(screen.getByRole("button", { name: /^Next/ }));
    expect(screen.queryByRole("region", { name: "Welcome" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Class workbook" }));
    await user.click(screen.getByRole("link", { name: "About you" }));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("About you");
    expect(screen.queryByRole("region", { name: "Welcome" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "My workbook" }));
  });

  it("introduces Part 2 where it starts, and nowhere else", async () => {
    const { user } = await renderApp("talk-it-through");
    expect(screen.queryByText(/^Part 2: Keep them coming back\./)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Go on to Part 2/ }));
    expect(main()).toHaveTextContent(
      /^Part 2: Keep them coming back\. For between your coaching sessions: tools to come back/,
    );
    await user.click(screen.getByRole("button", { name: /^Next/ }));
    expect(screen.queryByText(/^Part 2: Keep them coming back\./)).not.toBeInTheDocument();
  });
});

describe("the review step", () => {
  it("puts Download PDF first, sums progress up in a line, and folds the rest", async () => {
    const { user } = await renderApp("about-you");
    await user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
    await user.click(screen.getByRole("link", { name: /Review and download/ }));
    const pdf = await screen.findByRole("button", { name: "Download PDF" });
    const buttons = within(main()).getAllByRole("button");
    expect(buttons[0]).toBe(pdf);
    expect(main()).toHaveTextContent(
      "You have answered 1 of 46 questions. 0 of 14 steps are done.",
    );
    // Each step is folded under the summary, named by its number and title.
    const first = within(main()).getByRole("link", { name: "Step 1: About you" });
    expect(first).toHaveAttribute("href", "#/about-you");
    expect(first).not.toBeVisible();
    expect(screen.getByRole("list", { name: "Still to do in step 1" })).toHaveTextContent(
      "Business name",
    );
    // Worked-out values are not questions left to do.
    expect(screen.getByRole("list", { name: "Still to do in step 9" })).not.toHaveTextContent(
      "Lifetime value",
    );
    await user.click(screen.getByText("Each step, and what is still to do"));
    expect(first).toBeVisible();
    // The other panels are folded under headings that open them.
    for (const name of [
      "Keep your answers safe",
      "Using a shared computer?",
      "Send your answers in a link",
      "Your coach",
    ]) {
      const fold = screen.getByRole("button", { name });
      expect(fold).toHaveAttribute("aria-expanded", "false");
      expect(screen.getByRole("heading", { level: 3, name })).toContainElement(fold);
    }
    expect(screen.queryByRole("button", { name: "Download backup" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Keep your answers safe" }));
    expect(screen.getByRole("button", { name: "Download backup" })).toBeVisible();
  });
});
