/** Runs a task once the browser has nothing better to do, e.g. fetching code the page may need. */
export function whenIdle(task: () => void): void {
  // Only the built app gains from fetching early; in development and tests it is noise.
  if (!import.meta.env.PROD || typeof window === "undefined") return;
  if ("requestIdleCallback" in window) window.requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 2000);
}
