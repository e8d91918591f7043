import { useWorkbook } from "../../store/workbook-store";

const messages = {
  idle: "Saved on this device",
  pending: "Saving…",
  saved: "Saved on this device",
  failed: "Not saved",
} as const;

/** A quiet line that says whether the latest change is kept. */
export function SaveStatus() {
  const saveState = useWorkbook((s) => s.saveState);
  return (
    <p role="status" className={`save-status save-${saveState}`}>
      <span className="save-dot" aria-hidden="true" />
      {messages[saveState]}
    </p>
  );
}
