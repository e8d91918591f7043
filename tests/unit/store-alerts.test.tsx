import { screen, waitFor, within } from "@testing-library/react";
import { catchDownloads } from "./catch-downloads";
import { renderApp } from "./render-app";

let count = 0;
const freshKey = () => `alerts-workbook-${++count}`;

describe("saved data that cannot be read", () => {
  it("is kept, the user is told in plain words, and can download it untouched", async () => {
    const files = catchDownloads();
    const key = freshKey();
    const raw = '{"state":{"answers":{"yourName":"Amira Kh';
    localStorage.setItem(key, raw);
    const view = await renderApp("about-you", key);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your saved workbook could not be read.");
    expect(alert).toHaveTextContent(/put aside, unchanged/);
    await view.user.click(within(alert).getByRole("button", { name: "Download the saved data" }));
    expect(await files[0]!.blob.text()).toBe(raw);

    // A working workbook beside it.
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Bea");
    await waitFor(() => expect(localStorage.getItem(key)).toContain("Bea"));
    await view.user.click(within(alert).getByRole("button", { name: "Hide this message" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("from a newer version says so, and how to get the newest version", async () => {
    const key = freshKey();
    localStorage.setItem(key, JSON.stringify({ version: 42, state: {} }));
    await renderApp("about-you", key);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/This workbook was opened in a newer version of the app\./);
    expect(
      within(alert).getByRole("button", { name: "Reload to use the newer version" }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole("button", { name: "Download backup" })).toBeInTheDocument();
    expect(localStorage.getItem(key)).toBe(JSON.stringify({ version: 42, state: {} }));
  });
});

describe("when answers cannot be saved", () => {
  it("says so at once, keeps what was typed, offers a backup, and resumes saving", async () => {
    const files = catchDownloads();
    const full = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira Khan");

    const alert = await screen.findByRole("alert", {}, { timeout: 1000 });
    expect(alert).toHaveTextContent("Your latest changes are not saved.");
    expect(alert).toHaveTextContent(/storage for this website is full/);
    expect(screen.getByRole("status")).toHaveTextContent("Not saved");
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Amira Khan");

    await view.user.click(within(alert).getByRole("button", { name: "Download backup" }));
    expect(await files[0]!.blob.text()).toContain('"yourName": "Amira Khan"');

    full.mockRestore();
    await view.user.type(screen.getByRole("textbox", { name: "Business name" }), "Bloom");
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    // The alert goes once a save starts; "Saved" follows when it is written (later under load).
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Saved"));
    expect(localStorage.getItem(view.key)).toContain("Amira Khan");
  });

  it("says storage is blocked before anything is typed", async () => {
    const blocked = vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    try {
      await renderApp("about-you");
      expect(screen.getByRole("alert")).toHaveTextContent(/not letting the workbook save/);
    } finally {
      blocked.mockRestore();
    }
  });
});
