import type { Words } from "../../content/language";
import {
  useWorkbook,
  useWorkbookStoreApi,
  type KeptAside,
  type Notice,
} from "../../store/workbook-store";
import { useWords } from "../../ui/words";
import { DownloadBackupButton, downloadKeptAside } from "../backup/backup-buttons";
import { NewerVersionAlert } from "../../ui/newer-version";
import { questionName } from "../backup/words";
import { LostEdits } from "./lost-edits";

function keptAsideText(
  copy: KeptAside,
  unreadableFields: string[],
  w: Words,
): { lead: string; rest: string } {
  const t = w.more.alerts;
  switch (copy.reason) {
    case "newer":
      return { lead: t.newer, rest: t.newerRest };
    case "partial": {
      const names = w.formats.list(unreadableFields.map((id) => questionName(id, w)));
      return {
        lead: t.partial,
        rest: `${names ? w.fill(t.partialAnswers, { questions: names }) : ""}${t.partialRest}`,
      };
    }
    case "damaged":
      return { lead: t.damaged, rest: t.damagedRest };
  }
}

const why = { full: "whyFull", blocked: "whyBlocked", other: "whyOther" } as const;

const noticeText = (notice: Notice, w: Words) =>
  notice.kind === "said" ? notice.text : w.more.alerts.removedElsewhere;

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
  const w = useWords();
  const t = w.more.alerts;

  return (
    <div className="storage-alerts">
      {saveProblem === "newer" && (
        <NewerVersionAlert lead={t.savedByNewer} rest={t.savedByNewerRest}>
          <DownloadBackupButton />
        </NewerVersionAlert>
      )}
      {saveState === "failed" && saveProblem !== "newer" && (
        <div role="alert" className="alert storage-alert">
          <p>
            <strong>{t.notSaved}</strong> {t[why[saveProblem ?? "other"]]}
          </p>
          <p>{t.stillHere}</p>
          <DownloadBackupButton className="button primary" />
        </div>
      )}
      {fresh.map((copy) => {
        const { lead, rest } = keptAsideText(copy, unreadableFields, w);
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
                {t.downloadSaved}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => store.getState().dismissKeptAside(copy.foundAt)}
              >
                {t.hide}
              </button>
            </div>
          </div>
        );
      })}
      <LostEdits />
      {notice && (
        <div className="notice" aria-live="polite">
          <p>{noticeText(notice, w)}</p>
          <button
            type="button"
            className="button small"
            onClick={() => store.getState().dismissNotice()}
          >
            {w.more.common.ok}
          </button>
        </div>
      )}
    </div>
  );
}
