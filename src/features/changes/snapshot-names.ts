import type { Words } from "../../content/language";
import type { Snapshot } from "../../formats/snapshots";

/**
 * "Taken to your session on 12 Nov" for each snapshot, with the year when it is not this year's
 * and the time when two were taken the same day, so every name is different.
 */
export function snapshotNames(
  snapshots: readonly Snapshot[],
  w: Words,
  now = new Date(),
): Map<string, string> {
  const { locale } = w.formats;
  const dayAndYear = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
  const dateOf = (s: Snapshot) => {
    const date = new Date(s.takenAt);
    return date.getFullYear() === now.getFullYear()
      ? w.formats.shortDate(date)
      : dayAndYear.format(date);
  };
  const perDay = new Map<string, number>();
  for (const s of snapshots) perDay.set(dateOf(s), (perDay.get(dateOf(s)) ?? 0) + 1);
  const t = w.more.changes;
  return new Map(
    snapshots.map((s) => {
      const date = dateOf(s);
      const name =
        (perDay.get(date) ?? 0) > 1
          ? w.fill(t.takenAt, { date, time: time.format(new Date(s.takenAt)) })
          : w.fill(t.taken, { date });
      return [s.id, name];
    }),
  );
}
