import { render, screen, within } from "@testing-library/react";
import { findField } from "../../src/content/kinds";
import { exampleViews } from "../../src/fields/example-view";
import { workbook } from "../../src/content/workbook";
import { renderApp } from "./render-app";
import { englishWords } from "../fixtures/english";

describe("the worked example", () => {
  it("shows and hides above the questions without becoming an answer", async () => {
    const { user, key, unmount } = await renderApp("about-you");
    const toggle = screen.getByRole("button", { name: "Show example" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(screen.queryByRole("region", { name: "Worked example" })).not.toBeInTheDocument();
    await user.click(toggle);
    // A toggle: its name stays, its state changes.
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(toggle).toHaveAccessibleName("Show example");
    const example = screen.getByRole("region", { name: "Worked example" });
    expect(example).toHaveTextContent(workbook.exampleBusiness);
    // The example's answers load when first shown.
    expect(await within(example).findByText("Amira Khan")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("");
    await user.click(toggle);
    expect(screen.queryByRole("region", { name: "Worked example" })).not.toBeInTheDocument();
    unmount();
    await renderApp("about-you", key);
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("");
  });

  it("has an example on every step with questions", async () => {
    const { user } = await renderApp("about-you");
    for (const step of workbook.steps.filter((s) => s.fields.length > 0)) {
      window.location.hash = `#/${step.id}`;
      await screen.findByRole("heading", { level: 1, name: step.title });
      await user.click(screen.getByRole("button", { name: "Show example" }));
      const region = screen.getByRole("region", { name: "Worked example" });
      // One example answer per question on the step.
      expect(await within(region).findAllByRole("term")).toHaveLength(step.fields.length);
    }
  });
});

describe("answers shown read-only (the coach's review)", () => {
  it("say why a scorecard month has no score", () => {
    const field = findField(workbook, "scorecard")!.field;
    const row = { id: "x", month: "May", asked: "10", top: "8", bottom: "5" };
    render(
      <>
        {exampleViews(englishWords).scorecard(field as never, [row] as never, {
          answers: {},
          fields: [],
        })}
      </>,
    );
    // A table: each month a row, its score in the last column, under that column's heading.
    const [head, month] = screen.getAllByRole("row");
    expect(within(head!).getAllByRole("columnheader").at(-1)).toHaveTextContent("Recommend score");
    expect(within(month!).getAllByRole("cell").at(-1)).toHaveTextContent(
      "None. More 9–10 and 0–6 answers than customers asked.",
    );
    expect(within(month!).getAllByRole("cell")[0]).toHaveTextContent("May");
  });
});
