import ICAL from "ical.js";

/** The events of an iCalendar file, as a calendar app's parser (ical.js) reads them. */
export function calendarEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
}

/** The calendar itself, for its own properties. */
export const calendarOf = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
