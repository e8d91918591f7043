import { useFormContext } from "react-hook-form";
import type { LongTextField, TextField } from "../content/types";
import { FieldFrame } from "./field-frame";

export function TextInput({ field }: { field: TextField }) {
  const { register } = useFormContext();
  const id = `f-${field.id}`;
  return (
    <FieldFrame id={id} label={field.label} hint={field.hint}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          className="input"
          autoComplete="off"
          aria-describedby={describedBy}
          {...register(field.id)}
        />
      )}
    </FieldFrame>
  );
}

export function LongTextInput({ field }: { field: LongTextField }) {
  const { register } = useFormContext();
  const id = `f-${field.id}`;
  return (
    <FieldFrame id={id} label={field.label} hint={field.hint}>
      {(describedBy) => (
        <textarea
          id={id}
          className="input textarea"
          rows={4}
          aria-describedby={describedBy}
          {...register(field.id)}
        />
      )}
    </FieldFrame>
  );
}
