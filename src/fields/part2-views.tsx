/**
 * The field kinds only Part 2 has that need more than a text box, loaded together when a step
 * with one is first shown.
 */
export { CalculatedOutput } from "./calculated-output";
export { ScorecardInput } from "./scorecard-input";
