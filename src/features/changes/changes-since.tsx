import { diffWords } from "diff";
import { useId, useState } from "react";
import {
  answerLines,
  changesBetween,
  isTextField,
  linesAddedAndRemoved,
  type Change,
} from "../../content/changes";
import { findField } from "../../content/kinds";
import type { Answers } from "../../content/types";
import { lowerFirst } from "../../fields/list-input";
import { useSnapshots } from "../../store/snapshot-store";
import type { Snapshot } from "../../store/snapshots";
import { useWorkbook, useWorkbookHandle } from "../../store/workbook-store";
import { useWords } from "../../ui/words";
import { stepHref } from "../steps/step-route";
import { snapshotNames } from "./snapshot-names";

/**
 * "Changes since your last session" on the review step: each question whose answer is new,
 * changed or removed since a PDF was made, with the words added and removed. Loads with the
 * review step, the word-by-word comparison with it.
 */
export function ChangesSince() {
  const snapshots = useSnapshots(useWorkbookHandle().key);
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
  const changes = changesBetween(w.workbook, snapshot.answers, answers);
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
          />
        ))}
      </ul>
    </>
  );
}

function ChangeItem({ change, before, now }: { change: Change; before: Answers; now: Answers }) {
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
      {change.kind === "changed" && <WhatChanged change={change} before={before} now={now} />}
    </li>
  );
}

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
