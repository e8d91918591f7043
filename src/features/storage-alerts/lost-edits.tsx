import { findField, LIMITS } from "../../content/kinds";
import { rowText } from "../../content/changes";
import type { Words } from "../../content/language";
import type { Answers, Field } from "../../content/types";
import { restoreLostEdit } from "../../store/lost-edits";
import { rowsAt } from "../../store/merge";
import { useWorkbook, useWorkbookStoreApi, type LostEdit } from "../../store/workbook-store";
import { useWords } from "../../ui/words";

/** Where in an answer an edit was, in the words the screen uses: "Customer contact point, row 2". */
function whereText(field: Field, edit: LostEdit, row: number, w: Words): string {
  const [first, second, third] = edit.path;
  const { rows } = w.screen;
  const { checklist } = w.more;
  switch (field.kind) {
    case "table":
    case "scorecard": {
      const column = field.columns.find((c) => c.id === second)?.heading ?? "";
      return w.fill(rows.cell, { column, number: row });
    }
    case "list":
      return w.fill(rows.item, { item: field.itemLabel, number: row });
    case "checklist": {
      const item = field.items.find((i) => i.id === second);
      const note = field.noteLabel;
      if (first === "items") return w.fill(checklist.noteOn, { note, check: item?.text ?? "" });
      return third === "note"
        ? w.fill(w.more.lostEdits.ownCheckNote, { note, number: row })
        : w.fill(checklist.ownCheck, { number: row });
    }
    case "text":
    case "longText":
    case "number":
    case "calculated":
      return field.label;
  }
}

/** The row an edit was in, as the user counts rows now (1, 2, …), or where it was. */
function rowNumber(answers: Answers, edit: LostEdit): number {
  if (edit.kind !== "text") {
    return edit.index + 1;
  }
  // Text in a row: [rowId, key] in a table or list, ["own", rowId, key] in a checklist.
  const own = edit.path[0] === "own";
  const rows = rowsAt(answers, edit.fieldId, own ? ["own"] : []);
  const rowId = own ? edit.path[1] : edit.path[0];
  return (rows?.findIndex((r) => r.id === rowId) ?? -1) + 1;
}

function LostEditAlert({ edit }: { edit: LostEdit }) {
  const store = useWorkbookStoreApi();
  const place = useWorkbook((s) => rowNumber(s.answers, edit));
  const full = useWorkbook(
    (s) =>
      edit.kind !== "text" &&
      (rowsAt(s.answers, edit.fieldId, edit.path)?.length ?? 0) >= LIMITS.rows,
  );
  const w = useWords();
  const t = w.more.lostEdits;
  const field = findField(w.workbook, edit.fieldId)?.field;
  if (!field) return null;
  const { dismissLostEdit } = store.getState();
  const quoted = (text: string) => w.fill(w.more.common.quoted, { text });
  return (
    <div role="alert" className="alert storage-alert lost-edit">
      {edit.kind === "text" ? (
        <>
          <p>
            <strong>
              {w.fill(t.changedHere, { where: quoted(whereText(field, edit, place, w)) })}
            </strong>{" "}
            {edit.keptMine ? t.keptMine : t.keptOther} {t.belowIs}
          </p>
          <blockquote className="lost-text" dir="auto">
            {edit.other}
          </blockquote>
        </>
      ) : edit.kind === "noRoom" ? (
        <>
          <p>
            <strong>{w.fill(t.noRoom, { question: quoted(field.label) })}</strong>{" "}
            {w.plural(t.holdsAtMost, LIMITS.rows)} {full ? t.removeFirst : t.roomNow}
          </p>
          <blockquote className="lost-text" dir="auto">
            {rowText(edit.row)}
          </blockquote>
        </>
      ) : (
        <p>
          <strong>{w.fill(t.rowRemoved, { question: quoted(field.label) })}</strong>{" "}
          {t.putBackAsWas}
        </p>
      )}
      <div className="alert-actions">
        <button
          type="button"
          className="button primary"
          disabled={edit.kind !== "text" && full}
          onClick={() => restoreLostEdit(store, edit.id)}
        >
          {edit.kind === "text" ? t.useThis : t.putRowBack}
        </button>
        <button type="button" className="button" onClick={() => dismissLostEdit(edit.id)}>
          {edit.kind === "text" ? t.keepShown : t.leaveRemoved}
        </button>
      </div>
    </div>
  );
}

/** Where other tabs' edits met this one's, each with the way to get the other version. */
export function LostEdits() {
  const lost = useWorkbook((s) => s.lostEdits);
  return lost.map((edit) => <LostEditAlert key={edit.id} edit={edit} />);
}
