import { createContext, useContext, useSyncExternalStore } from "react";
import { useStore } from "zustand";
import { shape } from "../../content/shape";
import type { CoachSpaceData } from "../../formats/coach-space-file";
import type { StoredState } from "../../store/stored-value";
import type { CoachLost, CoachSpace } from "./coach-space";

/** The coach space, given by the page (coach-space-page.tsx). */
export const CoachContext = createContext<CoachSpace | null>(null);

export function useCoachSpace(): CoachSpace {
  const space = useContext(CoachContext);
  if (!space) throw new Error("No coach space: render this inside CoachSpacePage.");
  return space;
}

/** Part of what the coach space holds: its workbooks, comments and actions. */
export function useCoach<T>(selector: (space: CoachSpaceData) => T): T {
  return useStore(useCoachSpace().stored.store, (state) => selector(state.value));
}

/** How saving the coach space goes: a problem, and what another tab's change replaced. */
export function useCoachSaving<T>(
  selector: (state: StoredState<CoachSpaceData, CoachLost>) => T,
): T {
  return useStore(useCoachSpace().stored.store, selector);
}

/** Reads what the coach space holds at the moment it is called (in a handler, say). */
export function useCoachNow(): () => CoachSpaceData {
  const space = useCoachSpace();
  return () => space.stored.get();
}

/** The last page of a review, after the workbook's steps. */
export const AGREED_ACTIONS = "agreed-actions";

/** The steps a coach reviews: every step with questions, in the workbook's order. */
export const reviewSteps = shape.steps.filter((step) => step.fields.length > 0);

/** Where the coach is, in the hash: #/r/‹review id›/‹step id›, or the list of workbooks. */
export type CoachPlace = { reviewId: string; stepId: string } | null;

function placeOf(hash: string): CoachPlace {
  const match = /^#\/r\/([A-Za-z0-9_-]+)\/([a-z0-9-]+)$/.exec(hash);
  return match ? { reviewId: match[1]!, stepId: match[2]! } : null;
}

export function coachHref(place: CoachPlace): string {
  return place ? `#/r/${place.reviewId}/${place.stepId}` : "#/";
}

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function useCoachPlace(): CoachPlace {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return placeOf(hash);
}

export function goTo(place: CoachPlace): void {
  window.location.hash = coachHref(place);
}
