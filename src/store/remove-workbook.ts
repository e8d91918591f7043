import { answeredCount } from "../content/kinds";
import { workbook } from "../content/workbook";
import { asidePrefix, feedbackKey, snapshotsKey } from "./keys";
import { keysStartingWith } from "./storage";
import { removeItem } from "./storage-removal";
import { removeStored } from "./stored-value";
import type { RemovalSummary, WorkbookHandle } from "./workbook-store";

/**
 * Removing a workbook's saved data, whole ("Remove my answers") or one unreadable copy kept
 * aside. Apart from the store's persistence, as only the review step's backup tools need it.
 */

/**
 * Wipes the workbook from the browser: its answers, its kept-aside copies, and what is kept
 * beside it (session copies, coach feedback), from this page's memory too.
 */
export function removeWorkbook({ store, saving, key }: WorkbookHandle): RemovalSummary {
  const state = store.getState();
  const summary: RemovalSummary = {
    answered: answeredCount(workbook, state.answers),
    keptAside: state.keptAside.length,
    removedFromBrowser: true,
  };
  const copies = state.keptAside.flatMap((c) => (c.key ? [c.key] : []));
  // First, so that nothing waiting is written back once the keys are gone.
  saving.forgetAll();
  const keys = [key, ...copies, ...keysStartingWith(asidePrefix(key))];
  for (const k of new Set(keys)) if (!removeItem(k)) summary.removedFromBrowser = false;
  for (const beside of [snapshotsKey(key), feedbackKey(key)])
    if (!removeStored(beside)) summary.removedFromBrowser = false;
  return summary;
}

/** Deletes one copy of unreadable saved data kept aside. */
export function deleteKeptAside({ store }: WorkbookHandle, foundAt: number): void {
  const copy = store.getState().keptAside.find((c) => c.foundAt === foundAt);
  if (copy?.key) removeItem(copy.key);
  store.setState((s) => ({ keptAside: s.keptAside.filter((c) => c.foundAt !== foundAt) }));
}
