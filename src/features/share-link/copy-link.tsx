import { useState } from "react";
import { answersLink } from "../../formats/link";
import { useSaving, useWorkbookStoreApi } from "../../store/workbook-store";
import { useWords } from "../../ui/words";
import { DownloadBackupButton } from "../backup/backup-buttons";
import { problemText } from "../backup/words";

type LinkState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "made"; url: string; copied: boolean }
  | { kind: "tooLong" };

/** This page's address without any step or search: where a link opens the app. */
export function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Copy link to my answers": the whole workbook in a link, for the coach or another device. */
export function CopyLink() {
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const [state, setState] = useState<LinkState>({ kind: "idle" });
  const w = useWords();
  const t = w.more.link;

  const make = async () => {
    setState({ kind: "busy" });
    saving.flush();
    const { answers, ensureWorkbookId } = store.getState();
    const link = await answersLink(appAddress(), answers, new Date(), ensureWorkbookId());
    if (!link.ok) setState({ kind: "tooLong" });
    else setState({ kind: "made", url: link.url, copied: await copyText(link.url) });
  };

  return (
    <div className="share-link">
      <p>{t.lead}</p>
      <button
        type="button"
        className="button"
        aria-disabled={state.kind === "busy"}
        onClick={() => void (state.kind !== "busy" && make())}
      >
        {t.copy}
      </button>
      <p role="status" className="share-link-status">
        {state.kind === "made" && (state.copied ? t.copied : t.notCopied)}
      </p>
      {state.kind === "made" && (
        <label className="share-link-url">
          {t.linkLabel}
          <input
            className="input"
            readOnly
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      )}
      {state.kind === "tooLong" && (
        <div role="alert" className="alert">
          <p>{problemText({ key: "linkTooLong" }, w)}</p>
          <DownloadBackupButton />
        </div>
      )}
    </div>
  );
}
