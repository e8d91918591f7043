import type { ComponentType } from "react";
import type { AnswerValue, Field, FieldKind } from "../content/types";
import { ChecklistInput } from "./checklist-input";
import type { FieldProps, RowHistory } from "./field-props";
import { ListInput } from "./list-input";
import { TableInput } from "./table-input";
import { LongTextInput, TextInput } from "./text-input";

/** One component per field kind. A new kind does not compile until it is drawn here. */
const fieldComponents: { [K in FieldKind]: ComponentType<FieldProps<K>> } = {
  text: TextInput,
  longText: LongTextInput,
  table: TableInput,
  list: ListInput,
  checklist: ChecklistInput,
};

export function FieldInput(props: {
  field: Field;
  value: AnswerValue;
  update: (change: (value: AnswerValue) => AnswerValue) => void;
  history: RowHistory;
}) {
  // Safe: the map is exhaustive, and value and update belong to this field's kind.
  const Component = fieldComponents[props.field.kind] as unknown as ComponentType<typeof props>;
  return <Component {...props} />;
}
