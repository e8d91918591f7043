import fc from "fast-check";
import { allFields } from "../../src/content/kinds";
import type { Answers, Field } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";

/** Answers of every shape the workbook holds, for property tests of everything that reads them. */

const fields = allFields(workbook);

/** Text as people type it: any Unicode, including new lines. */
export const text = fc.string({ unit: "binary", maxLength: 40 });
const status = fc.constantFrom("", "yes", "notYet", "notRelevant");
const entry = fc.record({ status, note: text });

/** Rows as the app saves them: each with an id of its own. */
const withIds = <T extends object>(rows: fc.Arbitrary<T[]>) =>
  fc
    .tuple(
      rows,
      fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { minLength: 4, maxLength: 4 }),
    )
    .map(([list, ids]) => list.map((row, i) => ({ ...row, id: ids[i]! })));

function valueArb(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case "text":
    case "longText":
    case "number":
      return text;
    case "calculated":
      return fc.constant(null);
    case "table":
    case "scorecard":
      return withIds(
        fc.array(fc.record(Object.fromEntries(field.columns.map((c) => [c.id, text]))), {
          maxLength: 4,
        }),
      );
    case "list":
      return withIds(fc.array(fc.record({ text }), { maxLength: 4 }));
    case "checklist":
      return fc.record({
        items: fc.dictionary(fc.constantFrom(...field.items.map((i) => i.id)), entry),
        own: withIds(fc.array(fc.record({ text, status, note: text }), { maxLength: 3 })),
      });
  }
}

/** Any set of answers the workbook could hold, some questions left out. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(fields.map((f) => [f.id, valueArb(f)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
