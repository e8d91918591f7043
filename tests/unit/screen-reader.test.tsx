import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { TableField, TableRow } from "../../src/content/types";
import { exampleViews } from "../../src/fields/example-view";
import { SETTLE_MS } from "../../src/fields/settled-announcement";
import { TableInput } from "../../src/fields/table-input";
import { workbook } from "../../src/content/workbook";
import { findField } from "../../src/content/kinds";
import { Modal } from "../../src/ui/modal";
import { renderApp } from "./render-app";

const box = (name: string) => screen.getByRole("textbox", { name });

describe("the save status, to a screen reader", () => {
  it("stays quiet while the user types, and speaks when saving fails", async () => {
    const { user, key } = await renderApp("about-you");
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Saved on this device");
    const spoken: string[] = [];
    const watch = new MutationObserver(() => spoken.push(status.textContent ?? ""));
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    await user.type(box("Your name"), "Amira Khan, who runs a bakery");
    // Saving happens while typing (the dot and the words beside it show it)…
    await waitFor(() => expect(localStorage.getItem(key)).toContain("Amira Khan"));
    await user.type(box("Business name"), "Bloom & Crumb");
    await waitFor(() => expect(localStorage.getItem(key)).toContain("Bloom & Crumb"));
    await waitFor(() => expect(screen.queryByText("Saving…")).not.toBeInTheDocument());
    // …but nothing changed in what a screen reader is told.
    expect(spoken).toEqual([]);
    const full = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await user.type(box("Business name"), "!");
    await waitFor(() => expect(status).toHaveTextContent("Not saved"));
    full.mockRestore();
    watch.disconnect();
  });
});

describe("answer tables, to a screen reader", () => {
  it("have a cell under every column heading, the row's number under Row", async () => {
    const { user } = await renderApp("contact-points");
    await user.click(screen.getByRole("button", { name: "Add contact point" }));
    const table = screen.getByRole("table");
    const headings = within(table).getAllByRole("columnheader");
    const [, row] = within(table).getAllByRole("row");
    const cells = within(row!).getAllByRole("cell");
    expect(cells).toHaveLength(headings.length);
    expect(headings[0]).toHaveTextContent("Row");
    expect(cells[0]).toHaveTextContent("Row 1");
    expect(headings[1]).toHaveTextContent("Customer contact point");
    expect(within(cells[1]!).getByRole("textbox")).toHaveAccessibleName(
      "Customer contact point, row 1",
    );
  });

  it("tie numbers that cannot go together to the cells they are about", async () => {
    const { user } = await renderApp("measure");
    await user.click(await screen.findByRole("button", { name: "Add a month" }, { timeout: 5000 }));
    await user.type(box("Month, row 1"), "May");
    await user.type(box("Customers asked, row 1"), "10");
    await user.type(box("Answered 9 or 10, row 1"), "8");
    await user.type(box("Answered 0 to 6, row 1"), "5");
    for (const name of ["Customers asked", "Answered 9 or 10", "Answered 0 to 6"]) {
      expect(box(`${name}, row 1`)).toHaveAttribute("aria-invalid", "true");
      expect(box(`${name}, row 1`)).toHaveAccessibleDescription(
        "More 9–10 and 0–6 answers than customers asked.",
      );
    }
    expect(box("Month, row 1")).not.toHaveAttribute("aria-invalid", "true");
    const table = screen.getByRole("table");
    const headings = within(table).getAllByRole("columnheader");
    expect(within(within(table).getAllByRole("row")[1]!).getAllByRole("cell")).toHaveLength(
      headings.length,
    );
  });
});

describe("worked-out values, to a screen reader", () => {
  it("are read out once typing stops, not on every key", async () => {
    const { user } = await renderApp("customer-worth");
    await user.type(
      await screen.findByRole("textbox", { name: /^Average spend/ }, { timeout: 5000 }),
      "£150",
    );
    await user.type(box("Times a customer buys in a year"), "52");
    const output = screen
      .getAllByRole("status")
      .find((s) => s.textContent?.startsWith("Value of one customer in a year:"));
    // The value on screen follows the keys, but is not a live region…
    expect(output).toHaveTextContent("Value of one customer in a year: £7,800");
    expect(output).toHaveAttribute("aria-live", "off");
    // …a hidden line is, and it changes only after a pause.
    const spoken = "Value of one customer in a year: £78,000";
    const live = { selector: "[aria-live=polite]" };
    await user.type(box("Times a customer buys in a year"), "0");
    expect(output).toHaveTextContent(spoken);
    expect(screen.queryByText(spoken, live)).not.toBeInTheDocument();
    expect(await screen.findByText(spoken, live, { timeout: SETTLE_MS + 1000 })).toHaveClass(
      "visually-hidden",
    );
  });
});

/** A table kept by its caller with no undo, as a coach's agreed actions are. */
function NoUndoTable({ field }: { field: TableField }) {
  const [rows, setRows] = useState<TableRow[]>([
    { id: "a", action: "Ask for reviews", byWhen: "May" },
    { id: "b", action: "Print cards", byWhen: "June" },
  ]);
  return (
    <TableInput
      field={field}
      value={rows}
      update={(change) => setRows(change)}
      history={{
        removed: [],
        remove: (_, rowId) => setRows((all) => all.filter((r) => r.id !== rowId)),
        undo: () => {},
      }}
      context={{ answers: {}, fields: [] }}
    />
  );
}

describe("focus after a removal with no undo", () => {
  it("goes to the row that took the place, then the one before, then the Add button", async () => {
    const user = userEvent.setup();
    const field = findField(workbook, "actions")!.field as TableField;
    render(<NoUndoTable field={field} />);
    await user.click(screen.getByRole("button", { name: "Remove row 1" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Remove row 1" })).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Remove row 1" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Add action" })).toHaveFocus());
  });
});

describe("answers shown to be read", () => {
  it("take the direction of their own script (dir=auto), for a coach reading them too", () => {
    const arabic = "نرد على كل رسالة في نفس اليوم";
    const list = findField(workbook, "askCoach")!.field;
    const table = findField(workbook, "contactPoints")!.field;
    const text = findField(workbook, "businessName")!.field;
    render(
      <>
        {exampleViews.list(list as never, [{ id: "1", text: arabic }] as never, {
          answers: {},
          fields: [],
        })}
        {exampleViews.table(table as never, [{ id: "1", point: arabic, service: "x" }] as never, {
          answers: {},
          fields: [],
        })}
        {exampleViews.text(text as never, arabic as never, { answers: {}, fields: [] })}
      </>,
    );
    const shown = screen.getAllByText(arabic);
    expect(shown).toHaveLength(3);
    for (const element of shown) expect(element).toHaveAttribute("dir", "auto");
  });
});

describe("dialogs", () => {
  it("open at their title, and give focus to the step's heading when nothing opened them", () => {
    function Page({ open }: { open: boolean }) {
      return (
        <main>
          <h1 tabIndex={-1}>About you</h1>
          {open && (
            <Modal title="Answers shared with you in a link" onClose={() => {}}>
              <p>A long question.</p>
              <button type="button">Cancel</button>
            </Modal>
          )}
        </main>
      );
    }
    // Opened on arrival: focus is on the page itself.
    const { rerender } = render(<Page open={false} />);
    expect(document.body).toHaveFocus();
    rerender(<Page open />);
    expect(
      screen.getByRole("heading", { name: "Answers shared with you in a link" }),
    ).toHaveFocus();
    rerender(<Page open={false} />);
    expect(screen.getByRole("heading", { name: "About you" })).toHaveFocus();
  });
});
