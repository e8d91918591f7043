import { act, screen, waitFor, within } from "@testing-library/react";
import type { AnswerValue, Answers } from "../../src/content/types";
import { createPersistence, type Persistence } from "../../src/store/persistence";
import { createWorkbookStore } from "../../src/store/workbook-store";
import { renderApp } from "./render-app";

/**
 * The app in this tab, and another tab on the same workbook beside it. jsdom has one window, so
 * the other tab is a store with its own saving, never started: it writes when told to, and this
 * tab hears of it through the storage event the browser would send.
 */

const others: Persistence[] = [];

afterEach(() => {
  for (const saving of others.splice(0)) saving.stop();
});

function otherTab(key: string) {
  const store = createWorkbookStore();
  const saving = createPersistence(store, key);
  others.push(saving);
  const answers = () => store.getState().answers;
  return {
    answers,
    /** Catches up with what is saved, changes answers, and writes them, as that tab would. */
    write(change: (answers: Answers) => Record<string, AnswerValue>) {
      saving.flush();
      for (const [id, value] of Object.entries(change(answers())))
        store.getState().setAnswer(id, value);
      saving.flush();
    },
    removeRow(fieldId: string, rowId: string) {
      saving.flush();
      store.getState().removeRow(fieldId, [], rowId, "row");
      saving.flush();
    },
    /** The browser tells this tab that the other one wrote. */
    tell: () =>
      act(() => {
        window.dispatchEvent(
          new StorageEvent("storage", {
            key,
            newValue: localStorage.getItem(key),
            storageArea: localStorage,
          }),
        );
      }),
  };
}

const saved = (key: string) => localStorage.getItem(key) ?? "";

describe("two tabs on the same workbook", () => {
  it("shows the other tab's answer at once, and the user carries on typing where they were", async () => {
    const view = await renderApp("about-you");
    const other = otherTab(view.key);
    const business = screen.getByRole<HTMLInputElement>("textbox", { name: "Business name" });
    await view.user.type(business, "Bloo");
    // The caret is inside the word when the other tab's change arrives.
    business.setSelectionRange(2, 2);

    other.write(() => ({ yourName: "Amira Khan" }));
    other.tell();

    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Amira Khan");
    expect(business).toHaveFocus();
    expect(business).toHaveValue("Bloo");
    expect(business.selectionStart).toBe(2);
    await view.user.keyboard("!");
    expect(business).toHaveValue("Bl!oo");
    // What this tab typed is saved alongside the other tab's answer.
    await waitFor(() => expect(saved(view.key)).toContain("Bl!oo"));
    expect(saved(view.key)).toContain("Amira Khan");
  });

  it("updates the very question being looked at, keeping focus", async () => {
    const view = await renderApp("about-you");
    const other = otherTab(view.key);
    const business = screen.getByRole<HTMLInputElement>("textbox", { name: "Business name" });
    await view.user.type(business, "Bloom");
    await waitFor(() => expect(saved(view.key)).toContain("Bloom"));

    other.write(() => ({ businessName: "Bloom & Crumb" }));
    other.tell();

    expect(business).toHaveValue("Bloom & Crumb");
    expect(business).toHaveFocus();
    await view.user.keyboard("!");
    expect(business).toHaveValue("Bloom & Crumb!");
  });

  // when another tab's change replaces the text of the box being typed in, React sets its value
  // and the browser moves the caret to the end, so the next key lands there. The old design kept
  // the caret where it was, and its test checked it.
  it("keeps the caret where it was when the other tab changes the text being typed in", async () => {
    const view = await renderApp("about-you");
    const other = otherTab(view.key);
    const business = screen.getByRole<HTMLInputElement>("textbox", { name: "Business name" });
    await view.user.type(business, "Bloom");
    await waitFor(() => expect(saved(view.key)).toContain("Bloom"));
    business.setSelectionRange(2, 2);

    other.write(() => ({ businessName: "Bloom & Crumb" }));
    other.tell();

    expect(business).toHaveValue("Bloom & Crumb");
    expect(business.selectionStart).toBe(2);
  });

  it("keeps focus in a table cell when the other tab changes the table", async () => {
    const view = await renderApp("contact-points");
    const other = otherTab(view.key);
    await view.user.click(screen.getByRole("button", { name: "Add contact point" }));
    const cell = () => screen.getByRole("textbox", { name: "Customer contact point, row 1" });
    await view.user.type(cell(), "Website");
    await waitFor(() => expect(saved(view.key)).toContain("Website"));

    other.write((answers) => {
      const [row] = answers.contactPoints as { id: string; point: string }[];
      return {
        contactPoints: [
          { ...row!, service: "Easy to find the phone number" },
          { id: "other-row", point: "Phone enquiry", service: "" },
        ],
      };
    });
    other.tell();

    expect(
      screen.getByRole("textbox", { name: "What good customer service looks like there, row 1" }),
    ).toHaveValue("Easy to find the phone number");
    expect(screen.getByRole("textbox", { name: "Customer contact point, row 2" })).toHaveValue(
      "Phone enquiry",
    );
    expect(cell()).toHaveFocus();
    await view.user.keyboard(" and shop");
    expect(cell()).toHaveValue("Website and shop");
  });

  it("does not undo the other tab's newer answer with this tab's older copy", async () => {
    const view = await renderApp("about-you");
    const other = otherTab(view.key);
    // The other tab's change arrives while this tab is mid-typing another question.
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Am");
    other.write(() => ({ coachName: "Sam Taylor" }));
    other.tell();
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "ira");
    await waitFor(() => expect(saved(view.key)).toContain("Amira"));
    expect(saved(view.key)).toContain("Sam Taylor");
    expect(screen.getByRole("textbox", { name: "Your coach's name" })).toHaveValue("Sam Taylor");
  });

  it("keeps the rows both tabs typed in, cell by cell", async () => {
    const view = await renderApp("contact-points");
    const other = otherTab(view.key);
    for (const name of ["Add Phone enquiry", "Add Paying"])
      await view.user.click(screen.getByRole("button", { name }));
    await waitFor(() => expect(saved(view.key)).toContain("Paying"));

    other.write((answers) => {
      const [first, second] = answers.contactPoints as { id: string; point: string }[];
      return { contactPoints: [first!, { ...second!, service: "Card or cash" }] };
    });
    await view.user.type(
      screen.getByRole("textbox", { name: "What good customer service looks like there, row 1" }),
      "Three rings",
    );
    other.tell();

    const service = (n: number) =>
      screen.getByRole("textbox", {
        name: `What good customer service looks like there, row ${n}`,
      });
    expect(service(1)).toHaveValue("Three rings");
    expect(service(2)).toHaveValue("Card or cash");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await waitFor(() => expect(saved(view.key)).toContain("Three rings"));
    expect(saved(view.key)).toContain("Card or cash");
  });
});

