import { answeredCount } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { shape } from "../../content/shape";

/** Enough answers that losing them would hurt. */
export const REMIND_AFTER_ANSWERS = 10;
/** How long without a backup file before a reminder: phones can forget a site within a week. */
export const REMIND_AFTER_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

type Facts = {
  answers: Answers;
  startedAt: number | null;
  backedUpAt: number | null;
  remindedAt: number | null;
};

/**
 * True once there are many answers and no backup file for a while, and the user has not been
 * reminded since the last backup (or since starting): one quiet reminder, not a nag.
 */
export function needsBackupReminder(facts: Facts, now: number): boolean {
  const since = facts.backedUpAt ?? facts.startedAt;
  if (since === null || now - since < REMIND_AFTER_DAYS * DAY) return false;
  if (facts.remindedAt !== null && facts.remindedAt >= since) return false;
  return answeredCount(shape, facts.answers) >= REMIND_AFTER_ANSWERS;
}
