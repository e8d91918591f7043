import { useWorkbook } from "../../store/workbook-store";

const messages = {
  idle: "Saved on this device",
  pending: "Saving…",
  saved: "Saved on this device",
  failed: "Not saved",
} as const;

/**
 * A quiet line that says whether the latest change is kept. What a screen reader hears is
 * apart from what is seen: "Saving…" flickers with every pause in typing, so the status region
 * holds only whether the answers are kept, and speaks only when that changes (a save fails,
 * or saving works again).
 */
export function SaveStatus() {
  const saveState = useWorkbook((s) => s.saveState);
  return (
    <p className={`save-status save-${saveState}`}>
      <span className="save-dot" aria-hidden="true" />
      <span aria-hidden="true">{messages[saveState]}</span>
      <span role="status" className="visually-hidden">
        {saveState === "failed" ? messages.failed : messages.saved}
      </span>
    </p>
  );
}
