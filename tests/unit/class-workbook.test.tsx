import { screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render-app";

const nameBox = () => screen.getByRole("textbox", { name: "Your name" });
const saved = (key: string) => localStorage.getItem(key);
/** The class workbook's key beside a personal one, as renderApp names them. */
const classKey = (key: string) => `${key}:class`;

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("class workbook", () => {
  it("is a separate workbook; the personal one is left exactly as saved", async () => {
    const { user, key } = await renderApp("about-you");
    expect(screen.getByRole("button", { name: "My workbook" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(screen.queryByRole("region", { name: "Class workbook" })).not.toBeInTheDocument();

    await user.type(nameBox(), "Priya");
    await waitFor(() => expect(saved(key)).toContain("Priya"));
    const personal = saved(key);

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
    await waitFor(() => expect(saved(classKey(key))).toContain("Room 4 group"));
    expect(saved(key)).toBe(personal);

    await user.click(screen.getByRole("button", { name: "My workbook" }));
    await user.click(screen.getByRole("link", { name: /About you/ }));
    expect(nameBox()).toHaveValue("Priya");
    expect(window.location.search).toBe("");

    // And back again: the class answers were saved, and come back.
    await user.click(screen.getByRole("button", { name: "Class workbook" }));
    await user.click(screen.getByRole("link", { name: /About you/ }));
    expect(nameBox()).toHaveValue("Room 4 group");
  });

  it("clears the class answers after one check, and nothing else", async () => {
    const key = "class-clear-test";
    localStorage.setItem(key, "left alone");
    window.history.replaceState(null, "", "/?workbook=class");
    const { user } = await renderApp("about-you", key);
    await user.type(nameBox(), "Tuesday class");
    await waitFor(() => expect(saved(classKey(key))).toContain("Tuesday class"));

    await user.click(screen.getByRole("button", { name: "Clear class workbook" }));
    expect(screen.getByRole("button", { name: "Keep the answers" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Keep the answers" }));
    expect(nameBox()).toHaveValue("Tuesday class");
    expect(screen.getByRole("button", { name: "Clear class workbook" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Clear class workbook" }));
    await user.click(screen.getByRole("button", { name: "Yes, clear it" }));
    expect(nameBox()).toHaveValue("");
    expect(screen.getByText("Class workbook cleared.")).toBeInTheDocument();
    await waitFor(() => expect(saved(classKey(key))).not.toContain("Tuesday class"));
    expect(saved(key)).toBe("left alone");
  });

  it("opens the class workbook named in the address", async () => {
    window.history.replaceState(null, "", "/?workbook=class");
    await renderApp("about-you");
    expect(await screen.findByRole("region", { name: "Class workbook" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Class workbook" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });
});
