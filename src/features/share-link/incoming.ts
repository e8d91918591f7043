import { createContext, useContext } from "react";
import { ANSWERS_PREFIX } from "../../formats/link";

/**
 * Answers that came in a link, after `#`. The app keeps the link when the page starts with one,
 * or when one is pasted into the address of a tab already open; the step routing then puts the
 * address back to a plain one, so a reload or a bookmark never carries the answers again. What
 * to do with them is asked (incoming-link.tsx); this module loads only then.
 */
export type IncomingLink = { kind: "answers"; packed: string } | { kind: "class"; hash: string };

/** What an address's `#` part carries; `hash` is one that carriesAnswers (link-prefixes.ts). */
export function incomingLink(hash: string): IncomingLink {
  return hash.startsWith(ANSWERS_PREFIX)
    ? { kind: "answers", packed: hash.slice(ANSWERS_PREFIX.length) }
    : // A class link is read whole: its prefix says which form it is in (class-link.ts).
      { kind: "class", hash };
}

/** Closes the question about a link: the app forgets the link. */
export const IncomingDone = createContext<() => void>(() => {});

export const useIncomingDone = () => useContext(IncomingDone);
