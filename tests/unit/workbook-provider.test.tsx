import { render, screen } from "@testing-library/react";
import { App } from "../../src/app/app";
import { renderApp } from "./render-app";

describe("the open workbook", () => {
  it("must be given: the app drawn without one says something went wrong, and writes nothing", async () => {
    // React reports the error its boundary caught; that report is expected here.
    const reported = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<App />);
    expect(
      await screen.findByRole("heading", { name: "Something went wrong" }),
    ).toBeInTheDocument();
    expect(reported.mock.calls.flat().map(String).join(" ")).toMatch(
      "No workbook: render this inside a WorkbookProvider.",
    );
    expect(localStorage).toHaveLength(0);
  });

  it("is saved under its own key, and stops saving when the page goes", async () => {
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
    // Closing the page at once writes what is waiting.
    view.unmount();
    expect(localStorage.getItem(view.key)).toContain("Amira");
    const written = localStorage.getItem(view.key);
    window.dispatchEvent(new Event("pagehide"));
    expect(localStorage.getItem(view.key)).toBe(written);
    expect(Object.keys(localStorage)).toEqual([view.key]);
  });
});
