import { useContext } from "react";
import { calculate, type Calculation } from "../content/sums";
import { FieldNotes } from "./field-notes";
import type { FieldProps } from "./field-props";
import { SettledAnnouncement } from "./settled-announcement";

/** "a, b and c" */
function listed(words: readonly string[]): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]!}`;
}

/** Lower-cases a label for use inside a sentence, and drops "(£)". */
const inSentence = (label: string) =>
  label.replace(/\s*\(£\)$/, "").replace(/^./, (c) => c.toLowerCase());

/** What follows the label: the value, or what it still needs. */
function resultText(result: Calculation): string {
  if (result.status === "ok") return result.result;
  if (result.status === "missing")
    return `fill in ${listed(result.missing.map(inSentence))} to work it out.`;
  return `check the number for ${listed(result.wrong.map(inSentence))}.`;
}

/**
 * A value worked out as the user types, e.g. "Lifetime value of one customer: £78,000", with
 * the sum that made it. The value on screen follows every key; screen readers hear it once
 * typing stops (an <output> is a live region of its own, so that is turned off).
 */
export function CalculatedOutput({ field, context }: FieldProps<"calculated">) {
  const result = calculate(field, context.fields, context.answers);
  const id = `f-${field.id}`;
  const inputs = field.times.map((t) => `f-${t}`).join(" ");
  const text = resultText(result);
  const note = useContext(FieldNotes)?.said;
  return (
    <div className={`field calculated${result.status === "ok" ? "" : " pending"}`}>
      <output id={id} htmlFor={inputs} className="calc-result" aria-live="off">
        <span className="calc-label">{field.label}:</span>{" "}
        {result.status === "ok" ? <strong className="calc-value">{text}</strong> : text}
      </output>
      {note}
      <SettledAnnouncement text={`${field.label}: ${text}`} />
      {result.status === "ok" && <p className="calc-sum">{result.sum}</p>}
    </div>
  );
}
