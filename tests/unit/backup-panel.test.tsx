import { screen, waitFor, within } from "@testing-library/react";
import { backupFileName, backupText } from "../../src/formats/backup-file";
import { catchDownloads } from "./catch-downloads";
import { openFold, renderApp } from "./render-app";

const jsonFile = (content: string, name = "keeping-customers-backup-2025-05-03.json") =>
  new File([content], name, { type: "application/json" });

async function openReview(view: Awaited<ReturnType<typeof renderApp>>) {
  await view.user.click(screen.getByRole("link", { name: /Review and download/ }));
  await openFold(view.user, "Keep your answers safe");
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
    // On a shared computer the file stays behind in Downloads: the user is told so.
    expect(screen.getByText(`Downloaded ${backupFileName()}.`, { exact: false })).toHaveTextContent(
      /On a shared computer, delete it from the Downloads folder/,
    );
  });

  it("restores from a backup after showing what will be replaced", async () => {
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Someone else");
    await openReview(view);
    const backup = backupText({
      yourName: "Amira Khan",
      businessName: "Bloom & Crumb",
      serviceList: [{ id: "row-1", text: "Be friendly." }],
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
    await view.user.click(screen.getByRole("link", { name: "About you" }));
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Amira Khan");
    expect(screen.getByRole("textbox", { name: "Business name" })).toHaveValue("Bloom & Crumb");
  });

  it("changes nothing when the restore is cancelled", async () => {
    const view = await renderApp("about-you");
    await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
    await openReview(view);
    // Saved with the move to the review step too, so no later save changes it under the test.
    await waitFor(() =>
      expect(localStorage.getItem(view.key)).toMatch(/"Amira".*"lastStepId":"review"/),
    );
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
    // Saved with the move to the review step too, so no later save changes it under the test.
    await waitFor(() =>
      expect(localStorage.getItem(view.key)).toMatch(/"Amira".*"lastStepId":"review"/),
    );
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

    await openFold(view.user, "Using a shared computer?");
    expect(screen.getByText(/stay in this computer’s Downloads folder/)).toBeInTheDocument();
    await view.user.click(screen.getByRole("button", { name: "Remove my answers" }));
    const dialog = screen.getByRole("dialog", { name: /Remove your answers/ });
    expect(dialog).toHaveTextContent(/removes 2 answered questions/);
    expect(dialog).toHaveTextContent(/Files you downloaded, such as your PDF and backup, are not/);
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
        "Removed 2 answered questions from this browser. This workbook is now empty. Files you downloaded are still in the Downloads folder: delete them there too.",
      ),
    ).toBeInTheDocument();
    expect(localStorage.getItem(view.key)).toBeNull();
    await view.user.click(screen.getByRole("link", { name: "About you" }));
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("");
  });
});

describe("restoring what the workbook only partly knows", () => {
  it("leaves out checks the workbook does not have, says so, and does not count them", async () => {
    const view = await renderApp("review");
    await openFold(view.user, "Keep your answers safe");
    const file = {
      app: "keeping-customers",
      version: 1,
      answers: {
        organisingChecklist: {
          items: {
            constructor: { status: "yes", note: "" },
            retiredCheck: { status: "yes", note: "Was in an old version" },
          },
          own: [],
        },
        yourName: "Zofia",
        somethingElse: "from another app",
      },
    };
    await view.user.upload(
      screen.getByLabelText("Restore from backup"),
      jsonFile(JSON.stringify(file)),
    );
    const dialog = await screen.findByRole("dialog", { name: /Replace your answers/ });
    expect(dialog).toHaveTextContent(/do not fit this workbook and will be left out/);
    const leftOut = within(dialog)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(leftOut).toEqual([
      "“Is it easy to do business with you?”: 2 checks it does not have",
      "an answer to a question this workbook does not have",
    ]);
    expect(dialog).toHaveTextContent(/has answers to 1 question\./);
    await view.user.click(within(dialog).getByRole("button", { name: "Replace my answers" }));

    const nav = screen.getByRole("navigation", { name: "Workbook steps" });
    expect(
      await within(nav).findByRole("link", { description: "Answered: 1 of 4" }),
    ).toHaveTextContent("About you");
    expect(within(nav).getByRole("link", { name: /Organising/ })).toHaveAccessibleDescription(
      "Answered: 0 of 1",
    );
    await waitFor(() => expect(localStorage.getItem(view.key)).toContain("Zofia"));
    expect(localStorage.getItem(view.key)).not.toContain("constructor");
    expect(localStorage.getItem(view.key)).not.toContain("retiredCheck");
    expect(localStorage.getItem(view.key)).not.toContain("from another app");
  });

  it("restores the readable answers of a partly damaged copy kept aside, naming the damaged one", async () => {
    const downloads = catchDownloads();
    const damaged = JSON.stringify({
      version: 3,
      state: {
        answers: {
          yourName: "Amira Khan",
          contactPoints: 42,
          serviceList: [{ id: "i1", text: "Be friendly." }],
        },
        lastStepId: "review",
      },
    });
    localStorage.setItem("partly-damaged", damaged);
    const { user, unmount } = await renderApp("review", "partly-damaged");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Part of your saved workbook could not be read.");
    expect(alert).toHaveTextContent(
      /The answers to “Contact points and good service” were damaged/,
    );
    await user.click(within(alert).getByRole("button", { name: "Download the saved data" }));
    const copy = await downloads[0]!.blob.text();
    expect(copy).toBe(damaged);
    unmount();

    // On another computer, with an empty workbook, the copy is restored.
    const view = await renderApp("review");
    await openFold(view.user, "Keep your answers safe");
    await view.user.upload(
      screen.getByLabelText("Restore from backup"),
      jsonFile(copy, downloads[0]!.name),
    );
    const dialog = await screen.findByRole("dialog", { name: /Replace your answers/ });
    expect(dialog).toHaveTextContent("“Contact points and good service”: damaged, cannot be read");
    expect(dialog).toHaveTextContent(/has answers to 2 questions/);
    await view.user.click(within(dialog).getByRole("button", { name: "Replace my answers" }));
    await view.user.click(screen.getByRole("link", { name: "About you" }));
    expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Amira Khan");
    await view.user.click(screen.getByRole("link", { name: "Your good customer service list" }));
    expect(screen.getByRole("textbox", { name: "Promise 1" })).toHaveValue("Be friendly.");
  });

  it("refuses a file with an answer longer than the workbook allows, and changes nothing", async () => {
    const view = await renderApp("review");
    await openFold(view.user, "Keep your answers safe");
    const file = JSON.stringify({
      app: "keeping-customers",
      version: 1,
      answers: { yourName: "Amira", stoppedUsing: "x".repeat(20_001) },
    });
    await view.user.upload(screen.getByLabelText("Restore from backup"), jsonFile(file));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      /“Think of a time you stopped using a business.*” is longer than the workbook allows \(20,000 characters\)/,
    );
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(localStorage.getItem(view.key)).toBeNull();
  });
});
