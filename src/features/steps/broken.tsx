import { useWords } from "../../ui/words";
import { SafeBackupButton } from "../backup/safe-backup";
import { stepHref } from "./step-route";

/**
 * In place of a step that could not be drawn (the list of steps beside it still works), or of
 * the whole app (`whole`), with a link to every step: what happened, that the answers are kept,
 * the backup, and the way on. `onMove` draws the app afresh as a link is followed.
 */
export function Broken({ whole = false, onMove }: { whole?: boolean; onMove?: () => void }) {
  const w = useWords();
  const t = w.more.broken;
  const message = (
    <div role="alert" className="alert broken">
      <h1>{whole ? t.whole : t.step}</h1>
      <p>{t.body}</p>
      <SafeBackupButton label={w.more.backup.download} />
      {whole && (
        <ol>
          {w.workbook.steps.map((step, i) => (
            <li key={step.id}>
              <a href={stepHref(step.id)} onClick={onMove}>
                {w.fill(w.more.common.stepLink, { number: i + 1, title: step.title })}
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
  return whole ? (
    <main id="main" className="main">
      {message}
    </main>
  ) : (
    message
  );
}
