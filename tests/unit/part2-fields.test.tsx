import { screen, within } from "@testing-library/react";
import { renderApp } from "./render-app";

const box = (name: string) => screen.getByRole("textbox", { name });

describe("What is a customer worth?", () => {
  it("works out the lifetime value as the numbers are typed, with the sum", async () => {
    const { user } = await renderApp("customer-worth");
    await user.type(
      await screen.findByRole("textbox", { name: /^Average spend/ }, { timeout: 5000 }),
      "£150",
    );
    await user.type(box("Times a customer buys in a year"), "52");
    const lifetime = () =>
      screen
        .getAllByRole("status")
        .find((s) => s.textContent?.startsWith("Lifetime value of one customer:"));
    expect(lifetime()).toHaveTextContent(
      "Lifetime value of one customer: fill in years a customer stays with you to work it out.",
    );
    await user.type(box("Years a customer stays with you"), "10");
    expect(lifetime()).toHaveTextContent("Lifetime value of one customer: £78,000");
    expect(screen.getByText("£150 × 52 × 10 = £78,000")).toBeInTheDocument();
    expect(screen.getByText("£150 × 52 = £7,800")).toBeInTheDocument();
  });

  it("keeps what was typed when it is not a number, and says why once the box is left", async () => {
    const { user } = await renderApp("customer-worth");
    const spend = await screen.findByRole("textbox", { name: /^Average spend/ }, { timeout: 5000 });
    await user.type(spend, "12.5O");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "“12.5O” is not a number. Write it like 1200, £1,200 or 12.50.",
    );
    expect(spend).toHaveValue("12.5O");
    expect(spend).toHaveAttribute("aria-invalid", "true");
    expect(spend).toHaveAccessibleDescription(/is not a number/);
    await user.clear(spend);
    await user.type(spend, "12.50");
    await user.tab();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("the monthly scorecard", () => {
  it("works out each month's score and draws the chart with its values as text", async () => {
    const { user } = await renderApp("measure");
    const rows = [
      ["January", "20", "11", "3"],
      ["February", "25", "15", "3"],
      ["March", "20", "4", "9"],
    ];
    const headings = ["Month", "Customers asked", "Answered 9 or 10", "Answered 0 to 6"];
    for (const [r, row] of rows.entries()) {
      await user.click(
        await screen.findByRole("button", { name: "Add a month" }, { timeout: 5000 }),
      );
      for (const [c, text] of row.entries())
        await user.type(box(`${headings[c]}, row ${r + 1}`), text);
    }
    const scores = screen
      .getAllByRole("status")
      .filter((s) => s.textContent?.startsWith("Recommend score, row"));
    expect(scores.map((s) => s.textContent)).toEqual([
      "Recommend score, row 1: +40",
      "Recommend score, row 2: +48",
      "Recommend score, row 3: −25",
    ]);
    const chart = screen.getByRole("img", { name: /^Recommend score by month/ });
    expect(chart).toHaveAccessibleName(
      "Recommend score by month: January +40, February +48, March −25.",
    );
    expect(within(chart).getAllByText(/^[+−]\d+$/).length).toBeGreaterThanOrEqual(3);
  });

  it("marks a number it cannot read, keeps it, and leaves the month out of the chart", async () => {
    const { user } = await renderApp("measure");
    await user.click(await screen.findByRole("button", { name: "Add a month" }, { timeout: 5000 }));
    await user.type(box("Month, row 1"), "April");
    await user.type(box("Customers asked, row 1"), "2O");
    await user.type(box("Answered 9 or 10, row 1"), "1");
    await user.type(box("Answered 0 to 6, row 1"), "1");
    expect(box("Customers asked, row 1")).toHaveValue("2O");
    expect(box("Customers asked, row 1")).toHaveAttribute("aria-invalid", "true");
    expect(box("Customers asked, row 1")).toHaveAccessibleDescription(
      "“2O” is not a number. Write it like 1200, £1,200 or 12.50.",
    );
    expect(
      screen.queryByRole("img", { name: /^Recommend score by month/ }),
    ).not.toBeInTheDocument();
  });
});
