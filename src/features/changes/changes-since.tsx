import { useId, useMemo, useState } from "react";
import { changeDetail, changesBetween, type Change } from "../../content/changes";
import { findField } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { workbook } from "../../content/workbook";
import { useSnapshots, useSnapshotsProblem } from "./snapshot-store";
import { compareWords, type WordDiff } from "./word-diff";
import type { Snapshot } from "../../formats/snapshots";
import { useWorkbook, useWorkbookHandle } from "../../store/workbook-store";
import { stepHref } from "../steps/step-route";
import { ChangeDetailView } from "./change-detail-view";
import { snapshotNames } from "./snapshot-names";

const KIND_WORDS: Record<Change["kind"], string> = {
  new: "New",
  changed: "Changed",
  removed: "Removed",
};

/**
 * "Changes since your last session" on the review step: each question whose answer is new,
 * changed or removed since a PDF was made, with the words added and removed. Loads with the
 * review step, the word-by-word comparison with it.
 */
export function ChangesSince() {
  const { key } = useWorkbookHandle();
  const snapshots = useSnapshots(key);
  const problem = useSnapshotsProblem(key);
  const answers = useWorkbook((s) => s.answers);
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  const names = snapshotNames(snapshots);
  const snapshot = snapshots.find((s) => s.id === chosen) ?? snapshots[0];

  return (
    <section className="panel changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">Changes since your last session</h2>
      {problem && (
        <p className="alert">
          {problem === "newer"
            ? "Your session copies were kept by a newer version of the app, so none are added here. Reload the page to use it."
            : "The copy of your answers from your last PDF could not be kept: this browser's storage is full or blocked."}
        </p>
      )}
      {!snapshot ? (
        <p>
          Each time you download a PDF for your coaching session, a copy of your answers is kept
          here. Next time, this shows what you changed since.
        </p>
      ) : (
        <>
          <h3>Your sessions</h3>
          <ul className="snapshot-list">
            {snapshots.map((s) => (
              <li key={s.id}>{names.get(s.id)}</li>
            ))}
          </ul>
          {snapshots.length > 1 && (
            <p className="compare-with">
              <label htmlFor={selectId}>Compare with</label>{" "}
              <select
                id={selectId}
                className="input"
                value={snapshot.id}
                onChange={(e) => setChosen(e.target.value)}
              >
                {snapshots.map((s) => (
                  <option key={s.id} value={s.id}>
                    {names.get(s.id)}
                  </option>
                ))}
              </select>
            </p>
          )}
          <ChangeList snapshot={snapshot} answers={answers} name={names.get(snapshot.id) ?? ""} />
        </>
      )}
    </section>
  );
}

function ChangeList({
  snapshot,
  answers,
  name,
}: {
  snapshot: Snapshot;
  answers: Answers;
  name: string;
}) {
  const changes = useMemo(
    () => changesBetween(workbook, snapshot.answers, answers),
    [snapshot, answers],
  );
  const diffs = useMemo(
    () => compareWords(changes, snapshot.answers, answers),
    [changes, snapshot, answers],
  );
  const lowerName = name.charAt(0).toLowerCase() + name.slice(1);
  if (changes.length === 0) {
    return <p>Nothing has changed since the copy {lowerName}.</p>;
  }
  return (
    <>
      <p>
        Compared with the copy {lowerName}: {changes.length}{" "}
        {changes.length === 1 ? "question" : "questions"} changed.
      </p>
      <ul className="change-list">
        {changes.map((change) => (
          <ChangeItem
            key={change.field.id}
            change={change}
            before={snapshot.answers}
            now={answers}
            diff={diffs.get(change.field.id)}
          />
        ))}
      </ul>
    </>
  );
}

function ChangeItem({
  change,
  before,
  now,
  diff,
}: {
  change: Change;
  before: Answers;
  now: Answers;
  /** A text answer's words added and removed, or too long to compare. */
  diff: WordDiff | undefined;
}) {
  const place = findField(workbook, change.field.id);
  return (
    <li className={`change change-${change.kind}`}>
      <span className="change-kind">{KIND_WORDS[change.kind]}</span>{" "}
      <a href={stepHref(place?.step.id ?? "")}>
        Step {place?.stepNumber}: {change.field.label}
      </a>
      <ChangeDetailView detail={changeDetail(workbook, change, before, now)} diff={diff} />
    </li>
  );
}
