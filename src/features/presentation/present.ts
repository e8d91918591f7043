import { useCallback, useEffect, useRef, useState } from "react";
import { lazyNamed } from "../../ui/lazy";
import { withMore } from "../../ui/words";

// Presentation mode is fetched when first wanted (or hovered), keeping the first load small.
export const LazyPresentationMode = lazyNamed(
  withMore(() => import("./presentation-mode")),
  "PresentationMode",
);

/**
 * Entering and leaving presentation mode. Full screen is asked for where the browser allows it;
 * where it does not, the presentation still fills the window. Leaving full screen by the
 * browser's own means (Escape, F11) leaves presentation mode too, and focus returns to the
 * button that started it.
 */
export function usePresentation() {
  const [presenting, setPresenting] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(false);

  const leave = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, []);

  const enter = useCallback(() => {
    // Must run within the click itself: browsers grant full screen only in answer to the user.
    const root = document.documentElement;
    if (document.fullscreenEnabled && typeof root.requestFullscreen === "function")
      root.requestFullscreen().catch(() => {});
    setPresenting(true);
  }, []);

  useEffect(() => {
    if (!presenting) return;
    const onChange = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [presenting, leave]);

  useEffect(() => {
    if (presenting) wasPresenting.current = true;
    else if (wasPresenting.current) {
      wasPresenting.current = false;
      button.current?.focus();
    }
  }, [presenting]);

  return { presenting, enter, leave, button };
}
