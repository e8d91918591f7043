import { heldLink } from "./register-offline-app";

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
 *
 * A page left open while a newer version arrives keeps working on its own files until a part it
 * needs can no longer be fetched (the newer version replaced them, on the server or in the
 * offline copy): then it reloads into the newer version. When a newer version takes over from
 * another tab, it reloads at the next quiet moment: when it is hidden, or the user moves to
 * another step with no question open. Answers are written as the page goes
 * (store/persistence.ts), and a link not yet answered is kept.
 */
export function watchForNewVersion({
  touched,
  offer,
}: {
  touched: () => boolean;
  offer: (apply: () => void) => void;
}): void {
  if (copy === "making" || (copy === "ready" && watching)) return;
  const again = watching;
  watching = true;
  if (copy !== "ready") setCopy("making");
  const kept = (ok: boolean) => setCopy(ok ? "ready" : "failed");
  const sw = navigator.serviceWorker;
  // A link with answers not yet answered is opened again after the reload.
  const reload = () => {
    const link = heldLink.hash;
    if (link) history.replaceState(null, "", location.pathname + location.search + link);
    location.reload();
  };
  let switching = false;

  /** Asks the waiting worker to take over, then reloads once it has (answers are saved first). */
  const switchTo = (worker: ServiceWorker, mayReload: () => boolean) => {
    switching = true;
    sw.addEventListener(
      "controllerchange",
      () => {
        if (mayReload()) reload();
        else offer(reload);
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

  if (!again) watchOtherTabs(reload, () => switching);

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

/**
 * Another tab let a newer version take over: it clears away files this page may still need, so
 * this page moves to it at a quiet moment; and a part that cannot load (Vite's loader says so
 * on the window) may have been replaced by a newer version: if so, it opens that.
 */
function watchOtherTabs(reload: () => void, switching: () => boolean) {
  const sw = navigator.serviceWorker;
  let controlled = sw.controller !== null;
  sw.addEventListener("controllerchange", () => {
    if (controlled && !switching()) reloadWhenQuiet(reload);
    controlled = true;
  });
  window.addEventListener("vite:preloadError", () => {
    void newerServed().then((newer) => newer && reload());
  });
}

/** True when the server (or the offline copy) now serves another version's first file. */
async function newerServed(): Promise<boolean> {
  const entry = /\/assets\/app-[\w-]+\.js/;
  try {
    const page = await fetch(import.meta.env.BASE_URL, { cache: "no-cache" });
    const now = entry.exec(await page.text())?.[0];
    const mine = document.querySelector<HTMLScriptElement>('script[src*="/assets/app-"]')?.src;
    return now !== undefined && mine !== undefined && !mine.endsWith(now);
  } catch {
    return false;
  }
}

/** Reloads at the next quiet moment: the page hidden, or the user moving to another step. */
function reloadWhenQuiet(reload: () => void) {
  const whenQuiet = () => {
    if (!document.querySelector("dialog[open]")) reload();
  };
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") whenQuiet();
  });
  window.addEventListener("hashchange", whenQuiet);
}
