import { withMore } from "../../ui/words";

/**
 * The review step's file, which also holds the app's other parts that load only when needed
 * (see the end of review-step.tsx), with the words they say (the language's `more` words).
 * Every such part loads it through this one function, so the first load names the file, and
 * the files it needs, once.
 */
export const loadReviewStep = withMore(() => import("./review-step"));
