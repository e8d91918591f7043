import type { ReactNode } from "react";
import { useMore } from "./words";

/**
 * Said when a newer version of the app has saved where this page saves: this page stops writing
 * there, so it never puts an older shape over a newer one, and offers the newer version.
 */
export function NewerVersionAlert({
  lead,
  rest,
  children,
}: {
  lead: string;
  rest: string;
  /** More that can be done: "Download backup". */
  children?: ReactNode;
}) {
  const reload = useMore().alerts.reloadNewer;
  return (
    <div role="alert" className="alert storage-alert">
      <p>
        <strong>{lead}</strong> {rest}
      </p>
      <div className="alert-actions">
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {reload}
        </button>
        {children}
      </div>
    </div>
  );
}
