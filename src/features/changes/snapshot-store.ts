import { useSyncExternalStore } from "react";
import { snapshotsKey } from "../../store/keys";
import { keepSnapshots, readSnapshots, type Snapshot } from "../../formats/snapshots";
import { isLocalStorageEvent, readItem, writeItem, type WriteResult } from "../../store/storage";

/**
 * A workbook's snapshots in the browser's storage, under their own key (see keys.ts). Only the
 * review step, the PDF and backups read them, so none of this is part of the first page load.
 * Every write reads what is stored first, so two tabs each making a PDF keep both copies.
 */

const none: Snapshot[] = [];
/** The last list read per key, with the text it came from: the same text gives the same list. */
const cache = new Map<string, { raw: string; list: Snapshot[] }>();
const listeners = new Set<() => void>();

/** The snapshots stored for a workbook, newest first; none if they cannot be read. */
export function storedSnapshots(workbookKey: string): Snapshot[] {
  const raw = readItem(snapshotsKey(workbookKey));
  if (typeof raw !== "string") return none;
  const known = cache.get(workbookKey);
  if (known?.raw === raw) return known.list;
  let list = none;
  try {
    const data: unknown = JSON.parse(raw);
    if (Array.isArray(data)) list = readSnapshots(data);
  } catch {
    // Damaged copies are only for comparing: without them, the review step says there are none.
  }
  cache.set(workbookKey, { raw, list });
  return list;
}

/** Adds snapshots to those stored (a new PDF's, or a backup's history), keeping the newest. */
export function addSnapshots(workbookKey: string, added: readonly Snapshot[]): WriteResult {
  const kept = keepSnapshots([...added, ...storedSnapshots(workbookKey)]);
  const written = writeItem(snapshotsKey(workbookKey), JSON.stringify(kept));
  for (const listener of listeners) listener();
  return written;
}

function subscribe(listener: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (isLocalStorageEvent(event)) listener();
  };
  listeners.add(listener);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The workbook's snapshots, newest first, kept up to date with this tab's and other tabs' PDFs. */
export function useSnapshots(workbookKey: string): Snapshot[] {
  return useSyncExternalStore(subscribe, () => storedSnapshots(workbookKey));
}
