import { useCallback, useEffect, useSyncExternalStore } from "react";
import { shape } from "../../content/shape";
import type { Step } from "../../content/types";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { useLanguage } from "../../ui/words";

/** Steps live in the hash (#/contact-points) so any static host, and offline use, can serve them. */
function stepIdFromHash(hash: string): string | undefined {
  const match = /^#\/([a-z0-9-]+)$/.exec(hash);
  const id = match?.[1];
  return shape.steps.some((s) => s.id === id) ? id : undefined;
}

/** The address's `#` part, for useSyncExternalStore: (re)read on each render, and on every change. */
export const currentHash = () => window.location.hash;

export function subscribeHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function stepHref(stepId: string): string {
  return `#/${stepId}`;
}

export function useStepRoute(): { step: Step; index: number; goTo: (stepId: string) => void } {
  // The page made at build time (see src/app/prerender.tsx) shows the first step: no hash.
  const hash = useSyncExternalStore(subscribeHash, currentHash, () => "");
  const lastStepId = useWorkbook((s) => s.lastStepId);
  const store = useWorkbookStoreApi();
  const fromUrl = stepIdFromHash(hash);
  const stepId = fromUrl ?? stepIdFromHash(stepHref(lastStepId)) ?? shape.steps[0]!.id;
  const index = shape.steps.findIndex((s) => s.id === stepId);
  // The step in the language shown: every language has the same steps, in the same order.
  const step = useLanguage().workbook.steps[index]!;

  useEffect(() => {
    // A bare or unknown address is corrected in place, without adding a history entry.
    if (fromUrl !== stepId) window.history.replaceState(null, "", stepHref(stepId));
    store.getState().setLastStep(stepId);
  }, [fromUrl, stepId, store]);

  const goTo = useCallback((id: string) => {
    window.location.hash = stepHref(id);
  }, []);

  return { step, index, goTo };
}
