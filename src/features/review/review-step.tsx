import { useWorkbook } from "../../store/workbook-store";
import { Fold } from "../../ui/fold";
import { useWords } from "../../ui/words";
import { BackupTools } from "../backup/backup-tools";
import { SharedComputer } from "../backup/shared-computer";
import { ChangesSince } from "../changes/changes-since";
import { CoachPanel } from "../feedback/coach-panel";
import { PdfDownload } from "../pdf-export/pdf-download";
import { RemindersPanel } from "../reminders/reminders-panel";
import { CopyLink } from "../share-link/copy-link";
import { ReviewProgress } from "./review-progress";

/**
 * The review step, which closes the journey: the PDF first (on a phone, within the first
 * screen), then progress summed up with each step folded, what changed since the last session,
 * and the rest, grouped and folded.
 */
export function ReviewSummary() {
  // Saved data that could not be read is listed with the backup tools: they open to show it.
  const keptAside = useWorkbook((s) => s.keptAside.length > 0);
  const w = useWords();
  const t = w.more.review;
  return (
    <div className="review">
      <PdfDownload />
      <ReviewProgress />
      <ChangesSince />
      <section className="more" aria-labelledby="review-more">
        <h2 id="review-more">{t.moreOptions}</h2>
        <Fold name="backup" title={t.folds.backup} attention={keptAside}>
          <BackupTools />
        </Fold>
        <Fold name="shared" title={t.folds.shared}>
          <SharedComputer />
        </Fold>
        <Fold name="link" title={t.folds.link}>
          <CopyLink />
        </Fold>
        <Fold name="reminders" title={t.folds.reminders}>
          <RemindersPanel />
        </Fold>
        <Fold name="coach" title={t.folds.coach}>
          <CoachPanel />
        </Fold>
      </section>
      {w.info.code !== "en" && <p className="translation-note">{w.screen.translationNote}</p>}
    </div>
  );
}

// Everything else that loads only when needed comes in this one file with the review step, which
// the app fetches when idle anyway (load-review-step.ts): each file loaded on demand is named,
// with the files it needs, in the first load.
import "../coach-review/lazy-styles";
export { CoachSpacePage } from "../coach-review/coach-space-page";
export { CoachPart } from "../feedback/coach-part";
export { ClassBanner } from "../class-workbook/class-banner";
export { IncomingLinkDialog } from "../share-link/incoming-link";
export { watchInstallOffer } from "../keep-safe/install-offer";
export { fitTextBoxesForPrint } from "../print/print-fit";
export { Broken } from "../steps/broken";
