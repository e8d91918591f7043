import { screen, waitFor, within } from "@testing-library/react";
import { backupFileName, backupText } from "../../src/store/backup-file";
import { catchDownloads } from "./catch-downloads";
import { renderApp } from "./render-app";

const jsonFile = (content: string, name = "keeping-customers-backup-2025-05-03.json") =>
  new File([content], name, { type: "application/json" });

async function openReview(view: Awaited<ReturnType<typeof renderApp>>) {
  await view.user.click(screen.getByRole("link", { name: /Review and download/ }));
  return screen.findByRole("button", { name: "Download backup" });
}

describe("the backup file", () => {
  it("downloads every answer in a dated file", async () => {
    const downloads = catchDownloads();
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Zofia Wróblewska");
    await view.user.click(await openReview(view));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe(backupFileName());
    const file = JSON.parse(await downloads[0]!.blob.text()) as { answers: { yourName: string } };
    expect(file.answers.yourName).toBe("Zofia Wróblewska");
  });

  it("restores from a backup after showing what will be replaced", async () => {
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Someone else");
    await openReview(view);
    const backup = backupText({
      yourName: "Amira Khan",
      businessName: "Bloom & Crumb",
      serviceList: [{ text: "Be friendly." }],
    });
    await view.user.upload(screen.getByLabelText("Restore from backup"), jsonFile(backup));

    const dialog = await screen.findByRole("dialog", { name: /Replace your answers/ });
    expect(dialog).toHaveTextContent(/has answers to 3 questions/);
    expect(dialog).toHaveTextContent(/This browser has answers to 1 question\./);
    const aboutYou = within(dialog).getByRole("row", { name: /About you/ });
    expect(
      within(aboutYou)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "2"]);
    await view.user.click(within(dialog).getByRole("button", { name: "Replace my answers" }));

    expect(await screen.findByText(/Restored your answers from/)).toBeInTheDocument();
    await view.user.click(screen.getByRole("link", { name: /About you/ }));
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Amira Khan");
    expect(screen.getByRole("textbox", { name: "Business name" })).toHaveValue("Bloom & Crumb");
  });

  it("changes nothing when the restore is cancelled", async () => {
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
    await openReview(view);
    const saved = localStorage.getItem(view.key);
    await view.user.upload(
      screen.getByLabelText("Restore from backup"),
      jsonFile(backupText({ yourName: "Bea" })),
    );
    const dialog = await screen.findByRole("dialog");
    await view.user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(localStorage.getItem(view.key)).toBe(saved);
  });

  it.each([
    ["a damaged file", '{"app":"keeping-customers","version":1,"answ', /damaged/],
    ["another file", "Shopping list: eggs, flour", /not a backup/],
    [
      "a file from a newer version",
      JSON.stringify({ app: "keeping-customers", version: 9, answers: {} }),
      /newer version/,
    ],
  ])("refuses %s, says why, and changes nothing", async (_, content, message) => {
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
    await openReview(view);
    const saved = localStorage.getItem(view.key);
    await view.user.upload(screen.getByLabelText("Restore from backup"), jsonFile(content));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent("Your answers have not been changed.");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(localStorage.getItem(view.key)).toBe(saved);
  });
});

describe("removing my answers", () => {
  it("asks first, then wipes the workbook from the browser and says what was removed", async () => {
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
    await view.user.type(screen.getByRole("textbox", { name: "Business name" }), "Bloom");
    await openReview(view);
    await waitFor(() => expect(localStorage.getItem(view.key)).toContain("Bloom"));

    await view.user.click(screen.getByRole("button", { name: "Remove my answers" }));
    const dialog = screen.getByRole("dialog", { name: /Remove your answers/ });
    expect(dialog).toHaveTextContent(/removes 2 answered questions/);
    await view.user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(localStorage.getItem(view.key)).toContain("Bloom");

    await view.user.click(screen.getByRole("button", { name: "Remove my answers" }));
    await view.user.click(
      within(screen.getByRole("dialog", { name: /Remove your answers/ })).getByRole("button", {
        name: "Yes, remove them",
      }),
    );
    expect(
      screen.getByText(
        "Removed 2 answered questions from this browser. This workbook is now empty.",
      ),
    ).toBeInTheDocument();
    expect(localStorage.getItem(view.key)).toBeNull();
    await view.user.click(screen.getByRole("link", { name: /About you/ }));
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("");
  });
});
