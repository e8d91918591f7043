import { useId, useMemo, useState } from "react";
import { FormProvider, useForm, useFormContext } from "react-hook-form";
import { isoDate } from "../../lib/dates";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { downloadText } from "../../ui/download";
import { ErrorLine } from "../../ui/error-line";
import { stepHref } from "../steps/step-route";
import { calendarFile } from "./calendar-file";
import {
  firstOfNextMonth,
  itemEvent,
  reminderItems,
  scorecardEvent,
  type ReminderItem,
} from "./reminder-items";

/**
 * The reminder choices: which action points and follow-up calls go in the calendar and on which
 * day, and the monthly scorecard reminder. A form with rules and an end ("Add to calendar"
 * downloads the file), so react-hook-form holds it; the answers themselves stay in the store,
 * and a day picked here is never written back into them.
 */

type Choice = { on: boolean; date: string };
type Choices = { items: Choice[]; monthly: Choice };

export const CALENDAR_FILE = "keeping-customers-reminders.ics";

const longDay = (date: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Checks a chosen day: there, real, and not gone. */
function checkDay(date: string, today: string): true | string {
  if (!date) return "Pick a day for this reminder, or untick it.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return "That is not a day the calendar can use.";
  if (date < today) return "That day has passed. Pick a later one, or untick it.";
  return true;
}

/** Said under a reminder's day: where it was read from, or why it has none. */
function readFrom(item: ReminderItem): string {
  if (item.date) return `Read from “${item.when}”: ${longDay(item.date)}.`;
  if (item.when) return `“${item.when}” is not a date a calendar can use. Pick a day to add it.`;
  return "No date given. Pick a day to add it.";
}

function Done({ count, left }: { count: number; left: ReminderItem[] }) {
  return (
    <>
      {`Downloaded ${CALENDAR_FILE} with ${count === 1 ? "1 reminder" : `${count} reminders`}. Open it to add ${count === 1 ? "it" : "them"} to your calendar.`}
      {left.length > 0 && (
        <>
          {" Not in it, with no date the calendar could use: "}
          {left.map((item) => `“${item.title}”${item.when ? ` (${item.when})` : ""}`).join(", ")}.
        </>
      )}
    </>
  );
}

function ItemChoice({ item, i, today }: { item: ReminderItem; i: number; today: string }) {
  const { register, getValues, setValue, formState } = useFormContext<Choices>();
  const id = useId();
  const error = formState.errors.items?.[i]?.date;
  return (
    <li className="reminder">
      <label className="check-line">
        <input type="checkbox" {...register(`items.${i}.on`)} />{" "}
        {item.group === "Action" ? item.title : `Call: ${item.title}`}
      </label>
      <label className="reminder-date">
        Day<span className="visually-hidden"> for “{item.title}”</span>{" "}
        <input
          type="date"
          className="input"
          min={today}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-read ${id}-error`}
          {...register(`items.${i}.date`, {
            validate: (date) => !getValues(`items.${i}.on`) || checkDay(date, today),
            // Picking a day is choosing the reminder.
            onChange: (e: { target: HTMLInputElement }) => {
              if (e.target.value) setValue(`items.${i}.on`, true);
            },
          })}
        />
      </label>
      <p id={`${id}-read`} className={`field-hint${item.date ? "" : " no-date"}`}>
        {readFrom(item)}
      </p>
      <ErrorLine id={`${id}-error`} error={error} />
    </li>
  );
}

function MonthlyChoice({ today }: { today: string }) {
  const { register, getValues, formState } = useFormContext<Choices>();
  const id = useId();
  const error = formState.errors.monthly?.date;
  return (
    <fieldset className="reminder-group">
      <legend>Your monthly scorecard</legend>
      <label className="check-line">
        <input type="checkbox" {...register("monthly.on")} /> Every month: fill in your scorecard
      </label>
      <label className="reminder-date">
        First reminder{" "}
        <input
          type="date"
          className="input"
          min={today}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          {...register("monthly.date", {
            validate: (date) => {
              if (!getValues("monthly.on")) return true;
              const checked = checkDay(date, today);
              if (checked !== true) return checked;
              // A monthly rule skips months without the day (RFC 5545): no 31st in April.
              return (
                Number(date.slice(8)) <= 28 ||
                "Pick a day from the 1st to the 28th, so every month has it."
              );
            },
          })}
        />
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Then on the same day every month.
      </p>
      <ErrorLine id={`${id}-error`} error={error} />
    </fieldset>
  );
}

const GROUPS = [
  {
    group: "Action",
    legend: "Your action points",
    stepId: "talk-it-through",
    add: "Add action points",
  },
  {
    group: "Follow-up call",
    legend: "Your follow-up calls",
    stepId: "follow-up-calls",
    add: "Plan your follow-up calls",
  },
] as const;

export function RemindersForm() {
  const answers = useWorkbook((s) => s.answers);
  const today = isoDate(new Date());
  const items = useMemo(() => reminderItems(answers, today), [answers, today]);
  // New choices when the rows change (feedback from the coach adds action points, say).
  const rows = items.map((item) => `${item.id}:${item.date}`).join(" ");
  return <ChoicesForm key={rows} items={items} today={today} />;
}

function ChoicesForm({ items, today }: { items: ReminderItem[]; today: string }) {
  const store = useWorkbookStoreApi();
  const [done, setDone] = useState<{ count: number; left: ReminderItem[] } | null>(null);
  const form = useForm<Choices>({
    defaultValues: {
      items: items.map((item) => ({ on: item.date !== null, date: item.date ?? "" })),
      monthly: { on: true, date: firstOfNextMonth(today) },
    },
  });
  const { errors } = form.formState;

  const submit = (choices: Choices) => {
    const chosen = items.flatMap((item, i) => {
      const choice = choices.items[i];
      return choice?.on ? [itemEvent(item, choice.date)] : [];
    });
    const events = choices.monthly.on
      ? [...chosen, scorecardEvent(choices.monthly.date, store.getState().ensureWorkbookId())]
      : chosen;
    if (events.length === 0) {
      form.setError("root.none", { message: "Tick at least one reminder to put in the calendar." });
      return;
    }
    downloadText(CALENDAR_FILE, calendarFile(events), "text/calendar");
    setDone({ count: events.length, left: items.filter((_, i) => !choices.items[i]?.on) });
  };

  return (
    <FormProvider {...form}>
      <form
        className="reminders-form"
        aria-label="Reminders in your calendar"
        noValidate
        onSubmit={(e) => void form.handleSubmit(submit)(e)}
      >
        {GROUPS.map(({ group, legend, stepId, add }) => {
          const entries = items.flatMap((item, i) => (item.group === group ? [{ item, i }] : []));
          return (
            <fieldset key={group} className="reminder-group">
              <legend>{legend}</legend>
              {entries.length === 0 ? (
                <p className="field-hint">
                  None yet. <a href={stepHref(stepId)}>{add}</a>
                </p>
              ) : (
                <ul className="reminder-list">
                  {entries.map(({ item, i }) => (
                    <ItemChoice key={item.id} item={item} i={i} today={today} />
                  ))}
                </ul>
              )}
            </fieldset>
          );
        })}
        <MonthlyChoice today={today} />
        {errors.root?.none && (
          <p role="alert" className="alert">
            {errors.root.none.message}
          </p>
        )}
        <div className="reminders-actions">
          <button type="submit" className="button primary">
            Add to calendar
          </button>
          <p className="backup-done" role="status">
            {done && <Done {...done} />}
          </p>
        </div>
      </form>
    </FormProvider>
  );
}
