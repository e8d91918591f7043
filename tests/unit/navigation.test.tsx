import { screen, waitFor, within } from "@testing-library/react";
import { partsOf } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";

const review = workbook.steps.at(-1)!;
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

  it("leads through each part with Next, and from the end of each to Review and download", async () => {
    const { user } = await renderApp();
    const [part1, part2] = partsOf(workbook);
    const next = () => user.click(screen.getByRole("button", { name: /^Next/ }));
    const isAt = (step: { id: string; title: string }) => {
      expect(heading()).toHaveTextContent(step.title);
      expect(window.location.hash).toBe(`#/${step.id}`);
      expect(heading()).toHaveFocus();
    };
    for (const step of part1!.steps.slice(1)) {
      await next();
      isAt(step);
    }
    // The last step of Part 1 leads to the review, and offers Part 2 beside it.
    expect(screen.getByRole("button", { name: "Next: Review and download" })).toBeInTheDocument();
    await next();
    isAt(review);
    expect(screen.getByText(`Step ${workbook.steps.length} of ${workbook.steps.length}`));
    expect(screen.queryByRole("button", { name: /^Next/ })).not.toBeInTheDocument();
    // Back returns to where the user came from.
    await user.click(screen.getByRole("button", { name: "Back: Talk it through" }));
    isAt(part1!.steps.at(-1)!);
    await user.click(
      screen.getByRole("button", { name: "Go on to Part 2: Keep them coming back" }),
    );
    isAt(part2!.steps[0]!);
    expect(screen.getByText(/^For between your coaching sessions/)).toBeInTheDocument();
    for (const step of part2!.steps.slice(1)) {
      await next();
      isAt(step);
    }
    await next();
    isAt(review);
    // Back, step by step, reaches every step in order.
    for (const step of workbook.steps.slice(0, -1).reverse()) {
      await user.click(screen.getByRole("button", { name: /^Back/ }));
      expect(heading()).toHaveTextContent(step.title);
    }
    expect(screen.queryByRole("button", { name: /^Back/ })).not.toBeInTheDocument();
  });

  it("numbers the steps once, the review last, in the list and on each step", async () => {
    const { user } = await renderApp();
    const links = within(nav()).getAllByRole("link");
    for (const [i, step] of workbook.steps.entries()) {
      await user.click(links[i]!);
      expect(screen.getByText(`Step ${i + 1} of ${workbook.steps.length}`)).toBeInTheDocument();
      expect(heading()).toHaveTextContent(step.title);
    }
    expect(links.at(-1)).toHaveTextContent(`${workbook.steps.length}Review and download`);
    expect(within(nav()).getByRole("link", { name: /worth/ })).toHaveTextContent(
      "9What is a customer worth?",
    );
  });

  it("names each part's list of steps by the part's title, and puts no heading before the step's", async () => {
    await renderApp();
    for (const part of partsOf(workbook))
      expect(within(nav()).getByRole("list", { name: part.title })).toBeInTheDocument();
    const headings = screen.getAllByRole("heading");
    expect(headings[0]).toHaveTextContent("About you");
    expect(headings[0]?.tagName).toBe("H1");
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

  it("links back to every step from the review, each named by its number and title", async () => {
    await renderApp("review");
    const links = await screen.findAllByRole("link", { name: /^Step \d+: / });
    const withQuestions = workbook.steps.filter((s) => s.fields.length > 0);
    expect(links.map((l) => l.getAttribute("href"))).toEqual(withQuestions.map((s) => `#/${s.id}`));
    expect(links.map((l) => l.textContent)).toEqual(
      withQuestions.map((s) => `Step ${workbook.steps.indexOf(s) + 1}: ${s.title}`),
    );
  });
});
