/**
 * Runs inline in index.html, before anything is painted (the build writes its source there and
 * its hash into the Content-Security-Policy). index.html already holds the first step of an
 * empty personal workbook; when the app will open on another screen instead (a link to another
 * step, the step the user was last on, the class workbook, the coach's review space), this hides
 * the page until the app has drawn the right one, so nobody sees the wrong step flash first.
 * main.tsx reads the same mark to decide between hydrating the page and drawing it afresh.
 *
 * It must stand alone (it is copied as text), and it reads only `lastStepId`, which every
 * version of the saved data keeps in the same place.
 */
export function markWhenNotFirstScreen(key: string, firstStepId: string): void {
  // The page is not live until the app takes it over; the app removes both marks.
  document.documentElement.classList.add("starting");
  try {
    const classWorkbook = /[?&](workbook=class|coach)(&|=|$)/.test(location.search);
    let step = /^#\/([a-z0-9-]+)$/.exec(location.hash)?.[1];
    if (!step && !classWorkbook) {
      const saved = JSON.parse(localStorage.getItem(key) ?? "null") as {
        state?: { lastStepId?: unknown };
      } | null;
      const last = saved?.state?.lastStepId;
      step = typeof last === "string" && last !== "" ? last : undefined;
    }
    if (classWorkbook || (step !== undefined && step !== firstStepId))
      document.documentElement.classList.add("restoring");
  } catch {
    // Storage blocked or damaged: the page shows as made, and the app corrects it when it runs.
  }
}
