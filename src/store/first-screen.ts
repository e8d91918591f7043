/**
 * Runs inline in index.html, before anything is painted (the build writes its source there and
 * its hash into the Content-Security-Policy). index.html already holds the first step of an
 * empty personal workbook; when the app will open on another screen instead (a link to another
 * step, the step the user was last on, the class workbook, the coach's review space), this hides
 * the page until the app has drawn the right one, so nobody sees the wrong step flash first.
 * main.tsx reads the same mark to decide between hydrating the page and drawing it afresh.
 *
 * It also marks a returning visitor (`returning`: a workbook is saved), whose first step is
 * drawn without the welcome. It must stand alone (it is copied as text), and it reads only
 * whether a workbook is saved and its `lastStepId`, which every version keeps in the same place.
 */
export function markWhenNotFirstScreen(key: string, firstStepId: string): void {
  // The page is not live until the app takes it over; the app removes both marks.
  document.documentElement.classList.add("starting");
  try {
    const classWorkbook = /[?&](workbook=class|coach)(&|=|$)/.test(location.search);
    let step = /^#\/([a-z0-9-]+)$/.exec(location.hash)?.[1];
    const raw = localStorage.getItem(key);
    // A workbook is saved once something is answered: this is not a first visit, and the
    // stylesheet hides the welcome before it is painted.
    if (raw !== null) document.documentElement.classList.add("returning");
    if (!step && !classWorkbook) {
      const saved = JSON.parse(raw ?? "null") as {
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

/**
 * Also inline in index.html, after the function above: fetches the app's code (`src`, and any
 * `preloads`) once the first screen has been painted and the page read to its end, not while
 * the browser is painting it. The first screen is already in the page, so nothing waits for the
 * code to paint; fetched earlier, a slow phone's first paint shared the line with it, and a
 * page test (Lighthouse's simulation of a slow phone) counted the whole download before the
 * largest paint. A page that is hidden until the app draws it (`restoring`) fetches at once.
 */
export function startAppAfterPaint(src: string, preloads: string[]): void {
  // The browser's offer to install the app may come before the app watches for it (once idle):
  // it is kept for the app (src/features/keep-safe/install-offer.ts), which would miss it.
  addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault();
    (window as { earlyInstallOffer?: Event }).earlyInstallOffer = event;
  });
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement("script");
    script.type = "module";
    script.src = src;
    document.head.append(script);
  };
  // The app takes over the page's first screen, so it must not start on half of it.
  const whenRead = () => {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  };
  if (
    document.documentElement.classList.contains("restoring") ||
    !PerformanceObserver.supportedEntryTypes?.includes("paint")
  )
    return whenRead();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    whenRead();
  }).observe({ type: "paint", buffered: true });
  // A tab opened in the background paints only when shown: it starts anyway, a little later.
  setTimeout(whenRead, 3000);
}
