import { useEffect, useState } from "react";
import { makeOfflineCopyNow } from "./register-offline-app";
import type { OfflineCopy } from "./take-over";

const said: Record<Exclude<OfflineCopy, "none">, string> = {
  later: "No offline copy yet.",
  making: "Making the offline copy…",
  ready: "Offline copy ready: the workbook works here without Wi-Fi.",
  failed: "The offline copy could not be made. Check the connection, then try again.",
};

/**
 * Whether the workbook can be relied on without Wi-Fi, for a facilitator on a poor connection,
 * with a button to make the offline copy at once rather than a while after the page loaded.
 */
export function OfflineCopyStatus({ buttonClass = "button" }: { buttonClass?: string }) {
  const [copy, setCopy] = useState<OfflineCopy>("none");
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
          Make offline copy now
        </button>
      )}
    </div>
  );
}
