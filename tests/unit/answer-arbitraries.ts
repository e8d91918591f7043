import fc from "fast-check";
import { allFields, LIMITS } from "../../src/content/kinds";
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

/** Text as long as an answer may be (LIMITS.textLength): a typed piece, repeated. */
const fullText = fc
  .string({ unit: "binary", minLength: 1, maxLength: 12 })
  .map((piece) =>
    piece.repeat(Math.ceil(LIMITS.textLength / piece.length)).slice(0, LIMITS.textLength),
  )
  // A piece cut between the two halves of a surrogate pair would not be text a person typed.
  .map((t) => (/[\uD800-\uDBFF]$/.test(t) ? `${t.slice(0, -1)}x` : t));

/** As many rows as a table or list may hold (LIMITS.rows), each with an id of its own. */
function fullRows(field: Field): unknown {
  const cell = (i: number) => `row ${i + 1}`;
  const ids = Array.from({ length: LIMITS.rows }, (_, i) => `r${i + 1}`);
  switch (field.kind) {
    case "table":
    case "scorecard":
      return ids.map((id, i) => ({
        id,
        ...Object.fromEntries(field.columns.map((c) => [c.id, cell(i)])),
      }));
    case "list":
      return ids.map((id, i) => ({ id, text: cell(i) }));
    case "checklist":
      return { items: {}, own: ids.map((id, i) => ({ id, text: cell(i), status: "", note: "" })) };
    default:
      return undefined;
  }
}

const textFields = fields.filter((f) => f.kind === "text" || f.kind === "longText");
const rowFields = fields.filter((f) => fullRows(f) !== undefined);

/**
 * Answers up to every limit: any answers, with a few texts as long as an answer may be and a
 * few tables or lists as full as they may be (all of them full at once would be more than the
 * browser's storage holds, so no workbook can be).
 */
export const answersUpToLimitsArb: fc.Arbitrary<Answers> = fc
  .tuple(
    answersArb,
    fc.subarray(textFields, { maxLength: 3 }),
    fullText,
    fc.subarray(rowFields, { maxLength: 2 }),
  )
  .map(([answers, longOnes, long, fullOnes]) => {
    const out: Record<string, unknown> = { ...answers };
    for (const field of longOnes) out[field.id] = long;
    for (const field of fullOnes) out[field.id] = fullRows(field);
    return out as Answers;
  });
