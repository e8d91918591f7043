import { workbook } from "../../content/workbook";
import { SafeBackupButton } from "../backup/safe-backup";
import { stepHref } from "./step-route";

/**
 * In place of a step that could not be drawn (the list of steps beside it still works), or of
 * the whole app (`whole`), with a link to every step: what happened, that the answers are kept,
 * the backup, and the way on. `onMove` draws the app afresh as a link is followed.
 */
export function Broken({ whole = false, onMove }: { whole?: boolean; onMove?: () => void }) {
  const message = (
    <div role="alert" className="alert broken">
      <h1>{whole ? "Something went wrong" : "This step could not be shown"}</h1>
      <p>
        Something went wrong while showing it. Your answers are saved in this browser and have not
        been changed. Download a backup to keep a copy safe, then go to another step.
      </p>
      <SafeBackupButton />
      {whole && (
        <ol>
          {workbook.steps.map((step, i) => (
            <li key={step.id}>
              <a href={stepHref(step.id)} onClick={onMove}>
                Step {i + 1}: {step.title}
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
