import type { ChangeEvent } from "react";
import { LIMITS } from "../content/kinds";

/** Shown once an answer is this close to the most it may hold, so no one hits it unawares. */
const WARN_AT = 0.9;

const count = new Intl.NumberFormat("en-GB");

/** "1,200 characters left", or null while there is plenty of room. */
export function lengthNote(text: string): string | null {
  if (text.length < LIMITS.textLength * WARN_AT) return null;
  const left = LIMITS.textLength - text.length;
  if (left <= 0) return `This answer is full: ${count.format(LIMITS.textLength)} characters.`;
  return `${count.format(left)} ${left === 1 ? "character" : "characters"} left.`;
}

/**
 * A text box for any answer: one line or several, the direction of whatever script is typed
 * (dir="auto"), a cap on length, and a note that says so before it is reached.
 */
export function TextControl({
  id,
  value,
  onText,
  multiline = false,
  rows,
  className = "input",
  describedBy,
  ...aria
}: {
  id: string;
  value: string;
  onText: (text: string) => void;
  multiline?: boolean;
  rows?: number;
  className?: string;
  describedBy?: string | undefined;
  "aria-label"?: string;
  placeholder?: string;
}) {
  const note = lengthNote(value);
  const noteId = `${id}-length`;
  const props = {
    id,
    value,
    className,
    dir: "auto",
    maxLength: LIMITS.textLength,
    "aria-describedby":
      [describedBy, note ? noteId : undefined].filter(Boolean).join(" ") || undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onText(e.target.value),
    ...aria,
  };
  return (
    <>
      {multiline ? (
        <textarea rows={rows} {...props} />
      ) : (
        <input type="text" autoComplete="off" {...props} />
      )}
      {note && (
        <p id={noteId} className="length-note" aria-live="polite">
          {note}
        </p>
      )}
    </>
  );
}
