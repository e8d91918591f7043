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

let ready: Ready | null = null;
const listeners = new Set<() => void>();

/** The offer of a new version, for useSyncExternalStore; null until one is waiting. */
export const updateReady = {
  get: (): Ready | null => ready,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function offer(apply: () => void) {
  ready = { apply };
  for (const listener of listeners) listener();
}

export function registerOfflineApp(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const sw = navigator.serviceWorker;
  let touched = false;
  const touch = () => (touched = true);
  for (const type of ["pointerdown", "keydown", "input", "touchstart"])
    window.addEventListener(type, touch, { capture: true, passive: true });

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
    if (touched) offer(() => switchTo(worker, () => true));
    else switchTo(worker, () => !touched);
  };

  window.addEventListener("load", () => {
    sw.register(`${import.meta.env.BASE_URL}sw.js`).then(
      (registration) => {
        if (registration.waiting) takeOver(registration.waiting);
        registration.addEventListener("updatefound", () => {
          const worker = registration.installing;
          worker?.addEventListener("statechange", () => {
            if (worker.state === "installed") takeOver(worker);
          });
        });
      },
      () => {
        // Without a service worker the app still works online; nothing to tell the user.
      },
    );
  });
}
