import type { ChangeDetail } from "../../content/changes";
import { useWords } from "../../ui/words";
import { words as wordCount, type WordDiff } from "./word-diff";

/**
 * What moved in one answer, as the entrepreneur's "Changes since your last session" and the
 * coach's space both show it: the words added and removed in a text, the lines (rows, items,
 * checks) added and removed, and checks whose answer changed, in words. What is added or
 * removed is said to a screen reader too, not only shown by its colour.
 */
export function ChangeDetailView({
  detail,
  diff,
}: {
  detail: ChangeDetail;
  /** A changed text's words, compared within a time budget (compareWords in word-diff.ts). */
  diff: WordDiff | undefined;
}) {
  const { words, added, removed, changed } = detail;
  const w = useWords();
  const t = w.more.changes;
  if (words) {
    if (!diff || diff === "tooLong")
      return (
        <p className="word-diff">
          {w.fill(t.tooLong, {
            before: w.plural(t.words, wordCount(words.before)),
            now: w.plural(t.words, wordCount(words.now)),
          })}
        </p>
      );
    return (
      <p className="word-diff" dir="auto">
        {diff.map((part, i) =>
          part.added ? (
            <ins key={i}>
              <span className="visually-hidden">{t.added}</span>
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={i}>
              <span className="visually-hidden">{t.removed}</span>
              {part.value}
            </del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </p>
    );
  }
  return (
    <ul className="line-diff">
      {changed.map((line, i) => (
        <li key={`c${i}`} dir="auto" className="line-changed">
          {line}
        </li>
      ))}
      {added.map((line, i) => (
        <li key={`a${i}`} dir="auto">
          <ins>
            <span className="visually-hidden">{t.added}</span>
            {line}
          </ins>
        </li>
      ))}
      {removed.map((line, i) => (
        <li key={`r${i}`} dir="auto">
          <del>
            <span className="visually-hidden">{t.removed}</span>
            {line}
          </del>
        </li>
      ))}
    </ul>
  );
}
