import { useEffect, useState } from "react";
import { isAnswered } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { shape } from "../../content/shape";
import { classLink } from "../../formats/class-link";
import { useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { fillNodes, useWords } from "../../ui/words";
import { appAddress } from "../share-link/copy-link";

/**
 * The largest QR code shown: at version 25 (117 modules a side) each module is still about five
 * pixels on a 720-pixel-high projector. The compact link (class-link.ts) keeps a few short rows
 * far below it: three rows make a version 6 or 7 code, which a phone reads from a tenth of that.
 */
const MAX_VERSION = 25;

/**
 * True when the app runs on an address only this computer can open (127.0.0.1, localhost, ::1):
 * a QR code of it is of no use to anyone else in the room.
 */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

type QrState =
  | { kind: "making" }
  | { kind: "ready"; url: string; modules: boolean[][] }
  | { kind: "problem"; message: "noAnswers" | "tooMuch" | "failed" };

/** The dark modules as one SVG path: a square per module, drawn as crisp as the screen allows. */
function qrPath(modules: boolean[][]): string {
  let path = "";
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return path;
}

async function makeQr(stepId: string, answers: Answers): Promise<QrState> {
  const step = shape.steps.find((s) => s.id === stepId);
  if (!step || !step.fields.some((f) => isAnswered(f, answers)))
    return { kind: "problem", message: "noAnswers" };
  const link = await classLink(appAddress(), stepId, answers);
  if (!link.ok) return { kind: "problem", message: "tooMuch" };
  // The QR code maker is only fetched when a facilitator shares answers.
  const { encode } = await import("uqr");
  try {
    const qr = encode(link.url, { ecc: "L", border: 4, maxVersion: MAX_VERSION });
    return { kind: "ready", url: link.url, modules: qr.data };
  } catch {
    return { kind: "problem", message: "tooMuch" };
  }
}

/** Said when the QR code holds an address that no phone in the room can open. */
function OnlyThisComputer() {
  const w = useWords();
  const t = w.more.classShare;
  return (
    <div role="alert" className="alert qr-warning">
      <p>
        <strong>{t.phonesCannot}</strong>{" "}
        {fillNodes(t.onlyHere, { host: <bdi>{window.location.host}</bdi> })}
      </p>
      <p>{t.howToHost}</p>
    </div>
  );
}

/** A large QR code of one step's class answers, with the link folded away beneath it. */
export function ShareWithClassDialog({ stepId, onClose }: { stepId: string; onClose: () => void }) {
  const store = useWorkbookStoreApi();
  const [state, setState] = useState<QrState>({ kind: "making" });
  const w = useWords();
  const t = w.more.classShare;
  const step = w.workbook.steps.find((s) => s.id === stepId);
  const title = step?.title ?? t.thisStep;

  useEffect(() => {
    let live = true;
    makeQr(stepId, store.getState().answers).then(
      (made) => live && setState(made),
      () => live && setState({ kind: "problem", message: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [stepId, store]);

  return (
    <Modal title={w.fill(t.title, { step: title })} onClose={onClose} className="qr-dialog">
      {state.kind === "making" && <p role="status">{t.making}</p>}
      {state.kind === "problem" && (
        <p role="alert" className="alert">
          {t[state.message]}
        </p>
      )}
      {state.kind === "ready" && isLoopback(window.location.hostname) && <OnlyThisComputer />}
      {state.kind === "ready" && (
        <>
          <p className="qr-help">{t.scan}</p>
          <svg
            className="qr-code"
            role="img"
            aria-label={w.fill(t.qrName, { step: title })}
            viewBox={`0 0 ${state.modules.length} ${state.modules.length}`}
            shapeRendering="crispEdges"
          >
            <rect width="100%" height="100%" fill="#fff" />
            <path d={qrPath(state.modules)} fill="#000" />
          </svg>
          <details className="qr-link">
            <summary>{t.showLink}</summary>
            <p>{state.url}</p>
          </details>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {w.more.common.close}
        </button>
      </div>
    </Modal>
  );
}
