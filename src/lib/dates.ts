/** 2025-05-03, in the user's own time zone: for file names, which sort by date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
<<<<<<< HEAD
=======

/** "12 Nov": short enough for a mark beside an answer. */
export function shortDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" }).format(date);
}

/** "22 November 2025": spelt out, so no reader mistakes day for month. */
export function longDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/**
 * When a session copy was taken, for "New since …": "12 Nov", or "12 Nov at 10:42" when it was
 * taken the same day as `date` (the PDF or file it is compared in), so two of one day differ.
 */
export function sinceDateOf(takenAt: number, date: Date): string {
  const then = new Date(takenAt);
  const day = shortDate(then);
  if (day !== shortDate(date) || then.getFullYear() !== date.getFullYear()) return day;
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${day} at ${time.format(then)}`;
}
>>>>>>> main
