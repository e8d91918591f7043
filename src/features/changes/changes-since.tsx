import type { ChangeObject } from "diff";
import { useId, useMemo, useState } from "react";
import {
  answerLines,
  changesBetween,
  linesAddedAndRemoved,
  type Change,
} from "../../content/changes";
import { findField } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { workbook } from "../../content/workbook";
import { useSnapshots, useSnapshotsProblem } from "./snapshot-store";
import { compareWords, words } from "./word-diff";
import type { Snapshot } from "../../formats/snapshots";
import { useWorkbook, useWorkbookHandle } from "../../store/workbook-store";
import { stepHref } from "../steps/step-route";
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

type ChangeProps = {
  change: Change;
  before: Answers;
  now: Answers;
  /** A text answer's words added and removed, or too long to compare. */
  diff?: ChangeObject<string>[] | "tooLong" | undefined;
};

function ChangeItem({ change, before, now, diff }: ChangeProps) {
  const place = findField(workbook, change.field.id);
  return (
    <li className={`change change-${change.kind}`}>
      <span className="change-kind">{KIND_WORDS[change.kind]}</span>{" "}
      <a href={stepHref(place?.step.id ?? "")}>
        Step {place?.stepNumber}: {change.field.label}
      </a>
      {change.kind === "changed" && (
        <WhatChanged change={change} before={before} now={now} diff={diff} />
      )}
    </li>
  );
}

/** The words added and removed in a text answer; the rows or items added and removed in others. */
function WhatChanged({ change, before, now, diff }: ChangeProps) {
  const { field } = change;
  if (diff === "tooLong") {
    const textOf = (answers: Answers) => answerLines(workbook, field, answers)[0] ?? "";
    return (
      <p className="word-diff">
        Too long to compare word by word here: it was {words(textOf(before))} words, and is now{" "}
        {words(textOf(now))}.
      </p>
    );
  }
  if (diff) {
    return (
      <p className="word-diff" dir="auto">
        {diff.map((part, i) =>
          part.added ? (
            <ins key={i}>
              <span className="visually-hidden">added: </span>
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={i}>
              <span className="visually-hidden">removed: </span>
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
    answerLines(workbook, field, before),
    answerLines(workbook, field, now),
  );
  return (
    <ul className="line-diff">
      {added.map((line, i) => (
        <li key={`a${i}`} dir="auto">
          <ins>
            <span className="visually-hidden">added: </span>
            {line}
          </ins>
        </li>
      ))}
      {removed.map((line, i) => (
        <li key={`r${i}`} dir="auto">
          <del>
            <span className="visually-hidden">removed: </span>
            {line}
          </del>
        </li>
      ))}
    </ul>
  );
}
