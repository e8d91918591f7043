import { useState } from "react";
import { deleteKeptAside } from "../../store/remove-workbook";
import { useWorkbook, useWorkbookHandle, type KeptAside } from "../../store/workbook-store";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { downloadKeptAside } from "./backup-buttons";
import { dateTime } from "./words";

/** Saved data that could not be read, kept aside: each can be downloaded, or deleted. */
export function KeptAsideList({ onDone }: { onDone: (message: string) => void }) {
  const handle = useWorkbookHandle();
  const keptAside = useWorkbook((s) => s.keptAside);
  const [deleting, setDeleting] = useState<KeptAside | null>(null);
  if (keptAside.length === 0) return null;
  return (
    <div className="kept-aside">
      <h4>Saved data that could not be read</h4>
      <p>
        This was kept aside, unchanged, when the workbook could not read it. Download it to keep it.
        &ldquo;Restore from backup&rdquo; can bring back whatever answers in it can still be read.
      </p>
      <ul>
        {keptAside.map((copy) => {
          const found = `unreadable data found ${dateTime(new Date(copy.foundAt))}`;
          return (
            <li key={copy.foundAt}>
              <span>Found {dateTime(new Date(copy.foundAt))}</span>{" "}
              <button
                type="button"
                className="button small"
                onClick={() => downloadKeptAside(copy)}
              >
                Download<span className="visually-hidden"> {found}</span>
              </button>{" "}
              <button
                type="button"
                className="button small danger"
                onClick={() => setDeleting(copy)}
              >
                Delete<span className="visually-hidden"> {found}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete the unreadable data?"
        confirmLabel="Delete it"
        danger
        onConfirm={() => {
          if (deleting) deleteKeptAside(handle, deleting.foundAt);
          setDeleting(null);
          onDone("The unreadable data was deleted.");
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>
          The workbook cannot read it, but it may still hold answers. Download it first if you might
          need it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
