import { screen } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { presentMove } from "../../src/features/presentation/present-keys";
import { renderApp } from "./render-app";

async function present(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Present" }));
  await screen.findByRole("button", { name: "Leave presentation" });
}

const title = () => screen.getByRole("heading", { level: 1 });

beforeEach(() => {
  // jsdom draws nothing, so has no scrolling; each new step scrolls to the top.
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
});

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("presentation mode", () => {
  it("shows one step with no navigation around it", async () => {
    const { user } = await renderApp("about-you");
    await present(user);
    expect(title()).toHaveTextContent("About you");
    expect(screen.getByText("Step 1 of 15")).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Workbook steps" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Present" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show example" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("shows the questions first, the tips after them folded", async () => {
    const { user } = await renderApp("contact-points");
    await present(user);
    const add = screen.getByRole("button", { name: "Add contact point" });
    const tips = screen.getByText("Tips");
    const tip = screen.getByText(/Follow a customer from the moment/);
    expect(add.compareDocumentPosition(tips) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(tip).not.toBeVisible();
    await user.click(tips);
    expect(tip).toBeVisible();
  });

  it("moves with the arrow, Page and Space keys", async () => {
    const { user } = await renderApp("about-you");
    await present(user);
    await user.keyboard("{ArrowRight}");
    expect(title()).toHaveTextContent("Why customer service matters");
    await user.keyboard("{PageDown}");
    expect(title()).toHaveTextContent("Your customer contact points");
    await user.keyboard(" ");
    expect(title()).toHaveTextContent("Your good customer service list");
    await user.keyboard("{ArrowLeft}");
    expect(title()).toHaveTextContent("Your customer contact points");
    await user.keyboard("{PageUp}");
    expect(title()).toHaveTextContent("Why customer service matters");
  });

  it("leaves the keys to a text box, so the class's answer can be typed", async () => {
    const { user } = await renderApp("why-it-matters");
    await present(user);
    const box = screen.getByRole("textbox", { name: /stopped using a business/ });
    await user.type(box, "Rude staff{ArrowLeft}{ArrowRight} and no apology");
    expect(box).toHaveValue("Rude staff and no apology");
    await user.keyboard("{PageDown}");
    expect(title()).toHaveTextContent("Why customer service matters");
  });

  it("stays put at the first and last steps", async () => {
    const { user } = await renderApp("about-you");
    await present(user);
    await user.keyboard("{ArrowLeft}");
    expect(title()).toHaveTextContent("About you");
  });

  it("leaves on Escape and gives focus back to the Present button", async () => {
    const { user } = await renderApp("contact-points");
    await present(user);
    await user.keyboard("{ArrowRight}");
    await user.keyboard("{Escape}");
    expect(screen.getByRole("navigation", { name: "Workbook steps" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Present" })).toHaveFocus();
    expect(title()).toHaveTextContent("Your good customer service list");
  });

  it("leaves from the button in the corner too", async () => {
    const { user } = await renderApp("about-you");
    await present(user);
    await user.click(screen.getByRole("button", { name: "Leave presentation" }));
    expect(screen.getByRole("button", { name: "Present" })).toHaveFocus();
  });
});

describe("presentMove", () => {
  const press = (key: string, target: Element, init: KeyboardEventInit = {}, rtl = false) => {
    const event = new KeyboardEvent("keydown", { key, bubbles: true, ...init });
    Object.defineProperty(event, "target", { value: target });
    return presentMove(event, rtl);
  };
  const make = (tag: string, type?: string) => {
    const el = document.createElement(tag);
    if (type) el.setAttribute("type", type);
    document.body.append(el);
    return el;
  };

  it("reads the keys on the page itself", () => {
    const page = document.body;
    expect(press("ArrowRight", page)).toBe("next");
    expect(press("PageDown", page)).toBe("next");
    expect(press(" ", page)).toBe("next");
    expect(press(" ", page, { shiftKey: true })).toBe("back");
    expect(press("ArrowLeft", page)).toBe("back");
    expect(press("PageUp", page)).toBe("back");
    expect(press("Escape", page)).toBe("leave");
    expect(press("a", page)).toBeNull();
  });

  it("swaps the arrows on a right-to-left page, where the next step is to the left", () => {
    const page = document.body;
    expect(press("ArrowLeft", page, {}, true)).toBe("next");
    expect(press("ArrowRight", page, {}, true)).toBe("back");
    expect(press("PageDown", page, {}, true)).toBe("next");
    expect(press("PageUp", page, {}, true)).toBe("back");
  });

  it("ignores keys pressed with Ctrl, Alt or Cmd", () => {
    expect(press("ArrowRight", document.body, { altKey: true })).toBeNull();
    expect(press("ArrowLeft", document.body, { ctrlKey: true })).toBeNull();
    expect(press("ArrowLeft", document.body, { metaKey: true })).toBeNull();
  });

  it("leaves every key but Escape to text boxes and radio buttons", () => {
    for (const [tag, type] of [["textarea"], ["input", "text"], ["input", "radio"]] as const) {
      const el = make(tag, type);
      for (const key of ["ArrowRight", "ArrowLeft", "PageDown", "PageUp", " "])
        expect(press(key, el)).toBeNull();
      expect(press("Escape", el)).toBe("leave");
    }
  });

  it("lets a button take Space, but moves on arrows", () => {
    const button = make("button", "button");
    expect(press(" ", button)).toBeNull();
    expect(press("ArrowRight", button)).toBe("next");
  });

  it("leaves Escape to an open dialog", () => {
    const dialog = make("dialog");
    dialog.setAttribute("open", "");
    const cancel = document.createElement("button");
    dialog.append(cancel);
    expect(press("Escape", cancel)).toBeNull();
  });
});
