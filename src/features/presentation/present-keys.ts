export type PresentMove = "next" | "back" | "leave";

/** Controls that use the arrow keys, Space or Page keys themselves (typing, radio groups, lists). */
function ownsKeys(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement)
    return !["button", "submit", "reset", "image"].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Buttons, links and summaries act on Space themselves; arrows and Page keys are free. */
function ownsSpace(el: Element): boolean {
  return el.closest("button, a[href], summary, [role='button']") !== null;
}

/**
 * What a key press means in presentation mode, or null when the key belongs to the page:
 * typing in a field (Space types a space, arrows move the caret), a radio group, or a dialog.
 * Presenter remotes send Page Down and Page Up, so those move too. On a right-to-left page the
 * next step is to the left, so the arrows swap (as slide shows do in Arabic and Urdu).
 */
export function presentMove(event: KeyboardEvent, rtl = false): PresentMove | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest("dialog[open]")) return null;
  if (event.key === "Escape") return "leave";
  if (target && ownsKeys(target)) return null;
  switch (event.key) {
    case "ArrowRight":
      return rtl ? "back" : "next";
    case "ArrowLeft":
      return rtl ? "next" : "back";
    case "PageDown":
      return "next";
    case "PageUp":
      return "back";
    case " ":
      if (target && ownsSpace(target)) return null;
      return event.shiftKey ? "back" : "next";
    default:
      return null;
  }
}
