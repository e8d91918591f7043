import { useState } from "react";
import { parseNumber } from "../content/numbers";
import { numberMessage } from "../content/sums";
import type { FieldProps } from "./field-props";
import { FieldFrame } from "./field-frame";
import { TextControl } from "./text-control";
import { useWords } from "../ui/words";

/**
 * A number as the user types it: "£1,200", "1200", "12.50", or the language's way ("12,50",
 * "١٢٫٥"). The text is saved as typed; when it cannot be read as a number, a message says so
 * once the user leaves the box (not while they are still typing), and the text stays for them
 * to correct.
 */
export function NumberInput({ field, value, update }: FieldProps<"number">) {
  const id = `f-${field.id}`;
  const [typing, setTyping] = useState(false);
  const say = useWords();
  const read = parseNumber(value, say.formats.locale);
  const error = !typing && read.status === "error" ? numberMessage(read, say) : null;
  const errorId = `${id}-error`;
  return (
    <FieldFrame id={id} label={field.label} hint={field.hint}>
      {(describedBy) => (
        <>
          <TextControl
            id={id}
            value={value}
            onText={(text) => {
              setTyping(true);
              update(() => text);
            }}
            onBlur={() => setTyping(false)}
            className="input number"
            inputMode="decimal"
            aria-invalid={error !== null}
            describedBy={[describedBy, error ? errorId : undefined].filter(Boolean).join(" ")}
          />
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </FieldFrame>
  );
}
