/**
 * Registers the service worker and decides how a waiting new version takes over (see
 * register-offline-app.ts): by itself while the page has had no input, otherwise when the user
 * presses "New version ready: open it".
 */
export function watchForNewVersion({
  touched,
  offer,
  kept,
}: {
  touched: () => boolean;
  offer: (apply: () => void) => void;
  /** Told whether the offline copy is made: true once a worker holds every file. */
  kept: (ok: boolean) => void;
}): void {
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
