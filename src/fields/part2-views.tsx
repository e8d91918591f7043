/** The field kinds only Part 2 has, loaded together when a step with one is first shown. */
export { NumberInput } from "./number-input";
export { CalculatedOutput } from "./calculated-output";
export { ScorecardInput } from "./scorecard-input";
