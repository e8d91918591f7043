import { useEffect, useId, useRef, type ReactNode } from "react";
import { focusBack, openAtTitle } from "./dialog-focus";

/**
 * A modal question with Cancel and one action. Uses the browser's own <dialog>, which keeps
 * focus inside and closes on Escape; it opens at its title and gives focus back to whatever
 * opened it (see dialog-focus.ts). Cancel comes first, so it is the first button Tab reaches.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      openAtTitle(dialog);
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
      focusBack(opener.current);
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title" tabIndex={-1}>
        {title}
      </h2>
      <div className="confirm-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={`button ${danger ? "danger" : "primary"}`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
