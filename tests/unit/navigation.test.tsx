import { screen, waitFor, within } from "@testing-library/react";
import { workbook } from "../../src/content/workbook";
import { renderApp } from "./render-app";

const heading = () => screen.getByRole("heading", { level: 1 });
const nav = () => screen.getByRole("navigation", { name: "Workbook steps" });

describe("moving through the workbook", () => {
  it("lists every step by its title and marks the current one", async () => {
    await renderApp();
    const links = within(nav()).getAllByRole("link");
    expect(links).toHaveLength(workbook.steps.length);
    workbook.steps.forEach((step, i) => expect(links[i]).toHaveTextContent(step.title));
    expect(within(nav()).getByRole("link", { current: "step" })).toHaveTextContent("About you");
    expect(heading()).toHaveTextContent(workbook.steps[0]!.title);
  });

  it("reaches every step with Next and comes back with Back", async () => {
    const { user } = await renderApp();
    for (const step of workbook.steps.slice(1)) {
      await user.click(screen.getByRole("button", { name: /^Next/ }));
      expect(heading()).toHaveTextContent(step.title);
      expect(window.location.hash).toBe(`#/${step.id}`);
      expect(heading()).toHaveFocus();
    }
    expect(screen.queryByRole("button", { name: /^Next/ })).not.toBeInTheDocument();
    for (const step of workbook.steps.slice(0, -1).reverse()) {
      await user.click(screen.getByRole("button", { name: /^Back/ }));
      expect(heading()).toHaveTextContent(step.title);
    }
    expect(screen.queryByRole("button", { name: /^Back/ })).not.toBeInTheDocument();
  });

  it("opens the step named in the address", async () => {
    await renderApp("complaints");
    expect(heading()).toHaveTextContent("complaint");
    expect(within(nav()).getByRole("link", { current: "step" })).toHaveAttribute(
      "href",
      "#/complaints",
    );
  });

  it("jumps to any step from the step list", async () => {
    const { user } = await renderApp();
    await user.click(within(nav()).getByRole("link", { name: /Talk it through/ }));
    expect(heading()).toHaveTextContent("Talk it through");
    expect(window.location.hash).toBe("#/talk-it-through");
  });

  it("corrects an unknown address to the first step", async () => {
    await renderApp("no-such-step");
    expect(heading()).toHaveTextContent(workbook.steps[0]!.title);
    expect(window.location.hash).toBe("#/about-you");
  });

  it("returns to the step the user was on when the address names none", async () => {
    const view = await renderApp("organising");
    const group = screen.getByRole("group", { name: /pay me in the way/ });
    await view.user.click(within(group).getByRole("radio", { name: "Yes" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Saved"));
    view.unmount();
    window.location.hash = "";
    await renderApp(undefined, view.key);
    expect(heading()).toHaveTextContent(/Organising/);
  });

  it("starts a new visitor at the first step, wherever they last looked, until they answer", async () => {
    const view = await renderApp("organising");
    view.unmount();
    window.location.hash = "";
    await renderApp(undefined, view.key);
    expect(heading()).toHaveTextContent(workbook.steps[0]!.title);
    expect(localStorage.getItem(view.key)).toBeNull();
  });

  it("links back to every step from the review", async () => {
    await renderApp("review");
    const links = await screen.findAllByRole("link", { name: /^Go to step/ });
    expect(links.map((l) => l.getAttribute("href"))).toEqual(
      workbook.steps.filter((s) => s.fields.length > 0).map((s) => `#/${s.id}`),
    );
  });
});
