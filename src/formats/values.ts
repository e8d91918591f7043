/**
 * The smallest check every reader of outside data shares, apart from the readers themselves
 * (outer-layer.ts) because the saved data's reader, in the first load, needs it too.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
