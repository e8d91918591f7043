/**
 * Registers the service worker that keeps the app, fonts included, for offline use, and decides
 * when a new version takes over (take-over.ts, fetched a little after the page has loaded).
 *
 * A new version downloads in the background and waits. It takes over by itself only while the
 * page has had no input at all, checked again at the very moment of the reload: at the start of
 * a visit, nothing is lost. Once anyone has pressed a key, clicked or touched, the page is never
 * reloaded under them; instead "A new version is ready" offers a button, for when it suits.
 */

type Ready = { apply: () => void };

/** How long after the page has loaded the offline copy starts to be made. */
export const OFFLINE_COPY_DELAY_MS = 3000;

let ready: Ready | null = null;
let startNow = () => {};
const listeners = new Set<() => void>();

/** The offer of a new version, for useSyncExternalStore; null until one is waiting. */
export const updateReady = {
  get: (): Ready | null => ready,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Makes the offline copy at once, rather than a while after the page has loaded; again after
 * it failed (take-over.ts keeps where it is).
 */
export const makeOfflineCopyNow = () => startNow();

function offer(apply: () => void) {
  ready = { apply };
  for (const listener of listeners) listener();
}

/** A link with answers not yet answered (app.tsx): a reload into a new version keeps it. */
export const heldLink = { hash: "" };

export function registerOfflineApp(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  let touched = false;
  const touch = () => (touched = true);
  for (const type of ["pointerdown", "keydown", "input", "touchstart"])
    window.addEventListener(type, touch, { capture: true, passive: true });
  let timer = 0;
  startNow = () => {
    clearTimeout(timer);
    void import("./take-over").then(
      ({ watchForNewVersion }) => watchForNewVersion({ touched: () => touched, offer }),
      () => {
        // Offline before the app was kept: it still works; there is nothing to tell the user.
      },
    );
  };
  // Otherwise it waits until a while after the page has loaded. Keeping the app for offline use
  // fetches every file it has (about 1.7 MB, the PDF's fonts included), which on a first visit
  // would slow whatever the user does first, a PDF pressed for at once among them.
  const later = () => (timer = window.setTimeout(() => startNow(), OFFLINE_COPY_DELAY_MS));
  // The app's code is fetched once the first screen is painted, so the page may have finished
  // loading before it runs.
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later);
}
