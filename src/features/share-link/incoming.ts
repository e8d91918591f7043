import { ANSWERS_PREFIX, CLASS_PREFIX } from "../../store/link-prefixes";

/**
 * Answers that came in a link (after `#`), taken from the address as the page starts, before
 * the step routing sees it. The address is put back to a plain one at once, so a reload or a
 * bookmark never carries the answers again; what to do with them is asked (incoming-link.tsx).
 */
export type IncomingLink = { kind: "answers" | "class"; packed: string };

let incoming: IncomingLink | null = null;
const listeners = new Set<() => void>();

function setIncoming(next: IncomingLink | null) {
  incoming = next;
  for (const listener of listeners) listener();
}

/** Takes answers out of the address, if it holds any. Called as the page starts. */
export function takeIncomingLink(): void {
  const { hash, pathname, search } = window.location;
  const prefix = [ANSWERS_PREFIX, CLASS_PREFIX].find((p) => hash.startsWith(p));
  if (!prefix) return;
  window.history.replaceState(null, "", pathname + search);
  setIncoming({
    kind: prefix === ANSWERS_PREFIX ? "answers" : "class",
    packed: hash.slice(prefix.length),
  });
}

export function incomingLink(): IncomingLink | null {
  return incoming;
}

/**
 * Also catches a link pasted into the address bar of a tab already open on the app, which
 * changes only the hash; this runs before the step routing redraws and corrects the address.
 */
export function subscribeIncoming(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener("hashchange", takeIncomingLink);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("hashchange", takeIncomingLink);
  };
}

export function doneWithIncomingLink(): void {
  setIncoming(null);
}
