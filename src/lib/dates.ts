/** 2025-05-03, in the user's own time zone: for file names, which sort by date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What a date with its time takes from the language shown: its short date ("12 Nov"), its
 * locale for the time, and its words for a day and a time together. The language's `Words`
 * (src/content/language.ts) have this shape; it is spelt out here as lib/ knows no content.
 */
export type DateWords = {
  formats: { locale: string; shortDate: (date: Date) => string };
  fill: (text: string, values: { date: string; time: string }) => string;
  more: { dates: { dayAt: string } };
};

/**
 * When a session copy was taken, for "New since …": "12 Nov", or "12 Nov at 10:42" when it was
 * taken the same day as `date` (the PDF or file it is compared in), so two of one day differ.
 * In the language shown: its dates, its clock and its word for "at".
 */
export function sinceDateOf(takenAt: number, date: Date, w: DateWords): string {
  const then = new Date(takenAt);
  const day = w.formats.shortDate(then);
  const sameDay = day === w.formats.shortDate(date) && then.getFullYear() === date.getFullYear();
  if (!sameDay) return day;
  const time = new Intl.DateTimeFormat(w.formats.locale, { hour: "2-digit", minute: "2-digit" });
  return w.fill(w.more.dates.dayAt, { date: day, time: time.format(then) });
}
