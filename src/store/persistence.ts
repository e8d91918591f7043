import { answeredCount } from "../content/kinds";
import { shape } from "../content/shape";
import { STEP, type Doc } from "../formats/doc";
import { mergeDocs, sameValue } from "./merge";
import {
  emptyDoc,
  emptyMeta,
  readSaved,
  serialize,
  type SavedMeta,
  type SavedWorkbook,
} from "../formats/saved-data";
import {
  isLocalStorageEvent,
  keysStartingWith,
  readItem,
  writeItem,
  type SaveProblem,
} from "./storage";
import { asidePrefix, snapshotsKey } from "./keys";
import {
  docOf,
  metaOf,
  type KeptAside,
  type SaveState,
  type Saving,
  type WorkbookState,
} from "./workbook-store";
import type { StoreApi } from "zustand";

/**
 * Keeps a workbook's store and the browser's storage in step, like a sync client beside the
 * store: it reads the saved workbook when made, writes changes a short pause after they happen
 * (and at once when the page is hidden or closed), merges what other tabs save (merge.ts), keeps
 * unreadable data aside instead of overwriting it, and tries again while saving fails. Nothing
 * is attached until `start`; `stop` undoes all of it, writing anything still waiting first.
 */

export type Timing = {
  /** Typing may pause this long before answers are written. */
  delayMs: number;
  /** Continuous typing is still written at least this often: the one-second promise. */
  maxWaitMs: number;
  /** While saving fails, try again this often even if nothing changes. */
  retryMs: number;
};

export const TIMING: Timing = { delayMs: 300, maxWaitMs: 900, retryMs: 4000 };

export type Persistence = Saving & { start: () => void; stop: () => void };

/** Something worth saving: a change to an answer, not just moving between steps. */
const hasChanges = (doc: Doc) =>
  doc.removals.length > 0 || Object.keys(doc.stamps).some((path) => path !== STEP);

const minTime = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.min(a, b);
const maxTime = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b);

function mergeMeta(ours: SavedMeta, theirs: SavedMeta | null): SavedMeta {
  if (!theirs) return ours;
  return {
    savedAt: maxTime(ours.savedAt, theirs.savedAt),
    startedAt: minTime(ours.startedAt, theirs.startedAt),
    backedUpAt: maxTime(ours.backedUpAt, theirs.backedUpAt),
    remindedAt: maxTime(ours.remindedAt, theirs.remindedAt),
    // The first id saved stays: a tab that made its own before hearing of it takes the saved one.
    workbookId: theirs.workbookId ?? ours.workbookId,
  };
}

