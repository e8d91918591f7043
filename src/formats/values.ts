/**
 * The smallest checks every reader of outside data shares, apart from the readers themselves
 * (outer-layer.ts) because the saved data's reader, in the first load, needs them too.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** In the year 2191: far beyond any wrong clock, well inside what a Date can show (275760). */
export const LATEST_TIME = 7e12;

/**
 * A time saved with the answers (ms since 1970), or null. Small numbers pass (a clock may be
 * wrong either way, and for merging only their order matters); beyond LATEST_TIME, adding one
 * would change nothing, and a date would not show.
 */
export function stampTime(value: unknown): number | null {
  return typeof value === "number" && value >= 0 && value <= LATEST_TIME ? value : null;
}
