import { createContext, useEffect, useId, useState, type ReactNode } from "react";

/** Whether the fold around a part is open: a part that loads code can wait until it is. */
export const FoldOpen = createContext(true);

/** Folds opened during this visit stay open when their step is shown again. */
const opened = new Set<string>();

/**
 * A panel folded under its heading: the heading holds a button that shows or hides what is
 * below it (the accordion pattern), so the heading stays in the page's outline either way. It
 * opens by itself when something in it needs the user (`attention`).
 */
export function Fold({
  name,
  title,
  attention = false,
  children,
}: {
  /** Remembers the fold across steps; unique on the page. */
  name: string;
  title: string;
  attention?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(() => attention || opened.has(name));
  const [calledFor, setCalledFor] = useState(attention);
  if (attention !== calledFor) {
    setCalledFor(attention);
    if (attention) setOpen(true);
  }
  const bodyId = useId();
  useEffect(() => {
    if (open) opened.add(name);
    else opened.delete(name);
  }, [open, name]);
  return (
    <div className={`panel fold${open ? " open" : ""}`}>
      <h3 className="fold-title">
        <button
          type="button"
          className="fold-button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          {title}
          <span className="fold-sign" aria-hidden="true" />
        </button>
      </h3>
      <div id={bodyId} className="fold-body" hidden={!open}>
        <FoldOpen value={open}>{children}</FoldOpen>
      </div>
    </div>
  );
}
