import { findField, hasVisibleText } from "../../content/kinds";
import type { Answers, TableRow } from "../../content/types";
import type { Words } from "../../content/language";
import { shape } from "../../content/shape";
import type { CalendarEvent } from "./calendar-file";
import { readDate, type DateLanguage } from "./read-date";

/**
 * What can go in the calendar: each action point and each follow-up call, with the day read
 * from what was typed beside it (if it reads as one), and a monthly reminder to fill in the
 * scorecard. tests/unit/reminders.test.ts checks these questions and columns exist.
 */
export const SOURCES = [
  { fieldId: "actions", title: "action", when: "byWhen", kind: "Action" },
  { fieldId: "followUpCalls", title: "moment", when: "when", kind: "Follow-up call", say: "say" },
] as const;
export const SCORECARD_FIELD = "scorecard";

export type ReminderItem = {
  /** The row's own id, kept so that a newer file updates the same event in the calendar. */
  id: string;
  group: (typeof SOURCES)[number]["kind"];
  /** What the calendar shows, e.g. "Print my phone number on the cake boxes." */
  title: string;
  /** What was typed as its time, e.g. "End of March"; "" if nothing. */
  when: string;
  /** The day read from `when`, 2027-03-31, or null. */
  date: string | null;
  /** More words for the event, e.g. what to say on the call. */
  detail: string;
  /** The step it comes from, to link back to. */
  stepId: string;
};

const cell = (row: TableRow, column: string) => (row[column] ?? "").trim();

/**
 * Every action point and follow-up call that says what to do, in the workbook's order, with
 * dates read in English and the language shown.
 */
export function reminderItems(
  answers: Answers,
  today: string,
  language: DateLanguage,
): ReminderItem[] {
  return SOURCES.flatMap((source) => {
    const place = findField(shape, source.fieldId);
    const rows = (answers[source.fieldId] ?? []) as TableRow[];
    if (!place || !Array.isArray(rows)) return [];
    return rows
      .filter((row) => hasVisibleText(cell(row, source.title)))
      .map((row) => {
        const when = cell(row, source.when);
        return {
          id: `${source.fieldId}-${row.id}`,
          group: source.kind,
          title: cell(row, source.title),
          when,
          date: readDate(when, today, language),
          detail: "say" in source ? cell(row, source.say) : "",
          stepId: place.step.id,
        };
      });
  });
}

/** The first day of next month: when a monthly reminder starts unless chosen otherwise. */
export function firstOfNextMonth(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

const uid = (id: string) => `${id}@keeping-customers`;

/** An action point or follow-up call as a calendar event, in the language shown. */
export function itemEvent(item: ReminderItem, date: string, w: Words): CalendarEvent {
  const t = w.more.reminders.event;
  const action = item.group === "Action";
  const summary = action ? item.title : w.fill(t.call, { title: item.title });
  const lines = [
    item.detail && w.fill(t.say, { text: item.detail }),
    item.when && w.fill(action ? t.byWhen : t.callWhen, { when: item.when }),
    t.from,
  ];
  return { uid: uid(item.id), date, summary, description: lines.filter(Boolean).join("\n") };
}

export function scorecardEvent(date: string, workbookId: string, w: Words): CalendarEvent {
  const t = w.more.reminders.event;
  return {
    uid: uid(`scorecard-${workbookId}`),
    date,
    summary: t.scorecard,
    description: t.scorecardDetail,
    monthly: true,
  };
}
