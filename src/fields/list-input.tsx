import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { ListField, ListItem } from "../content/types";
import { GroupFrame } from "./field-frame";
import { RowButtons, UndoBar, useRowActions } from "./row-actions";

export function ListInput({ field }: { field: ListField }) {
  const { control, register, getValues } = useFormContext();
  const {
    fields: items,
    append,
    remove,
    insert,
    move,
  } = useFieldArray({ control, name: field.id });
  const current = (useWatch({ control, name: field.id }) ?? []) as ListItem[];
  const baseId = `f-${field.id}`;
  const noun = field.itemLabel.charAt(0).toLowerCase() + field.itemLabel.slice(1);
  const actions = useRowActions<ListItem>({
    baseId,
    getValue: (i) => getValues(`${field.id}.${i}`) as ListItem,
    remove,
    insert,
    move,
  });
  const inList = new Set(current.map((item) => item.text.trim()));

  return (
    <GroupFrame label={field.label} hint={field.hint}>
      {items.length > 0 ? (
        <ol className="answer-list">
          {items.map((item, index) => (
            <li key={item.id} className="answer-list-item">
              <input
                type="text"
                className="input"
                autoComplete="off"
                aria-label={`${field.itemLabel} ${index + 1}`}
                {...register(`${field.id}.${index}.text`)}
              />
              <RowButtons
                baseId={baseId}
                index={index}
                count={items.length}
                noun={noun}
                onMove={actions.moveBy}
                onRemove={actions.removeAt}
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty-note">Nothing in your list yet.</p>
      )}
      <UndoBar
        baseId={baseId}
        message={
          actions.removed ? `${field.itemLabel} ${actions.removed.index + 1} removed.` : null
        }
        onUndo={actions.undo}
      />
      <div className="add-bar">
        <button type="button" className="button" onClick={() => append({ text: "" })}>
          <span aria-hidden="true">+ </span>
          {field.addLabel}
        </button>
      </div>
      {field.suggestions && (
        <details className="suggestions" open>
          <summary>Suggestions ({field.suggestions.length})</summary>
          <ul className="suggestion-list">
            {field.suggestions.map((s) => {
              const added = inList.has(s);
              return (
                <li key={s}>
                  <span className="suggestion-text">{s}</span>
                  {added ? (
                    <span className="added-tag">Added</span>
                  ) : (
                    <button
                      type="button"
                      className="button small"
                      aria-label={`${field.suggestionLabel ?? "Add"}: ${s}`}
                      onClick={() => append({ text: s })}
                    >
                      {field.suggestionLabel ?? "Add"}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </GroupFrame>
  );
}
