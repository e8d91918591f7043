import { lazy, useState, type ComponentType } from "react";
import { Boundary } from "./boundary";
import { whenIdle } from "./when-idle";
import { useLanguage } from "./words";

/** What a part throws when its code could not be fetched: offline, or replaced by a newer version. */
const notLoaded = new Error("Not loaded");

/** Says in place that a part could not load, with "Try again". */
function NotLoaded({ onRetry }: { onRetry: () => void }) {
  const { screen } = useLanguage();
  return (
    <div role="alert" className="alert">
      <p>{screen.partFailed}</p>
      <button type="button" className="button" onClick={onRetry}>
        {screen.tryAgain}
      </button>
    </div>
  );
}

/**
 * A component that loads on first render, with `preload` to fetch it sooner (on hover, or when
 * the browser is idle) so it shows at once when wanted. If its code cannot be fetched, it says
 * so in place with "Try again", which fetches it afresh; anything else that goes wrong is left
 * to the boundary around it.
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
      () => {
        // Forgotten, so the next attempt fetches again instead of repeating the failure.
        loading = undefined;
        throw notLoaded;
      },
    ));
  // Once loaded (preloaded while idle, say), React is handed a thenable that has already
  // settled, so it draws the part at once: a promise would settle a moment later, and the
  // fallback ("Loading…") would flash first. React keeps a lazy component's failure for good,
  // so trying again needs a new one.
  const fresh = () =>
    lazy<ComponentType<P>>(() =>
      loaded
        ? ({
            then: (done: (module: { default: ComponentType<P> }) => void) =>
              done({ default: loaded![name] }),
          } as unknown as Promise<{ default: ComponentType<P> }>)
        : once().then((module) => ({ default: module[name] })),
    );
  let Loaded = fresh();
  function Part(props: P) {
    const [tries, retried] = useState(0);
    return (
      <Boundary
        key={tries}
        fallback={(error) => {
          if (error !== notLoaded) throw error;
          const retry = () => {
            Loaded = fresh();
            retried(tries + 1);
          };
          return <NotLoaded onRetry={retry} />;
        }}
      >
        <Loaded {...props} />
      </Boundary>
    );
  }
  return Object.assign(Part, { preload: () => void once().catch(() => {}) });
}

/** Fetches a lazy component while the browser has nothing better to do. */
export function preloadWhenIdle(component: { preload: () => void }): void {
  whenIdle(component.preload);
}
