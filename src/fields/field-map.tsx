import { Suspense, type ComponentType } from "react";
import type { KindContext } from "../content/kinds";
import type { AnswerValue, Field, FieldKind } from "../content/types";
import { lazyNamed } from "../ui/lazy";
import type { FieldProps, RowHistory } from "./field-props";
import { ListInput } from "./list-input";
import { TableInput } from "./table-input";
import { LongTextInput, TextInput } from "./text-input";

// Checklists (steps 5 and 7) load apart from the first screen, which has none; the app fetches
// them once the browser is idle, so they are there before anyone reaches those steps.
export const ChecklistInput = lazyNamed<"ChecklistInput", FieldProps<"checklist">>(
  () => import("./checklist-input"),
  "ChecklistInput",
);

// Part 2's kinds load, together, when a step that has them is first shown.
const part2 = () => import("./part2-views");
const NumberInput = lazyNamed<"NumberInput", FieldProps<"number">>(part2, "NumberInput");
const CalculatedOutput = lazyNamed<"CalculatedOutput", FieldProps<"calculated">>(
  part2,
  "CalculatedOutput",
);
const ScorecardInput = lazyNamed<"ScorecardInput", FieldProps<"scorecard">>(
  part2,
  "ScorecardInput",
);

/** One component per field kind. A new kind does not compile until it is drawn here. */
const fieldComponents: { [K in FieldKind]: ComponentType<FieldProps<K>> } = {
  text: TextInput,
  longText: LongTextInput,
  table: TableInput,
  list: ListInput,
  checklist: ChecklistInput,
  number: NumberInput,
  calculated: CalculatedOutput,
  scorecard: ScorecardInput,
};

export function FieldInput(props: {
  field: Field;
  value: AnswerValue;
  update: (change: (value: AnswerValue) => AnswerValue) => void;
  history: RowHistory;
  context: KindContext;
}) {
  // Safe: the map is exhaustive, and value and update belong to this field's kind.
  const Component = fieldComponents[props.field.kind] as unknown as ComponentType<typeof props>;
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <Component {...props} />
    </Suspense>
  );
}