describe("when both tabs changed the same text", () => {
  /** "Amira K." in the other tab, then " Khan" typed here, before either hears of the other. */
  async function bothChangeTheName() {
    const view = await renderApp("about-you");
    const name = screen.getByRole("textbox", { name: "Your name" });
    await view.user.type(name, "Amira");
    await waitFor(() => expect(saved(view.key)).toContain("Amira"));
    const other = otherTab(view.key);
    other.write(() => ({ yourName: "Amira K." }));
    await view.user.type(name, " Khan");
    other.tell();
    return { view, name, other };
  }

  it("keeps one version in both, tells the user, and gives back the other", async () => {
    const { view, name, other } = await bothChangeTheName();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "“Your name” was changed in another tab at the same time as here.",
    );
    expect(alert).toHaveTextContent("The version typed here was kept.");
    expect(within(alert).getByText("Amira K.")).toBeInTheDocument();
    expect(name).toHaveValue("Amira Khan");

    await view.user.click(within(alert).getByRole("button", { name: "Use this version instead" }));
    expect(name).toHaveValue("Amira K.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await waitFor(() => expect(saved(view.key)).toContain('"Amira K."'));
    other.write(() => ({}));
    expect(other.answers().yourName).toBe("Amira K.");
  });

  it("lets the user keep the version shown", async () => {
    const { view, name } = await bothChangeTheName();

    await view.user.click(screen.getByRole("button", { name: "Keep the version shown" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(name).toHaveValue("Amira Khan");
  });

  it("offers to put back a row the other tab removed while this one was changing it", async () => {
    const view = await renderApp("contact-points");
    for (const name of ["Add Phone enquiry", "Add Paying"])
      await view.user.click(screen.getByRole("button", { name }));
    await waitFor(() => expect(saved(view.key)).toContain("Paying"));
    const other = otherTab(view.key);
    other.write(() => ({}));
    const [, paying] = other.answers().contactPoints as { id: string }[];

    await view.user.type(
      screen.getByRole("textbox", { name: "What good customer service looks like there, row 2" }),
      "Card",
    );
    other.removeRow("contactPoints", paying!.id);
    other.tell();

    expect(screen.queryByRole("textbox", { name: /row 2$/ })).not.toBeInTheDocument();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(
      "Another tab removed a row of “Contact points and good service” while you were changing it here.",
    );
    await view.user.click(within(alert).getByRole("button", { name: "Put the row back" }));
    expect(screen.getByRole("textbox", { name: "Customer contact point, row 2" })).toHaveValue(
      "Paying",
    );
    expect(
      screen.getByRole("textbox", { name: "What good customer service looks like there, row 2" }),
    ).toHaveValue("Card");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
