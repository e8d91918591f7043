/**
 * The only door to the browser's localStorage. Every call can fail: storage may be full, or
 * blocked outright (site data turned off, some private modes), in which case even *reading*
 * `window.localStorage` throws a SecurityError. Nothing here throws; callers get a result.
 */

/**
 * Why a write did not happen, in the terms the user is told about. "newer": a newer version of
 * the app saved there, and this page stopped writing so as never to put an older shape over it.
 */
export type SaveProblem = "full" | "blocked" | "other" | "newer";

export type WriteResult = { ok: true } | { ok: false; problem: SaveProblem };

/** localStorage, or null when the browser will not let the page reach it. */
export function area(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function problemOf(error: unknown): SaveProblem {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return "other";
  const code = (error as { code?: unknown }).code;
  // Chromium and Safari say QuotaExceededError (code 22); older Firefox used its own name.
  if (
    error.name === "QuotaExceededError" ||
    error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    code === 22 ||
    code === 1014
  )
    return "full";
  if (error.name === "SecurityError" || error.name === "InvalidAccessError") return "blocked";
  return "other";
}

/** The saved text, `null` when nothing is saved, or `undefined` when storage cannot be read. */
export function readItem(key: string): string | null | undefined {
  const storage = area();
  if (!storage) return undefined;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

export function writeItem(key: string, value: string): WriteResult {
  const storage = area();
  if (!storage) return { ok: false, problem: "blocked" };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/** Every saved key that starts with the prefix. */
export function keysStartingWith(prefix: string): string[] {
  const storage = area();
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

/** True when the event is about localStorage (not sessionStorage) in another tab. */
export function isLocalStorageEvent(event: StorageEvent): boolean {
  const storage = area();
  return storage !== null && event.storageArea === storage;
}
