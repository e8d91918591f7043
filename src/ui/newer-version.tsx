import type { ReactNode } from "react";

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
  return (
    <div role="alert" className="alert storage-alert">
      <p>
        <strong>{lead}</strong> {rest}
      </p>
      <div className="alert-actions">
        <button type="button" className="button primary" onClick={() => location.reload()}>
          Reload to use the newer version
        </button>
        {children}
      </div>
    </div>
  );
}
