import { useWorkbook } from "../../store/workbook-store";
import { useLanguage } from "../../ui/words";

/**
 * A quiet line that says whether the latest change is kept. What a screen reader hears is
 * apart from what is seen: "Saving…" flickers with every pause in typing, so the status region
 * holds only whether the answers are kept, and speaks only when that changes (a save fails,
 * or saving works again).
 */
export function SaveStatus() {
  const saveState = useWorkbook((s) => s.saveState);
  const { saved, saving, notSaved } = useLanguage().screen.header;
  const messages = { idle: saved, pending: saving, saved, failed: notSaved };
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
