import { useEffect, useState } from "react";

/** How long typing must pause before a worked-out result is read out. */
export const SETTLE_MS = 1000;

/**
 * Reads out a result worked out as the user types, once typing stops: the result on screen
 * changes with every key (and is not a live region), this hidden line only after a pause.
 */
export function SettledAnnouncement({ text }: { text: string }) {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <span className="visually-hidden" aria-live="polite">
      {settled}
    </span>
  );
}
