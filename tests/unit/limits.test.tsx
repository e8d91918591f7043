import { fireEvent, screen, within } from "@testing-library/react";
import { lengthNote } from "../../src/fields/text-control";
import { roomNote } from "../../src/fields/row-list";
import { renderApp } from "./render-app";
import { englishWords } from "../fixtures/english";

/**
 * The most one answer may hold (20,000 characters) and the most rows a table or list may have
 * (300): the user is told before reaching either.
 */

/** A saved workbook (version 3) with the answers given, as the page finds it on opening. */
function savedWith(key: string, answers: Record<string, unknown>) {
  localStorage.setItem(key, JSON.stringify({ version: 3, state: { answers, lastStepId: "" } }));
  return key;
}

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `r${i + 1}`,
    point: `Point ${i + 1}`,
    service: "",
  }));

describe("a long answer", () => {
  it("says nothing while there is plenty of room", async () => {
    await renderApp("why-it-matters", savedWith("long-1", { stoppedUsing: "x".repeat(17_999) }));
    expect(screen.queryByText(/characters left/)).not.toBeInTheDocument();
  });

  it("says how many characters are left once near the limit, then that it is full", async () => {
    await renderApp("why-it-matters", savedWith("long-2", { stoppedUsing: "x".repeat(18_500) }));
    const box = screen.getByRole("textbox", { name: /stopped using a business/ });
    expect(box).toHaveAccessibleDescription(/1,500 characters left\./);
    expect(box).toHaveAttribute("maxlength", "20000");

    fireEvent.change(box, { target: { value: "x".repeat(19_999) } });
    expect(box).toHaveAccessibleDescription(/1 character left\./);
    fireEvent.change(box, { target: { value: "x".repeat(20_000) } });
    expect(box).toHaveAccessibleDescription(/This answer is full: 20,000 characters\./);
  });

  it("tells the user as they type their way to the limit", async () => {
    const { user } = await renderApp(
      "about-you",
      savedWith("long-3", { businessWhat: "y".repeat(17_998) }),
    );
    const box = screen.getByRole("textbox", { name: /What your business does/ });
    expect(screen.queryByText(/characters left/)).not.toBeInTheDocument();
    await user.type(box, "zz");
    expect(screen.getByText("2,000 characters left.")).toBeInTheDocument();
  });
});

describe("a long table", () => {
  // Role and label queries over 300 rows take seconds in jsdom; the add button is found beside
  // the note instead, and the note itself by its text.
  const addButton = (note: HTMLElement) =>
    // eslint-disable-next-line testing-library/no-node-access -- see above
    within(note.parentElement!).getByRole("button", { name: "Add contact point" });

  it("says how many more rows can be added once near the limit", async () => {
    const { user } = await renderApp(
      "contact-points",
      savedWith("rows-1", { contactPoints: rows(270) }),
    );
    const note = screen.getByText("You can add 30 more rows.");
    await user.click(addButton(note));
    expect(note).toHaveTextContent("You can add 29 more rows.");
  });

  it("says it is full at the limit, and can add no more", async () => {
    await renderApp("contact-points", savedWith("rows-2", { contactPoints: rows(300) }));
    const note = screen.getByText("This is full: 300 rows. Remove one to add another.");
    expect(addButton(note)).toBeDisabled();
  });
});

describe("the notes, as words", () => {
  it("count down the characters left from 90% of the limit", () => {
    expect(lengthNote("x".repeat(17_999), englishWords)).toBeNull();
    expect(lengthNote("x".repeat(18_000), englishWords)).toBe("2,000 characters left.");
    expect(lengthNote("x".repeat(19_999), englishWords)).toBe("1 character left.");
    expect(lengthNote("x".repeat(20_000), englishWords)).toBe(
      "This answer is full: 20,000 characters.",
    );
  });

  it("count down the rows left from 90% of the limit", () => {
    expect(roomNote(269, "rows", englishWords)).toBeNull();
    expect(roomNote(270, "rows", englishWords)).toBe("You can add 30 more rows.");
    expect(roomNote(299, "items", englishWords)).toBe("You can add 1 more item.");
    expect(roomNote(300, "checks", englishWords)).toBe(
      "This is full: 300 checks. Remove one to add another.",
    );
  });
});
