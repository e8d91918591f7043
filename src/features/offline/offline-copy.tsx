import { useEffect, useState } from "react";
import { useWords } from "../../ui/words";
import { makeOfflineCopyNow } from "./register-offline-app";
import type { OfflineCopy } from "./take-over";

/**
 * Whether the workbook can be relied on without Wi-Fi, for a facilitator on a poor connection,
 * with a button to make the offline copy at once rather than a while after the page loaded.
 */
export function OfflineCopyStatus({ buttonClass = "button" }: { buttonClass?: string }) {
  const [copy, setCopy] = useState<OfflineCopy>("none");
  const said = useWords().more.offline;
  useEffect(() => {
    let live = true;
    let stop = () => {};
    // Loaded, not imported: the first load fetches the same file when the copy starts, and a
    // file imported both ways would cost the first load a shared runtime of its own.
    void import("./take-over").then(({ offlineCopy }) => {
      if (!live) return;
      setCopy(offlineCopy.get());
      stop = offlineCopy.subscribe(() => setCopy(offlineCopy.get()));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (copy === "none") return null;
  return (
    <div className={`offline-copy is-${copy}`}>
      <p role="status">{said[copy]}</p>
      {(copy === "later" || copy === "failed") && (
        <button type="button" className={buttonClass} onClick={makeOfflineCopyNow}>
          {said.makeNow}
        </button>
      )}
    </div>
  );
}
