import { useId, useMemo, useState } from "react";
import { changeDetail, changesBetween, type Change } from "../../content/changes";
import { findField } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { lowerFirst } from "../../fields/list-input";
import type { Snapshot } from "../../formats/snapshots";
import { useSnapshots, useSnapshotsProblem } from "./snapshot-store";
import { compareWords, type WordDiff } from "./word-diff";
import { useWorkbook, useWorkbookHandle } from "../../store/workbook-store";
import { useWords } from "../../ui/words";
import { stepHref } from "../steps/step-route";
import { ChangeDetailView } from "./change-detail-view";
import { snapshotNames } from "./snapshot-names";

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
  const w = useWords();
  const t = w.more.changes;
  const names = snapshotNames(snapshots, w);
  const snapshot = snapshots.find((s) => s.id === chosen) ?? snapshots[0];

  return (
    <section className="panel changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t.heading}</h2>
      {problem && <p className="alert">{problem === "newer" ? t.keptByNewer : t.notKept}</p>}
      {!snapshot ? (
        <p>{t.none}</p>
      ) : (
        <>
          <h3>{t.sessions}</h3>
          <ul className="snapshot-list">
            {snapshots.map((s) => (
              <li key={s.id}>{names.get(s.id)}</li>
            ))}
          </ul>
          {snapshots.length > 1 && (
            <p className="compare-with">
              <label htmlFor={selectId}>{t.compareWith}</label>{" "}
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
  const w = useWords();
  const t = w.more.changes;
  const changes = useMemo(
    () => changesBetween(w.workbook, snapshot.answers, answers),
    [w.workbook, snapshot, answers],
  );
  const diffs = useMemo(
    () => compareWords(changes, snapshot.answers, answers),
    [changes, snapshot, answers],
  );
  const copy = lowerFirst(name, w.info.tag);
  if (changes.length === 0) {
    return <p>{w.fill(t.nothing, { copy })}</p>;
  }
  return (
    <>
      <p>{w.plural(t.changed, changes.length, { copy })}</p>
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
  const w = useWords();
  const place = findField(w.workbook, change.field.id);
  return (
    <li className={`change change-${change.kind}`}>
      <span className="change-kind">{w.more.changes.kinds[change.kind]}</span>{" "}
      <a href={stepHref(place?.step.id ?? "")}>
        {w.fill(w.more.common.stepLink, {
          number: place?.stepNumber ?? 0,
          title: change.field.label,
        })}
      </a>
      <ChangeDetailView detail={changeDetail(w, change, before, now)} diff={diff} />
    </li>
  );
}
