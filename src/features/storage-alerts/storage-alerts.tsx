import { findField } from "../../content/kinds";
import { workbook } from "../../content/workbook";
import { useWorkbook, useWorkbookStoreApi, type KeptAside } from "../../store/workbook-store";
import type { SaveProblem } from "../../store/storage";
import { DownloadBackupButton, downloadKeptAside } from "../backup/backup-buttons";
import { NewerVersionAlert } from "../../ui/newer-version";
import { LostEdits } from "./lost-edits";

const whyNotSaved: Record<SaveProblem, string> = {
  full: "This browser's storage for this website is full.",
  blocked:
    "This browser is not letting the workbook save. This happens in some private windows, or when saving site data is turned off.",
  other: "The browser would not save them.",
  newer: "",
};

function keptAsideText(
  copy: KeptAside,
  unreadableFields: string[],
): { lead: string; rest: string } {
  switch (copy.reason) {
    case "newer":
      return {
        lead: "Your saved answers were made by a newer version of this workbook.",
        rest: "This version cannot read them, so they have been put aside, unchanged, and you have an empty workbook for now. Reload the page to get the newest version. You can also download the saved answers to keep them safe.",
      };
    case "partial": {
      const names = new Intl.ListFormat("en-GB").format(
        unreadableFields.map((id) => `“${findField(workbook, id)?.field.label ?? id}”`),
      );
      return {
        lead: "Part of your saved workbook could not be read.",
        rest: `${names ? `The answers to ${names} were damaged. ` : ""}Everything else is here as you left it. A copy of the saved data, exactly as it was, has been put aside. You can download it.`,
      };
    }
    case "damaged":
      return {
        lead: "Your saved workbook could not be read.",
        rest: "It has been put aside, unchanged, and you have an empty workbook: what you type now is saved as normal. Download the saved data to keep it.",
      };
  }
}

/**
 * Problems with saving, shown at the top of every page as soon as they happen: a write that
 * failed, or saved data that could not be read. Each comes with what the user can do about it.
 */
export function StorageAlerts() {
  const store = useWorkbookStoreApi();
  const saveState = useWorkbook((s) => s.saveState);
  const saveProblem = useWorkbook((s) => s.saveProblem);
  const keptAside = useWorkbook((s) => s.keptAside);
  const unreadableFields = useWorkbook((s) => s.unreadableFields);
  const notice = useWorkbook((s) => s.notice);
  const fresh = keptAside.filter((c) => c.isNew);

  return (
    <div className="storage-alerts">
      {saveProblem === "newer" && (
        <NewerVersionAlert
          lead="This workbook was opened in a newer version of the app."
          rest="To keep from writing over what it saved, this page has stopped saving. Reload to use the newer version: your answers are there. Anything typed here since is not saved, so download a backup first if you need it."
        >
          <DownloadBackupButton />
        </NewerVersionAlert>
      )}
      {saveState === "failed" && saveProblem !== "newer" && (
        <div role="alert" className="alert storage-alert">
          <p>
            <strong>Your latest changes are not saved.</strong>{" "}
            {whyNotSaved[saveProblem ?? "other"]}
          </p>
          <p>
            Your answers are still here on this page. Download a backup now so nothing is lost. The
            workbook will keep trying to save.
          </p>
          <DownloadBackupButton className="button primary" />
        </div>
      )}
      {fresh.map((copy) => {
        const { lead, rest } = keptAsideText(copy, unreadableFields);
        return (
          <div key={copy.foundAt} role="alert" className="alert storage-alert">
            <p>
              <strong>{lead}</strong> {rest}
            </p>
            <div className="alert-actions">
              <button
                type="button"
                className="button primary"
                onClick={() => downloadKeptAside(copy)}
              >
                Download the saved data
              </button>
              <button
                type="button"
                className="button"
                onClick={() => store.getState().dismissKeptAside(copy.foundAt)}
              >
                Hide this message
              </button>
            </div>
          </div>
        );
      })}
      <LostEdits />
      {notice && (
        <div className="notice" aria-live="polite">
          <p>{notice}</p>
          <button
            type="button"
            className="button small"
            onClick={() => store.getState().dismissNotice()}
          >
            OK
          </button>
        </div>
      )}
    </div>
  );
}
