/**
 * Registers the service worker that keeps the app, fonts included, for offline use.
 *
 * A new version downloads in the background during a visit and then waits. It takes over at
 * the start of the next visit, before anyone has typed, with one quick reload: never mid-session,
 * where a reload under a facilitator's hands (or a lost lazy chunk) would hurt. Answers are in
 * local storage either way, so an update never touches them.
 */
export function registerOfflineApp(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).then(
      (registration) => {
        const waiting = registration.waiting;
        if (!waiting || !navigator.serviceWorker.controller) return;
        navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), {
          once: true,
        });
        waiting.postMessage({ type: "SKIP_WAITING" });
      },
      () => {
        // Without a service worker the app still works online; nothing to tell the user.
      },
    );
  });
}
