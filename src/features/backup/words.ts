/** "1 question", "3 questions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 May 2025 at 10:00", in the user's own time zone. */
export const dateTime = (date: Date) =>
  date.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" });

/** Said after a download, and before and after removing answers: downloaded files stay. */
export const DOWNLOADS_NOTE =
  "On a shared computer, delete it from the Downloads folder when you finish: removing your answers here does not remove files you downloaded.";
