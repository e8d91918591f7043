import { lazy, type ComponentType } from "react";
import { whenIdle } from "./when-idle";

/**
 * A component that loads on first render, with `preload` to fetch it sooner (on hover, or when
 * the browser is idle) so it shows at once when wanted. A failed load (offline, say) is
 * forgotten, so the next attempt tries again instead of repeating the failure.
 */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  let loading: Promise<Record<K, ComponentType<P>>> | undefined;
  let loaded: Record<K, ComponentType<P>> | undefined;
  const once = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  // Once loaded (preloaded while idle, say), React is handed a thenable that has already
  // settled, so it draws the part at once: a promise would settle a moment later, and the
  // fallback ("Loading…") would flash first.
  const Component = lazy(() =>
    loaded
      ? ({
          then: (done: (module: { default: ComponentType<P> }) => void) =>
            done({ default: loaded![name] }),
        } as unknown as Promise<{ default: ComponentType<P> }>)
      : once().then((module) => ({ default: module[name] })),
  );
  return Object.assign(Component, { preload: () => void once().catch(() => {}) });
}

/** Fetches a lazy component while the browser has nothing better to do. */
export function preloadWhenIdle(component: { preload: () => void }): void {
  whenIdle(component.preload);
}
