import { changesBetween } from "../../src/content/changes";
import { withDefaults } from "../../src/content/kinds";
import { workbook } from "../../src/content/workbook";
import { compareWords } from "../../src/features/changes/word-diff";

/**
 * Comparing sessions word by word has a budget, so the review step never stops for it: what does
 * not fit is said to be too long to compare word by word.
 */

const blank = withDefaults(workbook);
const before = { ...blank, stoppedUsing: "The cake was late.", wordOfMouth: "Ring back." };
const now = { ...blank, stoppedUsing: "The cake was very late.", wordOfMouth: "Ring back today." };

it("gives the words added and removed in each changed text answer", () => {
  const diffs = compareWords(changesBetween(workbook, before, now), before, now);
  expect(diffs.get("stoppedUsing")).toEqual(
    expect.arrayContaining([expect.objectContaining({ added: true, value: "very " })]),
  );
  expect(diffs.get("wordOfMouth")).not.toBe("tooLong");
});

it("says an answer is too long to compare once the time for comparing is spent", () => {
  let clock = 0;
  // Each look at the clock finds a second gone: the budget is spent before the first answer.
  vi.spyOn(Date, "now").mockImplementation(() => (clock += 1000));
  const diffs = compareWords(changesBetween(workbook, before, now), before, now);
  expect([...diffs.values()]).toEqual(["tooLong", "tooLong"]);
});
