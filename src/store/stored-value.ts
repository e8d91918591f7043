import { createStore, type StoreApi } from "zustand";
import {
  isLocalStorageEvent,
  keysStartingWith,
  readItem,
  writeItem,
  type SaveProblem,
} from "./storage";
import { removeItem } from "./storage-removal";

/**
 * One small way to keep data beside a workbook (session copies, coach feedback, the coach's
 * space), with the workbook's own guarantees (persistence.ts): changes are written a short pause
 * after they happen and at once when the page is hidden or closed; every write first reads what
 * another tab saved and merges it (the format says how, so nothing either tab typed is lost,
 * and caps hold); a write that fails is said so and tried again; data this version cannot read
 * is copied aside before anything is written over it; and data a newer version of the app saved
 * is never written over: this tab stops writing and says so.
 */

/** What is stored under a key, as this version reads it. */
export type Stored<T> = { status: "ok"; value: T } | { status: "newer" } | { status: "damaged" };

export type StoredFormat<T, L> = {
  /** The value when nothing is stored. */
  empty: T;
  /** Reads what is stored (null: nothing is). Never throws. */
  read: (raw: string | null) => Stored<T>;
  write: (value: T) => string;
  /**
   * This tab's value and another tab's together. `base` is what this tab last read or wrote:
   * what either side changed since is kept. `lost` is what this tab had that could not be kept,
   * for the user to be told.
   */
  merge: (ours: T, theirs: T, base: T) => { value: T; lost: L[] };
};

/** Why a write did not happen; "newer": a newer version of the app saved here. */
export type StoredProblem = SaveProblem | "newer";

export type StoredState<T, L> = {
  value: T;
  problem: StoredProblem | null;
  /** A change is waiting to be written. */
  pending: boolean;
  lost: L[];
};

export type StoredValue<T, L = never> = {
  store: StoreApi<StoredState<T, L>>;
  get: () => T;
  /** Changes the value; it is written shortly (or at `flush`). */
  set: (change: (value: T) => T) => void;
  /** Writes anything waiting, now: the problem if it could not be. */
  flush: () => StoredProblem | null;
  /** Removes the value from the browser: false when the browser would not. */
  remove: () => boolean;
  dismissLost: (item: L) => void;
  stop: () => void;
};

export type StoredTiming = { delayMs: number; maxWaitMs: number; retryMs: number };
const TIMING: StoredTiming = { delayMs: 300, maxWaitMs: 900, retryMs: 4000 };

/** Where unreadable data under a key is copied before it is written over. */
export const storedAsidePrefix = (key: string) => `${key}:unreadable-`;

/**
 * Opens the value kept under `key`: read now, written as it changes. A page opens each key once
 * (storedValue); two opened apart behave as two tabs.
 */
