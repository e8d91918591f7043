import { useState } from "react";
import { answersLink } from "../../formats/link";
import { useSaving, useWorkbookStoreApi } from "../../store/workbook-store";
import { DownloadBackupButton } from "../backup/backup-buttons";

type LinkState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "made"; url: string; copied: boolean }
  | { kind: "tooLong"; message: string };

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

  const make = async () => {
    setState({ kind: "busy" });
    saving.flush();
    const { answers, ensureWorkbookId } = store.getState();
    const link = await answersLink(appAddress(), answers, new Date(), ensureWorkbookId());
    if (!link.ok) setState({ kind: "tooLong", message: link.message });
    else setState({ kind: "made", url: link.url, copied: await copyText(link.url) });
  };

  return (
    <div className="share-link">
      <p>
        The link holds your answers themselves, packed small. No server ever receives them, but
        anyone who opens the link can see them, so send it only to people you trust, such as your
        coach.
      </p>
      <button
        type="button"
        className="button"
        aria-disabled={state.kind === "busy"}
        onClick={() => void (state.kind !== "busy" && make())}
      >
        Copy link to my answers
      </button>
      <p role="status" className="share-link-status">
        {state.kind === "made" &&
          (state.copied
            ? "Link copied. Paste it into an email or a message."
            : "Your browser would not copy it for you: copy the link below.")}
      </p>
      {state.kind === "made" && (
        <label className="share-link-url">
          Link to your answers
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
          <p>{state.message}</p>
          <DownloadBackupButton />
        </div>
      )}
    </div>
  );
}
