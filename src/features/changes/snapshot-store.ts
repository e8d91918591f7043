import { useStore } from "zustand";
import {
  keepSnapshots,
  readStoredSnapshots,
  storedSnapshotsText,
  type Snapshot,
} from "../../formats/snapshots";
import { snapshotsKey } from "../../store/keys";
import {
  storedValue,
  type StoredFormat,
  type StoredProblem,
  type StoredValue,
} from "../../store/stored-value";

/**
 * A workbook's snapshots in the browser's storage, under their own key (see keys.ts), kept with
 * the stored-value primitive: two tabs each making a PDF keep both copies, and a copy that could
 * not be kept is said so. Only the review step, the PDF and backups read them, so none of this
 * is part of the first page load.
 */

const format: StoredFormat<Snapshot[], never> = {
  empty: [],
  read: (raw) => {
    const read = readStoredSnapshots(raw);
    return read.status === "ok" ? { status: "ok", value: read.snapshots } : read;
  },
  write: storedSnapshotsText,
  // Every copy either tab has, newest first, within the limits: the same in every tab.
  merge: (ours, theirs) => ({ value: keepSnapshots([...ours, ...theirs]), lost: [] }),
};

export function snapshotsOf(workbookKey: string): StoredValue<Snapshot[]> {
  return storedValue(snapshotsKey(workbookKey), format);
}

/** The snapshots stored for a workbook, newest first; none if they cannot be read. */
export function storedSnapshots(workbookKey: string): Snapshot[] {
  return snapshotsOf(workbookKey).get();
}

/**
 * Adds snapshots to those stored (a new PDF's, or a backup's history), keeping the newest, and
 * writes them at once: the problem if they could not be kept.
 */
export function addSnapshots(
  workbookKey: string,
  added: readonly Snapshot[],
): StoredProblem | null {
  const snapshots = snapshotsOf(workbookKey);
  snapshots.set((list) => keepSnapshots([...added, ...list]));
  return snapshots.flush();
}

/** The workbook's snapshots, newest first, kept up to date with this tab's and other tabs' PDFs. */
export function useSnapshots(workbookKey: string): Snapshot[] {
  return useStore(snapshotsOf(workbookKey).store, (s) => s.value);
}

/** Whether the copies could not be kept, or a newer version keeps them. */
export function useSnapshotsProblem(workbookKey: string): StoredProblem | null {
  return useStore(snapshotsOf(workbookKey).store, (s) => s.problem);
}
