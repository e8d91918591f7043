import fc from "fast-check";
import type ICAL from "ical.js";
import { calendarFile, escapeText, foldLine } from "../../src/features/reminders/calendar-file";
import { calendarEvents, calendarOf } from "../fixtures/read-calendar";

const octets = (line: string) => new TextEncoder().encode(line).length;
/** Unfolds as RFC 5545 says: a line break followed by one space or tab is taken out. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("the calendar file", () => {
  const file = calendarFile(
    [
      {
        uid: "actions-r1@keeping-customers",
        date: "2027-03-31",
        summary: "Print my phone number on the cake boxes; and, the flyers\\labels",
        description: "By when: End of March\nFrom my workbook.",
      },
      {
        uid: "scorecard-w1@keeping-customers",
        date: "2027-01-01",
        summary: "Fill in your customer scorecard",
        monthly: true,
      },
    ],
    new Date("2026-12-07T08:15:30.123Z"),
  );

  it("ends every line with CRLF and keeps each within 75 octets", () => {
    expect(file.endsWith("\r\n")).toBe(true);
    const lines = file.slice(0, -2).split("\r\n");
    expect(lines.every((line) => !line.includes("\n") && !line.includes("\r"))).toBe(true);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
  });

  it("reads back in ical.js: all-day events with their text, day, stamp and the monthly rule", () => {
    expect(calendarOf(file).getFirstPropertyValue("version")).toBe("2.0");
    const events = calendarEvents(file);
    expect(events.map((e) => e.summary)).toEqual([
      "Print my phone number on the cake boxes; and, the flyers\\labels",
      "Fill in your customer scorecard",
    ]);
    expect(events[0]!.description).toBe("By when: End of March\nFrom my workbook.");
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe("2027-03-31");
    expect(events[0]!.endDate.toString()).toBe("2027-04-01");
    expect(events[0]!.uid).toBe("actions-r1@keeping-customers");
    expect(events[0]!.isRecurring()).toBe(false);
    const stamp = events[0]!.component.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toString()).toBe("2026-12-07T08:15:30Z");
    expect(events[1]!.isRecurring()).toBe(true);
    const rule = events[1]!.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("MONTHLY");
    const next = events[1]!.iterator();
    const days = [next.next(), next.next(), next.next()].map((t) => t.toString());
    expect(days).toEqual(["2027-01-01", "2027-02-01", "2027-03-01"]);
    const alarm = events[0]!.component.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
  });

  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d\r\ne\rf\ng")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("folds at 75 octets without splitting a character, and unfolds to the line (property)", () => {
    const long = `SUMMARY:${"é".repeat(50)}`;
    const folded = foldLine(long);
    // 8 octets of name, then 33 two-octet letters fit; the 34th would be cut in half.
    expect(folded.split("\r\n").map(octets)).toEqual([74, 35]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const physical = foldLine(line).split("\r\n");
        expect(physical.every((l) => octets(l) <= 75)).toBe(true);
        expect(physical.slice(1).every((l) => l.startsWith(" "))).toBe(true);
        expect(unfold(foldLine(line))).toBe(line);
      }),
    );
  });

  it("gives back any summary and description as typed, through a real parser (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }),
        fc.string({ unit: "grapheme", maxLength: 200 }),
        (summary, description) => {
          const text = calendarFile([{ uid: "u@k", date: "2027-05-04", summary, description }]);
          const [event] = calendarEvents(text);
          // A calendar keeps line breaks as \n, whichever kind was typed.
          expect(event!.summary).toBe(summary.replace(/\r\n|\r/g, "\n"));
          if (description) expect(event!.description).toBe(description.replace(/\r\n|\r/g, "\n"));
        },
      ),
      { numRuns: 200 },
    );
  });
});
