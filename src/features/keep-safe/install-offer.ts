/**
 * The browser's offer to install the app (Chromium's beforeinstallprompt). An installed app's
 * storage is kept: Safari, for one, clears a website's storage after seven days of use without
 * a visit, but not an installed app's. This is watched from when the browser is first idle (it
 * loads with the review step's file); an offer made before then is kept by the page's inline
 * script (src/store/first-screen.ts) and taken from there.
 */

type InstallPrompt = Event & { prompt: () => Promise<void>; userChoice: Promise<unknown> };

let offer: InstallPrompt | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export const installOffer = {
  get: () => offer,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function watchInstallOffer(): void {
  // An offer that came before the app started, kept by the page's inline script.
  const early = (window as { earlyInstallOffer?: Event }).earlyInstallOffer;
  if (early) {
    offer = early as InstallPrompt;
    changed();
  }
  window.addEventListener("beforeinstallprompt", (event) => {
    // Kept for the "Install the app" button instead of the browser's own banner.
    event.preventDefault();
    offer = event as InstallPrompt;
    changed();
  });
  window.addEventListener("appinstalled", () => {
    offer = null;
    changed();
  });
}

/** Shows the browser's install dialog; the offer can be used only once. */
export async function install(): Promise<void> {
  const pending = offer;
  offer = null;
  changed();
  await pending?.prompt();
}

/** Running as an installed app already. */
export const isInstalled = () =>
  typeof window !== "undefined" && window.matchMedia("(display-mode: standalone)").matches;

/** iPhone and iPad: installing is by hand, from the Share menu. */
export const isAppleMobile = () =>
  typeof navigator !== "undefined" &&
  /iPhone|iPad|iPod/.test(navigator.userAgent) &&
  !("MSStream" in window);
