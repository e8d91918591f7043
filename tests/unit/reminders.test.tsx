import { screen, within } from "@testing-library/react";
import { findField } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { isoDate } from "../../src/lib/dates";
import { SCORECARD_FIELD, SOURCES } from "../../src/features/reminders/reminder-items";
import { catchDownloads } from "./catch-downloads";
import { calendarEvents } from "../fixtures/read-calendar";
import { renderApp } from "./render-app";

function savedWith(key: string, answers: Record<string, unknown>) {
  localStorage.setItem(key, JSON.stringify({ version: 3, state: { answers, lastStepId: "" } }));
  return key;
}

const nextYear = new Date().getFullYear() + 1;
const answers = {
  actions: [
    { id: "a1", action: "Print my phone number on the cake boxes.", byWhen: `31/3/${nextYear}` },
    { id: "a2", action: "Write an order confirmation template.", byWhen: "Next week" },
    { id: "a3", action: "", byWhen: "" },
  ],
  followUpCalls: [{ id: "c1", moment: "A new customer", when: "A few days after", say: "Hi" }],
};

async function openReminders(key: string) {
  const view = await renderApp("review", savedWith(key, answers));
  // The fold stays open once opened during a visit (here: the tests before this one).
  const fold = await screen.findByRole("button", { name: "Reminders in your calendar" });
  if (fold.getAttribute("aria-expanded") === "false") await view.user.click(fold);
  const form = within(await screen.findByRole("form", { name: "Reminders in your calendar" }));
  await form.findByRole("button", { name: "Add to calendar" });
  return { ...view, form };
}

describe("reminders in the calendar", () => {
  it("reads from the questions it names", () => {
    for (const source of SOURCES) {
      const field = findField(workbook, source.fieldId)?.field;
      expect(field?.kind).toBe("table");
      const columns = field?.kind === "table" ? field.columns.map((c) => c.id) : [];
      expect(columns).toEqual(expect.arrayContaining([source.title, source.when]));
    }
    expect(findField(workbook, SCORECARD_FIELD)?.field.kind).toBe("scorecard");
  });

  it("ticks the actions with a day it could read, and says which had none", async () => {
    const { form } = await openReminders("rem-1");
    expect(form.getByRole("checkbox", { name: /Print my phone number/ })).toBeChecked();
    expect(form.getByLabelText(/Day for “Print my phone number/)).toHaveValue(`${nextYear}-03-31`);
    expect(form.getByRole("checkbox", { name: /order confirmation/ })).not.toBeChecked();
    expect(form.getByText(/“Next week” is not a date a calendar can use/)).toBeInTheDocument();
    expect(form.getAllByRole("checkbox")).toHaveLength(4);
  });

  it("asks for a day before putting a reminder in, and downloads nothing until then", async () => {
    const downloads = catchDownloads();
    const { user, form } = await openReminders("rem-2");
    await user.click(form.getByRole("checkbox", { name: /Call: A new customer/ }));
    await user.click(form.getByRole("button", { name: "Add to calendar" }));
    const day = form.getByLabelText(/Day for “A new customer”/);
    expect(await form.findByText("Pick a day for this reminder, or untick it.")).toBeVisible();
    expect(day).toHaveAttribute("aria-invalid", "true");
    expect(day).toHaveFocus();
    expect(downloads).toHaveLength(0);

    await user.type(day, `${nextYear}-02-10`);
    await user.click(form.getByRole("button", { name: "Add to calendar" }));
    await form.findByText(/Downloaded keeping-customers-reminders\.ics with 3 reminders/);
    expect(form.getByRole("status")).toHaveTextContent(
      "Not in it, with no date the calendar could use: “Write an order confirmation template.” (Next week).",
    );
    expect(downloads.map((d) => d.name)).toEqual(["keeping-customers-reminders.ics"]);
    const events = calendarEvents(await downloads[0]!.blob.text());
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.isRecurring()])).toEqual([
      ["Print my phone number on the cake boxes.", `${nextYear}-03-31`, false],
      ["Follow-up call: A new customer", `${nextYear}-02-10`, false],
      ["Fill in your customer scorecard", expect.stringMatching(/-01$/), true],
    ]);
  });

  it("keeps the monthly reminder to a day every month has, and needs at least one", async () => {
    const downloads = catchDownloads();
    const { user, form } = await openReminders("rem-3");
    const first = form.getByLabelText("First reminder");
    await user.clear(first);
    await user.type(first, `${nextYear}-01-30`);
    await user.click(form.getByRole("button", { name: "Add to calendar" }));
    expect(await form.findByText(/from the 1st to the 28th/)).toBeVisible();

    await user.click(form.getByRole("checkbox", { name: /Every month/ }));
    await user.click(form.getByRole("checkbox", { name: /Print my phone number/ }));
    await user.click(form.getByRole("button", { name: "Add to calendar" }));
    expect(await form.findByRole("alert")).toHaveTextContent("Tick at least one reminder");
    expect(downloads).toHaveLength(0);
  });

  it("refuses a day that has passed", async () => {
    const { user, form } = await openReminders("rem-4");
    const day = form.getByLabelText(/Day for “Print my phone number/);
    await user.clear(day);
    await user.type(day, "2020-01-01");
    await user.click(form.getByRole("button", { name: "Add to calendar" }));
    expect(await form.findByText(/That day has passed/)).toBeVisible();
    expect(isoDate(new Date()) > "2020-01-01").toBe(true);
  });
});
