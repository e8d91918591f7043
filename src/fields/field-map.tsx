import type { ComponentType } from "react";
import type { Field, FieldKind, FieldOfKind } from "../content/types";
import { ChecklistInput } from "./checklist-input";
import { ListInput } from "./list-input";
import { TableInput } from "./table-input";
import { LongTextInput, TextInput } from "./text-input";

/** One component per field kind. A new kind does not compile until it is drawn here. */
const fieldComponents: { [K in FieldKind]: ComponentType<{ field: FieldOfKind<K> }> } = {
  text: TextInput,
  longText: LongTextInput,
  table: TableInput,
  list: ListInput,
  checklist: ChecklistInput,
};

export function FieldInput({ field }: { field: Field }) {
  const Component = fieldComponents[field.kind] as ComponentType<{ field: Field }>;
  return <Component field={field} />;
}
