import { useContext } from "react";
import type { Words } from "../content/language";
import { calculate, resultText, sumText, type Calculation } from "../content/sums";
import { fillNodes, useWords } from "../ui/words";
import { FieldNotes } from "./field-notes";
import type { FieldProps } from "./field-props";
import { lowerFirst } from "./list-input";
import { SettledAnnouncement } from "./settled-announcement";

/** What follows the label: the value, or what it still needs ("a, b and c", the language's way). */
function shownText(result: Calculation, say: Words): string {
  if (result.status === "ok") return resultText(result, say);
  // A label inside a sentence: no "(£)", and a small first letter where the language has one.
  const inSentence = (label: string) => lowerFirst(label.replace(/\s*\(£\)$/, ""), say.info.tag);
  const words = say.more.numbers;
  const fields = (labels: string[]) => say.formats.list(labels.map(inSentence));
  if (result.status === "missing")
    return say.fill(words.missing, { fields: fields(result.missing) });
  return say.fill(words.wrong, { fields: fields(result.wrong) });
}

/**
 * A value worked out as the user types, e.g. "Lifetime value of one customer: £78,000", with
 * the sum that made it. The value on screen follows every key; screen readers hear it once
 * typing stops (an <output> is a live region of its own, so that is turned off).
 */
export function CalculatedOutput({ field, context }: FieldProps<"calculated">) {
  const say = useWords();
  const result = calculate(field, context.fields, context.answers, say.formats.locale);
  const id = `f-${field.id}`;
  const inputs = field.times.map((t) => `f-${t}`).join(" ");
  const text = shownText(result, say);
  const note = useContext(FieldNotes)?.said;
  return (
    <div className={`field calculated${result.status === "ok" ? "" : " pending"}`}>
      <output id={id} htmlFor={inputs} className="calc-result" aria-live="off">
        {fillNodes(say.more.numbers.result, {
          label: <span className="calc-label">{field.label}</span>,
          // Sums and amounts read left to right in every language (`bdi`: within right to left).
          value:
            result.status === "ok" ? (
              <strong className="calc-value">
                <bdi dir="ltr">{text}</bdi>
              </strong>
            ) : (
              text
            ),
        })}
      </output>
      {note}
      <SettledAnnouncement
        text={say.fill(say.more.numbers.result, { label: field.label, value: text })}
      />
      {result.status === "ok" && (
        <p className="calc-sum">
          <bdi dir="ltr">{sumText(result, say)}</bdi>
        </p>
      )}
    </div>
  );
}
