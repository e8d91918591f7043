import type { Snapshot } from "../../formats/snapshots";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });
const dayAndYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
});
const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/**
 * "Taken to your session on 12 Nov" for each snapshot, with the year when it is not this year's
 * and the time when two were taken the same day, so every name is different.
 */
export function snapshotNames(
  snapshots: readonly Snapshot[],
  now = new Date(),
): Map<string, string> {
  const dateOf = (s: Snapshot) => {
    const date = new Date(s.takenAt);
    return date.getFullYear() === now.getFullYear() ? day.format(date) : dayAndYear.format(date);
  };
  const perDay = new Map<string, number>();
  for (const s of snapshots) perDay.set(dateOf(s), (perDay.get(dateOf(s)) ?? 0) + 1);
  return new Map(
    snapshots.map((s) => {
      const date = dateOf(s);
      const at = (perDay.get(date) ?? 0) > 1 ? ` at ${time.format(new Date(s.takenAt))}` : "";
      return [s.id, `Taken to your session on ${date}${at}`];
    }),
  );
}
