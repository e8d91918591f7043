import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/app";
import { CLASS_KEY, WorkbookProvider } from "../../src/features/class-workbook/workbook-switch";
import { PERSONAL_KEY } from "../../src/store/workbook-store";

async function renderApp() {
  window.location.hash = "#/about-you";
  const user = userEvent.setup();
  // eslint-disable-next-line testing-library/no-unnecessary-act -- lets the first save settle
  await act(async () => {
    render(
      <WorkbookProvider>
        <App />
      </WorkbookProvider>,
    );
    await Promise.resolve();
  });
  return { user };
}

const nameBox = () => screen.getByRole("textbox", { name: "Your name" });
const saved = (key: string) => localStorage.getItem(key);

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("class workbook", () => {
  it("is a separate workbook; the personal one is left exactly as saved", async () => {
    const { user } = await renderApp();
    expect(screen.getByRole("button", { name: "My workbook" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(screen.queryByRole("region", { name: "Class workbook" })).not.toBeInTheDocument();

    await user.type(nameBox(), "Priya");
    await waitFor(() => expect(saved(PERSONAL_KEY)).toContain("Priya"));
    const personal = saved(PERSONAL_KEY);

    await user.click(screen.getByRole("button", { name: "Class workbook" }));
    expect(screen.getByRole("button", { name: "Class workbook" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(await screen.findByRole("region", { name: "Class workbook" })).toBeInTheDocument();
    expect(window.location.search).toBe("?workbook=class");
    expect(window.location.hash).toBe("#/about-you");
    expect(nameBox()).toHaveValue("");

    await user.type(nameBox(), "Room 4 group");
    await user.click(screen.getByRole("button", { name: /^Next/ }));
    await waitFor(() => expect(saved(CLASS_KEY)).toContain("Room 4 group"));
    expect(saved(PERSONAL_KEY)).toBe(personal);

    await user.click(screen.getByRole("button", { name: "My workbook" }));
    await user.click(screen.getByRole("link", { name: /About you/ }));
    expect(nameBox()).toHaveValue("Priya");
    expect(window.location.search).toBe("");
  });

  it("clears the class answers after one check, and nothing else", async () => {
    localStorage.setItem(PERSONAL_KEY, "left alone");
    const { user } = await renderApp();
    await user.click(screen.getByRole("button", { name: "Class workbook" }));
    // The class workbook lives as long as the page, so it still holds the first test's answer.
    await user.clear(nameBox());
    await user.type(nameBox(), "Tuesday class");
    await waitFor(() => expect(saved(CLASS_KEY)).toContain("Tuesday class"));

    await user.click(screen.getByRole("button", { name: "Clear class workbook" }));
    expect(screen.getByRole("button", { name: "Keep the answers" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Keep the answers" }));
    expect(nameBox()).toHaveValue("Tuesday class");
    expect(screen.getByRole("button", { name: "Clear class workbook" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Clear class workbook" }));
    await user.click(screen.getByRole("button", { name: "Yes, clear it" }));
    expect(nameBox()).toHaveValue("");
    expect(screen.getByText("Class workbook cleared.")).toBeInTheDocument();
    await waitFor(() => expect(saved(CLASS_KEY)).not.toContain("Tuesday class"));
    expect(saved(PERSONAL_KEY)).toBe("left alone");
  });

  it("opens the class workbook named in the address", async () => {
    window.history.replaceState(null, "", "/?workbook=class");
    await renderApp();
    expect(await screen.findByRole("region", { name: "Class workbook" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Class workbook" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });
});
