import { useEffect, useId, useRef, type ReactNode } from "react";
import { focusBack, openAtTitle } from "./dialog-focus";

/**
 * A modal window with a title and whatever choices it needs, on the browser's own <dialog>:
 * it opens at its title, focus stays inside, Escape closes it (as `onClose`), and focus goes back
 * where it was (see dialog-focus.ts).
 * ConfirmDialog is the two-button case.
 */
export function Modal({
  title,
  children,
  onClose,
  className = "",
}: {
  title: string;
  children: ReactNode;
  onClose: () => void;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    const opener = document.activeElement;
    openAtTitle(dialog);
    // Taken out of the page rather than closed, so focus is given back here.
    return () => focusBack(opener);
  }, []);
  return (
    <dialog
      ref={ref}
      className={`confirm-dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
