/**
 * Registers the service worker that keeps the app, fonts included, for offline use, and decides
 * when a new version takes over.
 *
 * A new version downloads in the background and waits. It takes over by itself only while the
 * page has had no input at all, checked again at the very moment of the reload: at the start of
 * a visit, nothing is lost. Once anyone has pressed a key, clicked or touched, the page is never
 * reloaded under them; instead "A new version is ready" offers a button, for when it suits.
 */

type Ready = { apply: () => void };

/**
 * Where the offline copy is: "later" until it starts, "making" while the worker fetches every
 * file, "ready" once it holds them all (a worker is active: workbox caches every file before it
 * activates), "failed" if that could not be done, "none" where there is no service worker.
 */
export type OfflineCopy = "none" | "later" | "making" | "ready" | "failed";

/** How long after the page has loaded the offline copy starts to be made. */
export const OFFLINE_COPY_DELAY_MS = 3000;

let ready: Ready | null = null;
let copy: OfflineCopy = "none";
let startNow = () => {};
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const changed = () => listeners.forEach((listener) => listener());

/** The offer of a new version, for useSyncExternalStore; null until one is waiting. */
export const updateReady = { get: (): Ready | null => ready, subscribe };

/** Where the offline copy is, for useSyncExternalStore. */
export const offlineCopy = { get: (): OfflineCopy => copy, subscribe };

/** Makes the offline copy at once, rather than a while after the page has loaded. */
export const makeOfflineCopyNow = () => startNow();

function offer(apply: () => void) {
  ready = { apply };
  changed();
}

function setCopy(next: OfflineCopy) {
  copy = next;
  changed();
}

export function registerOfflineApp(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // A worker already in charge of this page has every file: a later visit is ready at once.
  setCopy(navigator.serviceWorker.controller ? "ready" : "later");
  let touched = false;
  const touch = () => (touched = true);
  for (const type of ["pointerdown", "keydown", "input", "touchstart"])
    window.addEventListener(type, touch, { capture: true, passive: true });
  let timer = 0;
  let started = false;
  startNow = () => {
    clearTimeout(timer);
    // Once only, unless it failed: then the button to make it is offered again.
    if (started && copy !== "failed") return;
    started = true;
    if (copy !== "ready") setCopy("making");
    void import("./take-over").then(
      ({ watchForNewVersion }) =>
        watchForNewVersion({
          touched: () => touched,
          offer,
          kept: (ok) => setCopy(ok ? "ready" : "failed"),
        }),
      // Offline before the app was kept: it still works, but there is no offline copy yet.
      () => setCopy("failed"),
    );
  };
  // Otherwise it waits until a while after the page has loaded. Keeping the app for offline use
  // fetches every file it has (about 1.7 MB, the PDF's fonts included), which on a first visit
  // would slow whatever the user does first, a PDF pressed for at once among them.
  window.addEventListener("load", () => {
    timer = window.setTimeout(() => startNow(), OFFLINE_COPY_DELAY_MS);
  });
}
