/**
 * The order a line of mixed-direction text is shown in, by the Unicode bidi algorithm
 * (bidi-js), the way Chromium shows it: Hebrew and Arabic right to left, numbers and Latin
 * words inside them left to right, brackets mirrored.
 */
import bidiFactory, { type Bidi } from "bidi-js";

let bidi: Bidi | undefined;

/** A stretch of one direction, in the order it is drawn from the left. */
export type VisualRun = {
  /** The characters in drawing order (reversed and mirrored when right to left). */
  text: string;
  rtl: boolean;
  /** The same characters in the order they were typed, before any mirroring. */
  logical: string;
  /** Where the run starts in the line as typed: runs are drawn in this order. */
  start: number;
};

/** One line (already wrapped, and shaped if Arabic) as runs from left to right. */
export function visualRuns(line: string, base: "ltr" | "rtl"): VisualRun[] {
  bidi ??= bidiFactory();
  const embedding = bidi.getEmbeddingLevels(line, base);
  const order = Array.from({ length: line.length }, (_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(line, embedding)) {
    if (start === undefined || end === undefined) continue;
    order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  }
  // bidi-js wants the levels array here (its README says the result object, which silently
  // gives an empty map).
  const mirrored = bidi.getMirroredCharactersMap(line, embedding.levels);
  const runs: { level: number; text: string; indexes: number[] }[] = [];
  for (const i of order) {
    const level = embedding.levels[i] ?? 0;
    const ch = mirrored.get(i) ?? line[i] ?? "";
    const last = runs.at(-1);
    if (last?.level === level) {
      last.text += ch;
      last.indexes.push(i);
    } else runs.push({ level, text: ch, indexes: [i] });
  }
  return runs.map((run) => {
    const indexes = run.indexes.sort((a, b) => a - b);
    return {
      text: run.text,
      rtl: (run.level & 1) === 1,
      logical: indexes.map((i) => line[i]).join(""),
      start: indexes[0] ?? 0,
    };
  });
}
