import { act, screen, waitFor } from "@testing-library/react";
import type { Answers } from "../../src/content/types";
import { createWorkbookStore } from "../../src/store/workbook-store";
import { renderApp } from "./render-app";

/** Another tab on the same workbook: it saves, and this tab hears the browser's storage event. */
function otherTab(key: string) {
  const tab = createWorkbookStore(key);
  return {
    save: (answers: Answers) =>
      act(() => {
        const oldValue = localStorage.getItem(key);
        tab.getState().setAnswers(answers);
        window.dispatchEvent(
          new StorageEvent("storage", {
            key,
            oldValue,
            newValue: localStorage.getItem(key),
            storageArea: localStorage,
          }),
        );
      }),
  };
}

describe("two tabs on the same workbook", () => {
  it("shows the other tab's answer at once, and the user carries on typing where they were", async () => {
    const view = await renderApp("about-you");
    const other = otherTab(view.key);
    const business = screen.getByRole<HTMLInputElement>("textbox", { name: "Business name" });
    await view.user.type(business, "Bloo");
    // The caret is inside the word when the other tab's change arrives.
    business.setSelectionRange(2, 2);

    other.save({ yourName: "Amira Khan" });

    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Amira Khan");
    expect(business).toHaveFocus();
    expect(business).toHaveValue("Bloo");
    expect(business.selectionStart).toBe(2);
    await view.user.keyboard("!");
    expect(business).toHaveValue("Bl!oo");
    // What this tab typed is saved alongside the other tab's answer.
    await waitFor(() => expect(localStorage.getItem(view.key)).toContain("Bl!oo"));
    expect(localStorage.getItem(view.key)).toContain("Amira Khan");
  });

  it("updates the very question being looked at, keeping focus and caret", async () => {
    const view = await renderApp("about-you");
    const other = otherTab(view.key);
    const business = screen.getByRole<HTMLInputElement>("textbox", { name: "Business name" });
    await view.user.type(business, "Bloom");
    await waitFor(() => expect(localStorage.getItem(view.key)).toContain("Bloom"));
    business.setSelectionRange(2, 2);

    other.save({ businessName: "Bloom & Crumb" });

    expect(business).toHaveValue("Bloom & Crumb");
    expect(business).toHaveFocus();
    expect(business.selectionStart).toBe(2);
  });

  it("keeps focus in a table cell when the other tab changes the table", async () => {
    const view = await renderApp("contact-points");
    const other = otherTab(view.key);
    await view.user.click(screen.getByRole("button", { name: "Add contact point" }));
    const cell = () => screen.getByRole("textbox", { name: "Customer contact point, row 1" });
    await view.user.type(cell(), "Website");
    await waitFor(() => expect(localStorage.getItem(view.key)).toContain("Website"));

    other.save({
      contactPoints: [
        { point: "Website", service: "Easy to find the phone number" },
        { point: "Phone enquiry", service: "" },
      ],
    });
    await waitFor(() =>
      expect(
        screen.getByRole("textbox", { name: "What good customer service looks like there, row 1" }),
      ).toHaveValue("Easy to find the phone number"),
    );
    expect(screen.getByRole("textbox", { name: "Customer contact point, row 2" })).toHaveValue(
      "Phone enquiry",
    );
    await waitFor(() => expect(cell()).toHaveFocus());
    await view.user.keyboard(" and shop");
    expect(cell()).toHaveValue("Website and shop");
  });

  it("does not undo the other tab's newer answer with this tab's older copy", async () => {
    const view = await renderApp("about-you");
    const other = otherTab(view.key);
    // The other tab's change arrives while this tab is mid-typing another question.
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Am");
    other.save({ coachName: "Sam Taylor" });
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "ira");
    await waitFor(() => expect(localStorage.getItem(view.key)).toContain("Amira"));
    expect(localStorage.getItem(view.key)).toContain("Sam Taylor");
    expect(screen.getByRole("textbox", { name: "Your coach's name" })).toHaveValue("Sam Taylor");
  });
});
