import { useState } from "react";
import { deleteKeptAside } from "../../store/remove-workbook";
import { useWorkbook, useWorkbookHandle, type KeptAside } from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { downloadKeptAside } from "./backup-buttons";
import { useWords } from "../../ui/words";
import { dateTime } from "./words";

/** Saved data that could not be read, kept aside: each can be downloaded, or deleted. */
export function KeptAsideList({ onDone }: { onDone: (message: string) => void }) {
  const handle = useWorkbookHandle();
  const keptAside = useWorkbook((s) => s.keptAside);
  const [deleting, setDeleting] = useState<KeptAside | null>(null);
  const w = useWords();
  const t = w.more.backup.keptAside;
  if (keptAside.length === 0) return null;
  return (
    <div className="kept-aside">
      <h4>{t.heading}</h4>
      <p>{t.lead}</p>
      <ul>
        {keptAside.map((copy) => {
          const when = dateTime(new Date(copy.foundAt), w);
          const found = w.fill(t.foundName, { when });
          return (
            <li key={copy.foundAt}>
              <span>{w.fill(t.found, { when })}</span>{" "}
              <button
                type="button"
                className="button small"
                onClick={() => downloadKeptAside(copy)}
              >
                {t.download}
                <span className="visually-hidden"> {found}</span>
              </button>{" "}
              <button
                type="button"
                className="button small danger"
                onClick={() => setDeleting(copy)}
              >
                {t.delete}
                <span className="visually-hidden"> {found}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t.deleteTitle}
        confirmLabel={t.deleteConfirm}
        danger
        onConfirm={() => {
          if (deleting) deleteKeptAside(handle, deleting.foundAt);
          setDeleting(null);
          onDone(t.deleted);
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>{t.deleteBody}</p>
      </ConfirmDialog>
    </div>
  );
}
