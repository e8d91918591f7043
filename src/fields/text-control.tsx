import { useLayoutEffect, useRef, type ChangeEvent } from "react";
import { LIMITS } from "../content/kinds";
import type { Language } from "../content/language";
import { useLanguage } from "../ui/words";

type Box = HTMLInputElement | HTMLTextAreaElement;

/**
 * Where the caret should go when the text changes under it (another tab's edit): it stays put
 * when the change is after it, and moves with the text when the change is before it.
 */
export function caretAfter(before: string, after: string, caret: number): number {
  let same = 0;
  const shortest = Math.min(before.length, after.length);
  while (same < shortest && before[same] === after[same]) same++;
  if (caret >= before.length) return after.length;
  if (caret <= same) return caret;
  return Math.max(same, Math.min(after.length, caret + after.length - before.length));
}

/**
 * The box holds its own text (React gives only the first value) and this puts in any new value
 * from outside, such as another tab's edit. Doing it here, not through React, lets the caret
 * stay where the user left it: React would set the value and the caret would jump to the end.
 */
function useSteadyCaret(value: string) {
  const ref = useRef<Box>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || box.value === value) return;
    const [before, start, end] = [box.value, box.selectionStart ?? 0, box.selectionEnd ?? 0];
    box.value = value;
    if (box !== document.activeElement) return;
    const from = caretAfter(before, value, start);
    box.setSelectionRange(from, Math.max(from, caretAfter(before, value, end)));
  }, [value]);
  return ref;
}

/** Shown once an answer is this close to the most it may hold, so no one hits it unawares. */
const WARN_AT = 0.9;

/** "1,200 characters left", or null while there is plenty of room. */
export function lengthNote(text: string, say: Language): string | null {
  if (text.length < LIMITS.textLength * WARN_AT) return null;
  const left = LIMITS.textLength - text.length;
  const words = say.screen.text;
  if (left <= 0) return say.fill(words.full, { count: LIMITS.textLength });
  return say.plural(words.left, left);
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
  "aria-invalid"?: boolean;
  placeholder?: string;
  /** "decimal" brings up a keypad with digits on phones, for numbers. */
  inputMode?: "decimal";
  onBlur?: () => void;
}) {
  const note = lengthNote(value, useLanguage());
  const noteId = `${id}-length`;
  const caret = useSteadyCaret(value);
  const props = {
    id,
    defaultValue: value,
    className,
    dir: "auto",
    maxLength: LIMITS.textLength,
    "aria-describedby":
      [describedBy, note ? noteId : undefined].filter(Boolean).join(" ") || undefined,
    onChange: (e: ChangeEvent<Box>) => onText(e.target.value),
    ...aria,
  };
  return (
    <>
      {multiline ? (
        <textarea rows={rows} ref={caret as React.RefObject<HTMLTextAreaElement>} {...props} />
      ) : (
        <input
          type="text"
          autoComplete="off"
          ref={caret as React.RefObject<HTMLInputElement>}
          {...props}
        />
      )}
      {note && (
        <p id={noteId} className="length-note" aria-live="polite">
          {note}
        </p>
      )}
    </>
  );
}
