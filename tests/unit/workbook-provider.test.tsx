import { render, screen } from "@testing-library/react";
import { App } from "../../src/app/app";
import { renderApp } from "./render-app";

describe("the open workbook", () => {
  it("must be given: the app drawn without one fails at once and writes nothing", () => {
    // React reports the error it rethrows; that report is expected here.
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<App />)).toThrow("No workbook: render this inside a WorkbookProvider.");
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
