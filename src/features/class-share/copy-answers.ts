import {
  byKind,
  hasVisibleText,
  isAnswered,
  LIMITS,
  valueOf,
  type KindMap,
} from "../../content/kinds";
import type { Answers, AnswerValue, CheckEntry, Field, Step } from "../../content/types";
import { newId } from "../../lib/ids";

/**
 * Copying a step's class answers into a participant's own workbook. Empty questions take the
 * class answer, tables and lists gain the class's rows as extra rows, and an answer of the
 * participant's own is replaced only when they ask for it (a "clash").
 */

/** What copying does to one question. */
export type CopyAction = "fill" | "add" | "clash" | "same";
export type CopyPlan = { field: Field; action: CopyAction; added: number };

type Copy = { value: AnswerValue; action: CopyAction; added: number };
/** Each kind's copy: mine and the class's in, the copied answer out. */
type Copier = KindMap<(theirs: AnswerValue, replace: boolean) => Copy>;

const same = (a: string, b: string) => a.trim() === b.trim();
const emptyEntry = (e: CheckEntry | undefined) =>
  !e || (e.status === "" && !hasVisibleText(e.note));

/** Rows of theirs that have something in them and that mine do not already hold, with new ids. */
function extraRows<T extends { id: string }>(
  mine: T[],
  theirs: T[],
  text: (row: T) => string[],
): T[] {
  const key = (row: T) => JSON.stringify(text(row).map((t) => t.trim()));
  const have = new Set(mine.map(key));
  const extra = theirs.filter((row) => text(row).some(hasVisibleText) && !have.has(key(row)));
  return extra
    .slice(0, Math.max(0, LIMITS.rows - mine.length))
    .map((row) => ({ ...row, id: newId() }));
}

function rowsCopy<T extends { id: string }>(
  mine: T[],
  theirs: T[],
  text: (row: T) => string[],
): Copy {
  const extra = extraRows(mine, theirs, text);
  return {
    value: extra.length > 0 ? [...mine, ...extra] : mine,
    action: extra.length > 0 ? "add" : "same",
    added: extra.length,
  };
}

const textCopy = (mine: string, theirs: AnswerValue, replace: boolean): Copy => {
  const text = theirs as string;
  if (!hasVisibleText(mine)) return { value: text, action: "fill", added: 0 };
  if (same(mine, text)) return { value: mine, action: "same", added: 0 };
  return { value: replace ? text : mine, action: "clash", added: 0 };
};

const copiers: Copier = {
  text: (_, mine) => (theirs, replace) => textCopy(mine, theirs, replace),
  longText: (_, mine) => (theirs, replace) => textCopy(mine, theirs, replace),
  number: (_, mine) => (theirs, replace) => textCopy(mine, theirs, replace),
  // Worked out from the step's other answers, so it follows whatever they become.
  calculated: () => () => ({ value: null, action: "same", added: 0 }),
  table: (field, mine) => (theirs) =>
    rowsCopy(mine, theirs as typeof mine, (row) => field.columns.map((c) => row[c.id] ?? "")),
  scorecard: (field, mine) => (theirs) =>
    rowsCopy(mine, theirs as typeof mine, (row) => field.columns.map((c) => row[c.id] ?? "")),
  list: (_, mine) => (theirs) => rowsCopy(mine, theirs as typeof mine, (item) => [item.text]),
  checklist: (_, mine) => (theirsValue, replace) => {
    const theirs = theirsValue as typeof mine;
    const items = { ...mine.items };
    let clash = false;
    let filled = false;
    for (const [id, entry] of Object.entries(theirs.items)) {
      if (emptyEntry(entry)) continue;
      const own = mine.items[id];
      if (emptyEntry(own)) {
        items[id] = entry;
        filled = true;
      } else if (own && (own.status !== entry.status || !same(own.note, entry.note))) {
        clash = true;
        if (replace) items[id] = entry;
      }
    }
    const own = extraRows(mine.own, theirs.own, (e) => [e.text, e.note]);
    const action = clash ? "clash" : own.length > 0 ? "add" : filled ? "fill" : "same";
    const changed = filled || own.length > 0 || (clash && replace);
    const value = changed ? { items, own: [...mine.own, ...own] } : mine;
    return { value, action, added: own.length };
  },
};

function copyOne(field: Field, mine: Answers, theirs: Answers, replace: boolean): Copy | null {
  if (!isAnswered(field, theirs)) return null;
  return byKind(copiers, field, valueOf(field, mine))(valueOf(field, theirs), replace);
}

/** What copying the class's answers to a step would do, question by question. */
export function planCopy(step: Step, mine: Answers, theirs: Answers): CopyPlan[] {
  return step.fields.flatMap((field) => {
    const copy = copyOne(field, mine, theirs, false);
    return copy ? [{ field, action: copy.action, added: copy.added }] : [];
  });
}

/** The answers that change; questions in `replace` take the class answer over the user's own. */
export function copyAnswers(
  step: Step,
  mine: Answers,
  theirs: Answers,
  replace: ReadonlySet<string>,
): Answers {
  const out: Answers = {};
  for (const field of step.fields) {
    const copy = copyOne(field, mine, theirs, replace.has(field.id));
    if (copy && copy.value !== mine[field.id]) out[field.id] = copy.value;
  }
  return out;
}
