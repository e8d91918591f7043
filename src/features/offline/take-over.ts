/**
 * Where the offline copy is: "later" until it starts, "making" while the worker fetches every
 * file, "ready" once it holds them all (a worker is active: workbox caches every file before it
 * activates), "failed" if that could not be done, "none" where there is no service worker.
 * Kept here, with the code that loads only when the copy starts or is asked about, rather than
 * in the first load.
 */
let watching = false;

export type OfflineCopy = "none" | "later" | "making" | "ready" | "failed";

const offline = import.meta.env.PROD && "serviceWorker" in navigator;
// A worker already in charge of this page has every file: a later visit is ready at once.
let copy: OfflineCopy = !offline ? "none" : navigator.serviceWorker.controller ? "ready" : "later";
const listeners = new Set<() => void>();

function setCopy(next: OfflineCopy) {
  copy = next;
  listeners.forEach((listener) => listener());
}

/** Where the offline copy is, for useSyncExternalStore. */
export const offlineCopy = {
  get: (): OfflineCopy => copy,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Registers the service worker and decides how a waiting new version takes over (see
 * register-offline-app.ts): by itself while the page has had no input, otherwise when the user
 * presses "New version ready: open it". Once per page, or again after it failed.
 */
export function watchForNewVersion({
  touched,
  offer,
}: {
  touched: () => boolean;
  offer: (apply: () => void) => void;
}): void {
  if (copy === "making" || (copy === "ready" && watching)) return;
  watching = true;
  if (copy !== "ready") setCopy("making");
  const kept = (ok: boolean) => setCopy(ok ? "ready" : "failed");
  const sw = navigator.serviceWorker;

  /** Asks the waiting worker to take over, then reloads once it has (answers are saved first). */
  const switchTo = (worker: ServiceWorker, mayReload: () => boolean) => {
    sw.addEventListener(
      "controllerchange",
      () => {
        if (mayReload()) location.reload();
        else offer(() => location.reload());
      },
      { once: true },
    );
    worker.postMessage({ type: "SKIP_WAITING" });
  };

  const takeOver = (worker: ServiceWorker) => {
    // No controller means a first install: nothing old is showing, so nothing to replace.
    if (!sw.controller) return;
    if (touched()) offer(() => switchTo(worker, () => true));
    else switchTo(worker, () => !touched());
  };

  sw.register(`${import.meta.env.BASE_URL}sw.js`).then(
    (registration) => {
      // A worker turns active only once it has fetched and kept every file of the app.
      void sw.ready.then(() => kept(true));
      const first = sw.controller ? null : registration.installing;
      first?.addEventListener("statechange", () => {
        if (first.state === "redundant") kept(false);
      });
      if (registration.waiting) takeOver(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed") takeOver(worker);
        });
      });
    },
    // Without a service worker the app still works online, but not offline.
    () => kept(false),
  );
}
