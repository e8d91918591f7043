/**
 * An iCalendar file (RFC 5545) of all-day reminders, which any calendar app opens: Google,
 * Apple, Outlook, a phone's own. Written here in a few dozen lines rather than with a library
 * (ics 20.6 kB gzip with its schema checker, ical-generator 9 kB, ts-ics 6.2 kB) since the
 * workbook needs only all-day events, one monthly rule and an alarm, none of the time zones
 * those libraries are mostly made of. tests/unit/calendar-file.test.ts reads the file back
 * with ical.js.
 */

export type CalendarEvent = {
  /** Stays the same for the same reminder, so opening a newer file updates it. */
  uid: string;
  /** The day, 2026-03-31: an all-day event. */
  date: string;
  summary: string;
  description?: string;
  /** Repeats on the same day every month. */
  monthly?: boolean;
};

const CRLF = "\r\n";
/** A line may hold at most 75 octets, line break not counted (RFC 5545, 3.1). */
const MAX_OCTETS = 75;

/** Text as a TEXT value: backslash, semicolon, comma and line breaks escaped (3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line into lines of at most 75 octets, each further line starting with a
 * space. A character is never split: a UTF-8 sequence stays whole on its line.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** 2026-03-31 as 20260331, and the day after it (an all-day event ends the next day). */
const basicDate = (date: string) => date.replace(/-/g, "");
function dayAfter(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
/** A moment in UTC, 20261207T081500Z. */
const utcStamp = (when: Date) =>
  when
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const summary = escapeText(event.summary);
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(dayAfter(event.date))}`,
    ...(event.monthly ? ["RRULE:FREQ=MONTHLY"] : []),
    `SUMMARY:${summary}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    "TRANSP:TRANSPARENT",
    // A nudge at 9 in the morning of the day; calendars that ignore it still show the event.
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${summary}`,
    "TRIGGER;RELATED=START:PT9H",
    "END:VALARM",
    "END:VEVENT",
  ];
}

/** The whole file, lines folded and ended with CRLF. */
export function calendarFile(events: readonly CalendarEvent[], now = new Date()): string {
  const stamp = utcStamp(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Keeping Customers//Workbook reminders//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
