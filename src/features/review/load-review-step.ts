/**
 * The review step's file, which also holds the app's other parts that load only when needed
 * (see the end of review-step.tsx). Every such part loads it through this one function, so the
 * first load names the file, and the files it needs, once.
 */
export const loadReviewStep = () => import("./review-step");
