import { useId, useMemo, useState } from "react";
import { FormProvider, useForm, useFormContext } from "react-hook-form";
import type { Words } from "../../content/language";
import { isoDate } from "../../lib/dates";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { downloadText } from "../../ui/download";
import { ErrorLine } from "../../ui/error-line";
import { fillNodes, useWords } from "../../ui/words";
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

const longDay = (date: string, w: Words) =>
  new Intl.DateTimeFormat(w.formats.locale, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Checks a chosen day: there, real, and not gone. */
function checkDay(date: string, today: string, w: Words): true | string {
  const t = w.more.reminders;
  if (!date) return t.pickDay;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return t.notADay;
  if (date < today) return t.passed;
  return true;
}

/** Said under a reminder's day: where it was read from, or why it has none. */
function readFrom(item: ReminderItem, w: Words): string {
  const t = w.more.reminders;
  if (item.date) return w.fill(t.readFrom, { when: item.when, day: longDay(item.date, w) });
  if (item.when) return w.fill(t.notADate, { when: item.when });
  return t.noDate;
}

function Done({ count, left }: { count: number; left: ReminderItem[] }) {
  const w = useWords();
  const t = w.more.reminders;
  const items = left.map((item) =>
    w.fill(item.when ? t.itemWhen : t.item, { title: item.title, when: item.when }),
  );
  return (
    <>
      {w.plural(t.downloaded, count, { file: CALENDAR_FILE })}
      {left.length > 0 && w.fill(t.notIn, { items: w.formats.list(items) })}
    </>
  );
}

function ItemChoice({ item, i, today }: { item: ReminderItem; i: number; today: string }) {
  const { register, getValues, setValue, formState } = useFormContext<Choices>();
  const id = useId();
  const error = formState.errors.items?.[i]?.date;
  const w = useWords();
  const t = w.more.reminders;
  return (
    <li className="reminder">
      <label className="check-line">
        <input type="checkbox" {...register(`items.${i}.on`)} />{" "}
        {item.group === "Action" ? item.title : w.fill(t.call, { title: item.title })}
      </label>
      <label className="reminder-date">
        {t.day}
        <span className="visually-hidden">{w.fill(t.dayFor, { title: item.title })}</span>{" "}
        <input
          type="date"
          className="input"
          min={today}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-read ${id}-error`}
          {...register(`items.${i}.date`, {
            validate: (date) => !getValues(`items.${i}.on`) || checkDay(date, today, w),
            // Picking a day is choosing the reminder.
            onChange: (e: { target: HTMLInputElement }) => {
              if (e.target.value) setValue(`items.${i}.on`, true);
            },
          })}
        />
      </label>
      <p id={`${id}-read`} className={`field-hint${item.date ? "" : " no-date"}`}>
        {readFrom(item, w)}
      </p>
      <ErrorLine id={`${id}-error`} error={error} />
    </li>
  );
}

function MonthlyChoice({ today }: { today: string }) {
  const { register, getValues, formState } = useFormContext<Choices>();
  const id = useId();
  const error = formState.errors.monthly?.date;
  const w = useWords();
  const t = w.more.reminders;
  return (
    <fieldset className="reminder-group">
      <legend>{t.monthly}</legend>
      <label className="check-line">
        <input type="checkbox" {...register("monthly.on")} /> {t.everyMonth}
      </label>
      <label className="reminder-date">
        {t.firstReminder}{" "}
        <input
          type="date"
          className="input"
          min={today}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          {...register("monthly.date", {
            validate: (date) => {
              if (!getValues("monthly.on")) return true;
              const checked = checkDay(date, today, w);
              if (checked !== true) return checked;
              // A monthly rule skips months without the day (RFC 5545): no 31st in April.
              return Number(date.slice(8)) <= 28 || t.upTo28;
            },
          })}
        />
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t.sameDay}
      </p>
      <ErrorLine id={`${id}-error`} error={error} />
    </fieldset>
  );
}

const GROUPS = [
  { group: "Action", legend: "actions", stepId: "talk-it-through", add: "addActions" },
  { group: "Follow-up call", legend: "calls", stepId: "follow-up-calls", add: "planCalls" },
] as const;

export function RemindersForm() {
  const answers = useWorkbook((s) => s.answers);
  const w = useWords();
  const today = isoDate(new Date());
  const items = useMemo(() => reminderItems(answers, today, w), [answers, today, w]);
  // New choices when the rows change (feedback from the coach adds action points, say).
  const rows = items.map((item) => `${item.id}:${item.date}`).join(" ");
  return <ChoicesForm key={rows} items={items} today={today} />;
}

function ChoicesForm({ items, today }: { items: ReminderItem[]; today: string }) {
  const store = useWorkbookStoreApi();
  const [done, setDone] = useState<{ count: number; left: ReminderItem[] } | null>(null);
  const w = useWords();
  const t = w.more.reminders;
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
      return choice?.on ? [itemEvent(item, choice.date, w)] : [];
    });
    const workbookId = store.getState().ensureWorkbookId();
    const events = choices.monthly.on
      ? [...chosen, scorecardEvent(choices.monthly.date, workbookId, w)]
      : chosen;
    if (events.length === 0) {
      form.setError("root.none", { message: t.tickOne });
      return;
    }
    downloadText(CALENDAR_FILE, calendarFile(events), "text/calendar");
    setDone({ count: events.length, left: items.filter((_, i) => !choices.items[i]?.on) });
  };

  return (
    <FormProvider {...form}>
      <form
        className="reminders-form"
        aria-label={t.form}
        noValidate
        onSubmit={(e) => void form.handleSubmit(submit)(e)}
      >
        {GROUPS.map(({ group, legend, stepId, add }) => {
          const entries = items.flatMap((item, i) => (item.group === group ? [{ item, i }] : []));
          return (
            <fieldset key={group} className="reminder-group">
              <legend>{t[legend]}</legend>
              {entries.length === 0 ? (
                <p className="field-hint">
                  {fillNodes(t.noneYet, { link: <a href={stepHref(stepId)}>{t[add]}</a> })}
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
            {t.add}
          </button>
          <p className="backup-done" role="status">
            {done && <Done {...done} />}
          </p>
        </div>
      </form>
    </FormProvider>
  );
}
