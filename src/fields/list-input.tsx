import { memo, useCallback } from "react";
import type { ListItem } from "../content/types";
import type { FieldProps } from "./field-props";
import { GroupFrame } from "./field-frame";
import { AddRow, RowButtons, UndoBar, useRowList } from "./row-list";
import { TextControl } from "./text-control";

const ITEMS: readonly string[] = [];

const itemId = (baseId: string, id: string) => `${baseId}-${id}`;

type ItemProps = {
  baseId: string;
  item: ListItem;
  index: number;
  count: number;
  itemLabel: string;
  noun: string;
  onText: (id: string, text: string) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (item: ListItem, index: number) => void;
};

const Item = memo(function Item({
  baseId,
  item,
  index,
  count,
  itemLabel,
  noun,
  onText,
  onMove,
  onRemove,
}: ItemProps) {
  return (
    <li className="answer-list-item">
      {/* A box that wraps and grows with its text, so a phone shows every word of it. */}
      <TextControl
        id={itemId(baseId, item.id)}
        aria-label={`${itemLabel} ${index + 1}`}
        className="input item-text"
        multiline
        rows={1}
        value={item.text}
        onText={(text) => onText(item.id, text)}
      />
      <RowButtons
        baseId={baseId}
        index={index}
        count={count}
        noun={noun}
        onMove={onMove}
        onRemove={() => onRemove(item, index)}
      />
    </li>
  );
});

const describe = (item: ListItem) => item.text;

export function ListInput({ field, value: items, update, history }: FieldProps<"list">) {
  const baseId = `f-${field.id}`;
  const noun = field.itemLabel.charAt(0).toLowerCase() + field.itemLabel.slice(1);
  const list = useRowList<ListItem>({
    baseId,
    path: ITEMS,
    setRows: update,
    history,
    noun,
    describe,
    firstControlId: useCallback((id: string) => itemId(baseId, id), [baseId]),
  });
  const { change } = list;
  const onText = useCallback((id: string, text: string) => change(id, { text }), [change]);
  const inList = new Set(items.map((item) => item.text.trim()));

  return (
    <GroupFrame label={field.label} hint={field.hint}>
      {items.length > 0 ? (
        <ol className="answer-list">
          {items.map((item, index) => (
            <Item
              key={item.id}
              baseId={baseId}
              item={item}
              index={index}
              count={items.length}
              itemLabel={field.itemLabel}
              noun={noun}
              onText={onText}
              onMove={list.moveBy}
              onRemove={list.removeAt}
            />
          ))}
        </ol>
      ) : (
        <p className="empty-note">Nothing in your list yet.</p>
      )}
      <UndoBar baseId={baseId} removed={list.removed} onUndo={list.undo} />
      <AddRow
        baseId={baseId}
        label={field.addLabel}
        count={items.length}
        plural="items"
        onAdd={() => list.add({ text: "" })}
      />
      {field.suggestions && (
        <details className="suggestions" open>
          <summary>Suggestions ({field.suggestions.length})</summary>
          <ul className="suggestion-list">
            {field.suggestions.map((s) => (
              <li key={s}>
                <span className="suggestion-text">{s}</span>
                {inList.has(s) ? (
                  <span className="added-tag">Added</span>
                ) : (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`${field.suggestionLabel ?? "Add"}: ${s}`}
                    onClick={() => list.add({ text: s })}
                  >
                    {field.suggestionLabel ?? "Add"}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </GroupFrame>
  );
}
