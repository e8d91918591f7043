import type { Progress } from "../../content/kinds";

/** "Done", "2 of 5", or nothing for a step without questions. */
export function progressText(p: Progress): string {
  if (p.total === 0) return "";
  if (p.answered === p.total) return "Done";
  return `${p.answered} of ${p.total}`;
}
