import { calculate } from "../content/sums";
import type { FieldProps } from "./field-props";

/** "a, b and c" */
function listed(words: readonly string[]): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]!}`;
}

/** Lower-cases a label for use inside a sentence, and drops "(£)". */
const inSentence = (label: string) =>
  label.replace(/\s*\(£\)$/, "").replace(/^./, (c) => c.toLowerCase());

/**
 * A value worked out as the user types, e.g. "Lifetime value of one customer: £78,000", with
 * the sum that made it. An <output> is a status region: screen readers hear the new value.
 */
export function CalculatedOutput({ field, context }: FieldProps<"calculated">) {
  const result = calculate(field, context.fields, context.answers);
  const id = `f-${field.id}`;
  const inputs = field.times.map((t) => `f-${t}`).join(" ");
  return (
    <div className={`field calculated${result.status === "ok" ? "" : " pending"}`}>
      <output id={id} htmlFor={inputs} className="calc-result">
        <span className="calc-label">{field.label}:</span>{" "}
        {result.status === "ok" ? (
          <strong className="calc-value">{result.result}</strong>
        ) : result.status === "missing" ? (
          <span>fill in {listed(result.missing.map(inSentence))} to work it out.</span>
        ) : (
          <span>check the number for {listed(result.wrong.map(inSentence))}.</span>
        )}
      </output>
      {result.status === "ok" && <p className="calc-sum">{result.sum}</p>}
    </div>
  );
}
