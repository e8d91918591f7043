/**
 * Registers the service worker that keeps the app, fonts included, for offline use.
 *
 * A new version downloads in the background and waits. It takes over only while nobody has
 * touched the page yet: at the start of a visit, with one quick reload. Once someone is
 * working (a facilitator typing the class's answers), a reload under their hands would hurt,
 * so the new version waits for the next visit. Answers are in local storage and open forms
 * save as the page goes, so an update never loses them.
 */
export function registerOfflineApp(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const sw = navigator.serviceWorker;
  let touched = false;
  const touch = () => (touched = true);
  window.addEventListener("pointerdown", touch, { capture: true, once: true });
  window.addEventListener("keydown", touch, { capture: true, once: true });

  const takeOver = (worker: ServiceWorker) => {
    // No controller means a first install: nothing old is showing, so nothing to replace.
    if (touched || !sw.controller) return;
    sw.addEventListener("controllerchange", () => location.reload(), { once: true });
    worker.postMessage({ type: "SKIP_WAITING" });
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