// eslint-disable-next-line max-lines-per-function -- one closure holds the sync client's state
export function createPersistence(
  store: StoreApi<WorkbookState>,
  key: string,
  timing: Timing = TIMING,
): Persistence {
  const prefix = asidePrefix(key);
  /** The copy storage held after this tab last read or wrote it: the base for conflicts. */
  let base: Doc = emptyDoc();
  /** This workbook is in storage (read at load, or written since). */
  let onDisk = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;
  /** True while this module itself puts a merged copy in the store: that needs no saving. */
  let absorbing = false;
  let detach: (() => void)[] = [];
  let lastStamp = 0;
  const stamp = () => (lastStamp = Math.max(Date.now(), lastStamp + 1));

  const setStatus = (saveState: SaveState, saveProblem: SaveProblem | null) => {
    // Change-only: a set() that changes nothing still wakes every subscriber.
    const now = store.getState();
    if (now.saveState !== saveState || now.saveProblem !== saveProblem)
      store.setState({ saveState, saveProblem });
  };

  const storedCopies = (): KeptAside[] =>
    keysStartingWith(prefix).flatMap((k) => {
      const raw = readItem(k);
      if (typeof raw !== "string") return [];
      const foundAt = Number(k.slice(prefix.length));
      const known = store.getState().keptAside.find((c) => c.key === k);
      return [
        {
          key: k,
          raw,
          reason: known?.reason ?? "damaged",
          foundAt: Number.isFinite(foundAt) ? foundAt : 0,
          isNew: known?.isNew ?? false,
        },
      ];
    });

  /**
   * Copies unreadable saved data to a key of its own before anything may overwrite it. Returns
   * false when no copy could be made: the original must then stay where it is. A copy that
   * already exists is not made twice; on page load (`tellAgain`) the user is told about it again.
   */
  const keepAside = (raw: string, reason: KeptAside["reason"], tellAgain: boolean): boolean => {
    const list = store.getState().keptAside;
    const same = list.find((c) => c.raw === raw);
    if (same?.key) {
      if (tellAgain)
        store.setState({
          keptAside: list.map((c) => (c === same ? { ...c, reason, isNew: true } : c)),
        });
      return true;
    }
    const foundAt = stamp();
    const copyKey = `${prefix}${foundAt}`;
    const written = writeItem(copyKey, raw);
    const copy: KeptAside = { key: written.ok ? copyKey : null, raw, reason, foundAt, isNew: true };
    store.setState({ keptAside: [...list.filter((c) => c.raw !== raw), copy] });
    return written.ok;
  };

  const fail = (problem: SaveProblem) => {
    setStatus("failed", problem);
    clearTimeout(retryTimer);
    if (problem !== "newer") retryTimer = setTimeout(flush, timing.retryMs);
  };

  const take = (doc: Doc, lost: Parameters<WorkbookState["absorb"]>[1]) => {
    absorbing = true;
    try {
      store.getState().absorb(doc, lost);
    } finally {
      absorbing = false;
    }
  };

  /** Reads what is stored, keeping damaged data aside. Null when it must not be written over. */
  const readStored = (tellAgain: boolean): { theirs: SavedWorkbook | null } | null => {
    const raw = readItem(key);
    if (raw === undefined) {
      fail("blocked");
      return null;
    }
    const read = readSaved(raw);
    if (read.status === "unreadable" && read.reason === "newer") {
      fail("newer");
      return null;
    }
    if (raw !== null) {
      const partial = read.status === "ok" && read.unreadableFields.length > 0;
      if (read.status === "unreadable" || partial) {
        store.setState({ unreadableFields: read.status === "ok" ? read.unreadableFields : [] });
        const reason = read.status === "unreadable" ? read.reason : "partial";
        if (!keepAside(raw, reason, tellAgain)) {
          fail("full");
          return null;
        }
      }
    }
    return { theirs: read.status === "ok" ? read.saved : null };
  };

  /** Brings memory and storage together now: merge what is stored, write what is newer here. */
  function flush() {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = undefined;
    waitingSince = null;
    // A newer version of the app saved here: nothing more is written.
    if (store.getState().saveProblem === "newer") return;
    const stored = readStored(false);
    if (!stored) return;
    const { theirs } = stored;
    const state = store.getState();
    const ours = docOf(state);
    let doc = ours;
    if (theirs) {
      const merged = mergeDocs(ours, theirs, base);
      doc = merged.doc;
      if (!sameValue(doc, ours) || merged.conflicts.length > 0) take(doc, merged.conflicts);
    } else if (!onDisk && !hasChanges(ours)) {
      // Nothing saved and nothing typed (or just removed): moving between steps writes nothing.
      setStatus("idle", null);
      return;
    }
    const meta = mergeMeta(metaOf(state), theirs);
    if (theirs && sameValue(doc, docOf(theirs)) && sameValue(meta, metaOf(theirs))) {
      base = doc;
      setStatus("saved", null);
      return;
    }
    const savedAt = Date.now();
    const written = writeItem(key, serialize({ ...doc, ...meta, savedAt }));
    if (!written.ok) return fail(written.problem);
    base = doc;
    onDisk = true;
    store.setState({ ...meta, savedAt });
    setStatus("saved", null);
  }

  const schedule = () => {
    if (store.getState().saveState !== "failed") setStatus("pending", null);
    clearTimeout(timer);
    waitingSince ??= Date.now();
    const left = waitingSince + timing.maxWaitMs - Date.now();
    timer = setTimeout(flush, Math.max(0, Math.min(timing.delayMs, left)));
  };

  /** Empties this tab's copy and drops any write waiting: the workbook is gone from storage. */
  const clear = (extra: Partial<WorkbookState>) => {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = undefined;
    waitingSince = null;
    onDisk = false;
    base = emptyDoc();
    take(emptyDoc(), []);
    store.setState({ ...emptyMeta, lostEdits: [], saveState: "idle", saveProblem: null, ...extra });
  };

  /** Another tab removed the workbook (on a shared computer, say): forget it here too. */
  const forget = () => {
    const hadAnswers = answeredCount(shape, store.getState().answers) > 0;
    clear({
      notice: hadAnswers ? { kind: "removedElsewhere" } : null,
    });
  };

  const onStorage = (event: StorageEvent) => {
    if (!isLocalStorageEvent(event)) return;
    if (event.key === key || event.key === null) {
      // key null: another tab cleared all of this site's storage.
      const gone = event.key === key ? event.newValue === null : onDisk && readItem(key) === null;
      if (gone) forget();
      else if (event.key === key) flush();
    }
    if (event.key === null || event.key.startsWith(prefix))
      store.setState({ keptAside: storedCopies() });
  };

  /** Writes at once anything still waiting (or still failing), as the page may be going. */
  const onHide = () => {
    if (timer !== undefined || store.getState().saveState === "failed") flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") onHide();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    onHide();
    // Still not saved (storage full or blocked, or a newer version saved there): the browser
    // asks before the page goes.
    if (store.getState().saveState === "failed") {
      event.preventDefault();
      event.returnValue = "";
    }
  };

  // Load, at once, so the first screen already shows the saved answers. Reading only: any
  // copy of damaged data is written when saving starts.
  const load = () => {
    store.setState({ keptAside: storedCopies() });
    const raw = readItem(key);
    if (raw === undefined) return setStatus("failed", "blocked");
    onDisk = raw !== null;
    const read = readSaved(raw);
    if (read.status !== "ok") return;
    const { saved } = read;
    // Snapshots an earlier version saved here move to their own key, once; the next save
    // leaves them out of this one.
    const moved = snapshotsKey(key);
    if (read.oldSnapshots.length > 0 && readItem(moved) === null)
      writeItem(moved, JSON.stringify(read.oldSnapshots));
    take(docOf(saved), []);
    store.setState({ ...metaOf(saved), unreadableFields: read.unreadableFields });
    if (read.unreadableFields.length === 0) base = docOf(saved);
    else base = { ...emptyDoc(), answers: {} };
  };
  load();
  /** The answers as read: anything different when saving starts was changed meanwhile. */
  const loaded = store.getState().answers;

  return {
    start() {
      if (detach.length > 0) return;
      // Damaged data found at load is kept aside now, before anything could write over it.
      readStored(true);
      const unsubscribe = store.subscribe((s, prev) => {
        if (absorbing) return;
        const changed =
          s.answers !== prev.answers ||
          s.removals !== prev.removals ||
          s.lastStepId !== prev.lastStepId ||
          s.backedUpAt !== prev.backedUpAt ||
          s.remindedAt !== prev.remindedAt ||
          s.workbookId !== prev.workbookId;
        if (changed) schedule();
      });
      window.addEventListener("storage", onStorage);
      window.addEventListener("pagehide", onHide);
      window.addEventListener("beforeunload", onBeforeUnload);
      document.addEventListener("visibilitychange", onVisibility);
      if (store.getState().saveState === "failed") fail(store.getState().saveProblem ?? "other");
      // Changed before saving started (text typed into the page before the app took it over).
      else if (store.getState().answers !== loaded) schedule();
      detach = [
        unsubscribe,
        () => window.removeEventListener("storage", onStorage),
        () => window.removeEventListener("pagehide", onHide),
        () => window.removeEventListener("beforeunload", onBeforeUnload),
        () => document.removeEventListener("visibilitychange", onVisibility),
      ];
    },
    stop() {
      onHide();
      clearTimeout(timer);
      timer = undefined;
      clearTimeout(retryTimer);
      for (const undo of detach) undo();
      detach = [];
    },
    flush,
    forgetAll: () => clear({ keptAside: [], unreadableFields: [] }),
  };
}
