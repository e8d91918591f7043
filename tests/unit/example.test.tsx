import { screen } from "@testing-library/react";
import { workbook } from "../../src/content/workbook";
import { renderApp } from "./render-app";

describe("the worked example", () => {
  it("shows and hides beside the questions without becoming an answer", async () => {
    const { user, key, unmount } = await renderApp("about-you");
    const toggle = screen.getByRole("button", { name: "Show example" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(screen.queryByRole("region", { name: "Worked example" })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    const example = screen.getByRole("region", { name: "Worked example" });
    expect(example).toHaveTextContent(workbook.exampleBusiness.business);
    expect(example).toHaveTextContent("Amira Khan");
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
      expect(screen.getByRole("region", { name: "Worked example" })).not.toBeEmptyDOMElement();
    }
  });
});
