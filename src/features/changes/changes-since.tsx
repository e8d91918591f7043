import { useId, useMemo, useState } from "react";
import { changeDetail, changesBetween, type Change } from "../../content/changes";
import { findField } from "../../content/kinds";
import type { Answers } from "../../content/types";
<<<<<<< HEAD
import { lowerFirst } from "../../fields/list-input";
import { useSnapshots } from "../../store/snapshot-store";
import type { Snapshot } from "../../store/snapshots";
=======
import { workbook } from "../../content/workbook";
import { useSnapshots, useSnapshotsProblem } from "./snapshot-store";
import { compareWords, type WordDiff } from "./word-diff";
import type { Snapshot } from "../../formats/snapshots";
>>>>>>> main
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
<<<<<<< HEAD
      <h2 id="changes-heading">{t.heading}</h2>
=======
      <h2 id="changes-heading">Changes since your last session</h2>
      {problem && (
        <p className="alert">
          {problem === "newer"
            ? "Your session copies were kept by a newer version of the app, so none are added here. Reload the page to use it."
            : "The copy of your answers from your last PDF could not be kept: this browser's storage is full or blocked."}
        </p>
      )}
>>>>>>> main
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
<<<<<<< HEAD
  const w = useWords();
  const t = w.more.changes;
  const changes = changesBetween(w.workbook, snapshot.answers, answers);
  const copy = lowerFirst(name, w.info.tag);
=======
  const changes = useMemo(
    () => changesBetween(workbook, snapshot.answers, answers),
    [snapshot, answers],
  );
  const diffs = useMemo(
    () => compareWords(changes, snapshot.answers, answers),
    [changes, snapshot, answers],
  );
  const lowerName = name.charAt(0).toLowerCase() + name.slice(1);
>>>>>>> main
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

<<<<<<< HEAD
function ChangeItem({ change, before, now }: { change: Change; before: Answers; now: Answers }) {
  const w = useWords();
  const place = findField(w.workbook, change.field.id);
=======
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
>>>>>>> main
  return (
    <li className={`change change-${change.kind}`}>
      <span className="change-kind">{w.more.changes.kinds[change.kind]}</span>{" "}
      <a href={stepHref(place?.step.id ?? "")}>
        {w.fill(w.more.common.stepLink, {
          number: place?.stepNumber ?? 0,
          title: change.field.label,
        })}
      </a>
      <ChangeDetailView detail={changeDetail(workbook, change, before, now)} diff={diff} />
    </li>
  );
}
<<<<<<< HEAD

/** The words added and removed in a text answer; the rows or items added and removed in others. */
function WhatChanged({ change, before, now }: { change: Change; before: Answers; now: Answers }) {
  const { field } = change;
  const w = useWords();
  const { added: addedWord, removed: removedWord } = w.more.changes;
  if (isTextField(field)) {
    const textOf = (answers: Answers) => answerLines(w, field, answers)[0] ?? "";
    const parts = diffWords(textOf(before), textOf(now));
    return (
      <p className="word-diff" dir="auto">
        {parts.map((part, i) =>
          part.added ? (
            <ins key={i}>
              <span className="visually-hidden">{addedWord}</span>
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={i}>
              <span className="visually-hidden">{removedWord}</span>
              {part.value}
            </del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </p>
    );
  }
  const { added, removed } = linesAddedAndRemoved(
    answerLines(w, field, before),
    answerLines(w, field, now),
  );
  return (
    <ul className="line-diff">
      {added.map((line, i) => (
        <li key={`a${i}`} dir="auto">
          <ins>
            <span className="visually-hidden">{addedWord}</span>
            {line}
          </ins>
        </li>
      ))}
      {removed.map((line, i) => (
        <li key={`r${i}`} dir="auto">
          <del>
            <span className="visually-hidden">{removedWord}</span>
            {line}
          </del>
        </li>
      ))}
    </ul>
  );
}
=======
>>>>>>> main
