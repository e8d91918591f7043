import { useContext, type ReactNode } from "react";
import { FieldNotes } from "./field-notes";

/** A single control with its label and hint. */
export function FieldFrame({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const note = useContext(FieldNotes)?.said;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {note}
      {children(hintId)}
    </div>
  );
}

/** A group of controls (table, list, checklist) under one heading. */
export function GroupFrame({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string | undefined;
  children: ReactNode;
}) {
  const note = useContext(FieldNotes)?.said;
  return (
    <fieldset className="field group">
      <legend className="field-label">{label}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {note}
      {children}
    </fieldset>
  );
}
