import type { LongTextField, TextField } from "../content/types";
import type { FieldProps } from "./field-props";
import { FieldFrame } from "./field-frame";
import { TextControl } from "./text-control";

function TextAnswer({
  field,
  value,
  update,
  multiline,
}: {
  field: TextField | LongTextField;
  value: string;
  update: (change: (value: string) => string) => void;
  multiline: boolean;
}) {
  const id = `f-${field.id}`;
  return (
    <FieldFrame id={id} label={field.label} hint={field.hint}>
      {(describedBy) => (
        <TextControl
          id={id}
          value={value}
          onText={(text) => update(() => text)}
          multiline={multiline}
          rows={4}
          className={multiline ? "input textarea" : "input"}
          describedBy={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export function TextInput(props: FieldProps<"text">) {
  return <TextAnswer {...props} multiline={false} />;
}

export function LongTextInput(props: FieldProps<"longText">) {
  return <TextAnswer {...props} multiline />;
}