// eslint-disable-next-line max-lines-per-function -- one closure holds the value's state
export function openStoredValue<T, L>(
  key: string,
  format: StoredFormat<T, L>,
  timing: StoredTiming = TIMING,
): StoredValue<T, L> {
  const raw = readItem(key);
  const found: Stored<T> = raw === undefined ? { status: "damaged" } : format.read(raw);
  /** What storage held when this tab last read or wrote it: the base for merging. */
  let base = found.status === "ok" ? found.value : format.empty;
  const store = createStore<StoredState<T, L>>()(() => ({
    value: base,
    problem: raw === undefined ? "blocked" : found.status === "newer" ? "newer" : null,
    pending: false,
    lost: [],
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;
  const stopped = () => store.getState().problem === "newer";

  const fail = (problem: StoredProblem): StoredProblem => {
    store.setState({ problem });
    clearTimeout(retryTimer);
    if (problem !== "newer") retryTimer = setTimeout(flush, timing.retryMs);
    return problem;
  };

  function flush(): StoredProblem | null {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = undefined;
    waitingSince = null;
    const state = store.getState();
    if (stopped()) return "newer";
    if (!state.pending && state.problem === null) return null;
    const now = readItem(key);
    if (now === undefined) return fail("blocked");
    const stored = format.read(now);
    if (stored.status === "newer") return fail("newer");
    // Damaged data is copied aside, once, before it is written over.
    if (stored.status === "damaged" && now !== null) {
      const aside = writeItem(`${storedAsidePrefix(key)}${Date.now()}`, now);
      if (!aside.ok) return fail(aside.problem);
    }
    const theirs = stored.status === "ok" ? stored.value : format.empty;
    const { value, lost } = format.merge(state.value, theirs, base);
    const written = writeItem(key, format.write(value));
    if (!written.ok) return fail(written.problem);
    base = value;
    const latest = store.getState();
    // A change made while merging (there is none: this is synchronous) would be kept waiting.
    store.setState({ value, pending: false, problem: null, lost: [...latest.lost, ...lost] });
    return null;
  }

  const schedule = () => {
    clearTimeout(timer);
    waitingSince ??= Date.now();
    const left = waitingSince + timing.maxWaitMs - Date.now();
    timer = setTimeout(flush, Math.max(0, Math.min(timing.delayMs, left)));
  };

  /** Removed in another tab (or here): nothing of it is kept, nothing waiting is written. */
  const forget = () => {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = undefined;
    waitingSince = null;
    base = format.empty;
    store.setState({ value: format.empty, pending: false, problem: null });
  };

  const onStorage = (event: StorageEvent) => {
    if (!isLocalStorageEvent(event) || (event.key !== key && event.key !== null)) return;
    if (stopped()) return;
    const now = readItem(key);
    if (now === null) return forget();
    if (now === undefined) return;
    // Something waits here: merge now and write both.
    if (store.getState().pending) return void flush();
    const stored = format.read(now);
    if (stored.status === "newer") return void fail("newer");
    if (stored.status !== "ok") return;
    const { value } = format.merge(store.getState().value, stored.value, base);
    base = stored.value;
    store.setState({ value });
  };
  const onHide = () => {
    if (store.getState().pending) flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") onHide();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener("pagehide", onHide);
  window.addEventListener("beforeunload", onHide);
  document.addEventListener("visibilitychange", onVisibility);

  const value: StoredValue<T, L> = {
    store,
    get: () => store.getState().value,
    set(change) {
      const before = store.getState().value;
      const after = change(before);
      if (after === before) return;
      store.setState({ value: after, pending: true });
      if (!stopped()) schedule();
    },
    flush,
    remove() {
      forget();
      return removeItem(key);
    },
    dismissLost: (item) => store.setState((s) => ({ lost: s.lost.filter((l) => l !== item) })),
    stop() {
      onHide();
      clearTimeout(timer);
      clearTimeout(retryTimer);
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
    },
  };
  return value;
}

const opened = new Map<string, StoredValue<unknown, unknown>>();

/**
 * The value kept under `key`, opened on first use and kept for the page's life, so every part
 * of the page shares one copy. The format must be the same at every call for a key.
 */
export function storedValue<T, L = never>(
  key: string,
  format: StoredFormat<T, L>,
  timing: StoredTiming = TIMING,
): StoredValue<T, L> {
  let value = opened.get(key) as StoredValue<T, L> | undefined;
  if (!value) {
    value = openStoredValue(key, format, timing);
    opened.set(key, value as StoredValue<unknown, unknown>);
  }
  return value;
}

/** Writes and closes every value kept (the tests' fresh start; a page closing does it itself). */
export function closeStoredValues(): void {
  for (const value of opened.values()) value.stop();
  opened.clear();
}

/**
 * Removes what is kept under `key`, and its unreadable copies, from the browser and from this
 * page's memory ("Remove my answers"). False when the browser would not.
 */
export function removeStored(key: string): boolean {
  let removed = opened.get(key)?.remove() ?? removeItem(key);
  for (const aside of keysStartingWith(storedAsidePrefix(key)))
    removed = removeItem(aside) && removed;
  return removed;
}
