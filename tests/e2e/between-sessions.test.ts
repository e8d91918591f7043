import { readFileSync } from "node:fs";
import { calendarEvents } from "../fixtures/read-calendar";
import { noAxeViolations } from "./axe";
import { openStep, waitForSaved } from "./fill-workbook";
import { expect, keep, test } from "./fixtures";

const nextYear = new Date().getFullYear() + 1;

test.describe("reminders", () => {
  test("“Add to calendar” downloads an .ics of the dated actions, a follow-up call and the monthly scorecard", async ({
    page,
  }) => {
    await openStep(page, "talk-it-through");
    const actions = [
      ["Print my phone number on the cake boxes.", `31/3/${nextYear}`],
      ["Write an order confirmation template; short, kind", "Next week"],
    ];
    for (const [i, [action, when]] of actions.entries()) {
      await page.getByRole("button", { name: "Add action", exact: true }).click();
      await page.getByRole("textbox", { name: `Action, row ${i + 1}` }).fill(action!);
      await page.getByRole("textbox", { name: `By when, row ${i + 1}` }).fill(when!);
    }
    await waitForSaved(page, "Next week");
    await openStep(page, "follow-up-calls");
    await page.getByRole("button", { name: "Add A new customer" }).click();
    await page
      .getByRole("textbox", { name: "When I'll call, row 1" })
      .fill("A few days after their first order");
    await page
      .getByRole("textbox", { name: "What I'll say, row 1" })
      .fill("Ask how it went, and say thank you.");
    await waitForSaved(page, "say thank you");

    await openStep(page, "review");
    await page.getByRole("button", { name: "Reminders in your calendar" }).click();
    const reminders = page.getByRole("form", { name: "Reminders in your calendar" });
    // What could be read is ticked with its day; what could not is said plainly.
    await expect(reminders.getByRole("checkbox", { name: /Print my phone number/ })).toBeChecked();
    await expect(reminders.getByLabel(/Day for “Print my phone number/)).toHaveValue(
      `${nextYear}-03-31`,
    );
    await expect(
      reminders.getByText("“Next week” is not a date a calendar can use.", { exact: false }),
    ).toBeVisible();
    await expect(reminders.getByRole("checkbox", { name: /order confirmation/ })).not.toBeChecked();
    // Ticked without a day: the rule is shown where the day goes, and nothing is downloaded.
    await reminders.getByRole("checkbox", { name: "Call: A new customer" }).check();
    await reminders.getByRole("button", { name: "Add to calendar" }).click();
    await expect(reminders.getByText("Pick a day for this reminder, or untick it.")).toBeVisible();
    await expect(reminders.getByLabel(/Day for “A new customer”/)).toBeFocused();
    await noAxeViolations(page, "reminders with a problem shown");
    // A day picked for the call ticks it.
    await reminders.getByLabel(/Day for “A new customer”/).fill(`${nextYear}-02-10`);
    await expect(reminders.getByRole("checkbox", { name: "Call: A new customer" })).toBeChecked();

    const download = page.waitForEvent("download");
    await reminders.getByRole("button", { name: "Add to calendar" }).click();
    const file = await keep(await download);
    expect(file).toMatch(/keeping-customers-reminders\.ics$/);
    await expect(reminders.getByRole("status")).toHaveText(
      "Downloaded keeping-customers-reminders.ics with 3 reminders. Open it to add them to your calendar. Not in it, with no date the calendar could use: “Write an order confirmation template; short, kind” (Next week).",
    );

    const text = readFileSync(file, "utf8");
    expect(text.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
    const events = calendarEvents(text);
    expect(
      events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate, e.isRecurring()]),
    ).toEqual([
      ["Print my phone number on the cake boxes.", `${nextYear}-03-31`, true, false],
      ["Follow-up call: A new customer", `${nextYear}-02-10`, true, false],
      ["Fill in your customer scorecard", expect.stringMatching(/^\d{4}-\d{2}-01$/), true, true],
    ]);
    expect(events[1]!.description).toContain("What I'll say: Ask how it went, and say thank you.");
    const rule = events[2]!.component.getFirstPropertyValue("rrule");
    expect(String(rule)).toBe("FREQ=MONTHLY");
  });
});

test.describe("Send to my coach", () => {
  test("is not offered where the browser cannot share files", async ({ page }) => {
    await openStep(page, "review");
    await expect(page.getByRole("button", { name: "Download PDF" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send to my coach" })).toHaveCount(0);
  });

  test("hands the PDF to the device's share sheet, where it can share files", async ({
    context,
    page,
  }) => {
    // A phone's share sheet: it takes PDF files and keeps what it was given.
    await context.addInitScript(() => {
      const sheet = window as unknown as { shared: Promise<string>[] };
      sheet.shared = [];
      navigator.canShare = (data) => (data?.files ?? []).every((f) => f.type === "application/pdf");
      navigator.share = (data) => {
        const file = data?.files?.[0];
        if (file)
          sheet.shared.push(
            file
              .slice(0, 5)
              .text()
              .then((head) => `${file.name} ${head}`),
          );
        return Promise.resolve();
      };
    });
    await openStep(page, "about-you");
    await page.getByRole("textbox", { name: "Your name" }).fill("Amira Khan");
    await waitForSaved(page, "Amira Khan");
    await openStep(page, "review");
    await page.getByRole("button", { name: "Send to my coach" }).click();
    await expect(page.getByText(/^Sent keeping-customers-.*\.pdf\.$/)).toBeVisible();
    const shared = await page.evaluate(() =>
      Promise.all((window as unknown as { shared: Promise<string>[] }).shared),
    );
    expect(shared).toEqual([expect.stringMatching(/^keeping-customers-[\d-]+\.pdf %PDF-$/)]);
  });
});
