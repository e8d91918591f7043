import { memo, useCallback } from "react";
import type { ListItem } from "../content/types";
import type { FieldProps } from "./field-props";
import { GroupFrame } from "./field-frame";
import { AddRow, RowButtons, UndoBar, useRowList } from "./row-list";
import { TextControl } from "./text-control";
import { useLanguage } from "../ui/words";

const ITEMS: readonly string[] = [];

const itemId = (baseId: string, id: string) => `${baseId}-${id}`;

type ItemProps = {
  baseId: string;
  item: ListItem;
  index: number;
  count: number;
  /** The item's name by its number: "Promise 3". */
  itemName: (number: number) => string;
  /** The same within a sentence: "promise 3". */
  rowName: (number: number) => string;
  onText: (id: string, text: string) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (item: ListItem, index: number) => void;
};

const Item = memo(function Item({
  baseId,
  item,
  index,
  count,
  itemName,
  rowName,
  onText,
  onMove,
  onRemove,
}: ItemProps) {
  return (
    <li className="answer-list-item">
      {/* A box that wraps and grows with its text, so a phone shows every word of it. */}
      <TextControl
        id={itemId(baseId, item.id)}
        aria-label={itemName(index + 1)}
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
        rowName={rowName(index + 1)}
        onMove={onMove}
        onRemove={() => onRemove(item, index)}
      />
    </li>
  );
});

const describe = (item: ListItem) => item.text;

/** "Promise" as it reads inside a sentence: "promise". */
export const lowerFirst = (text: string, locale: string) =>
  text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);

/** One-click items; one already in the list says "Added" instead. */
function Suggestions({
  field,
  suggestions,
  inList,
  onAdd,
}: {
  field: FieldProps<"list">["field"];
  suggestions: readonly string[];
  inList: ReadonlySet<string>;
  onAdd: (text: string) => void;
}) {
  const say = useLanguage();
  const w = say.screen.rows;
  const add = field.suggestionLabel ?? w.add;
  return (
    <details className="suggestions" open>
      <summary>{say.fill(w.suggestions, { count: suggestions.length })}</summary>
      <ul className="suggestion-list">
        {suggestions.map((s) => (
          <li key={s}>
            <span className="suggestion-text">{s}</span>
            {inList.has(s) ? (
              <span className="added-tag">{w.added}</span>
            ) : (
              <button
                type="button"
                className="button small"
                aria-label={say.fill(w.addNamed, { add, suggestion: s })}
                onClick={() => onAdd(s)}
              >
                {add}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ListInput({ field, value: items, update, history }: FieldProps<"list">) {
  const baseId = `f-${field.id}`;
  const say = useLanguage();
  const w = say.screen.rows;
  const { itemLabel } = field;
  const itemName = useCallback(
    (number: number) => say.fill(w.item, { item: itemLabel, number }),
    [say, w, itemLabel],
  );
  // Within a sentence the item's name starts small ("Remove promise 3"), where the language
  // has capitals at all.
  const rowName = useCallback(
    (number: number) => say.fill(w.item, { item: lowerFirst(itemLabel, say.info.tag), number }),
    [say, w, itemLabel],
  );
  const list = useRowList<ListItem>({
    baseId,
    path: ITEMS,
    setRows: update,
    history,
    rowName,
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
              itemName={itemName}
              rowName={rowName}
              onText={onText}
              onMove={list.moveBy}
              onRemove={list.removeAt}
            />
          ))}
        </ol>
      ) : (
        <p className="empty-note">{w.noItems}</p>
      )}
      <UndoBar baseId={baseId} removed={list.removed} onUndo={list.undo} />
      <AddRow
        baseId={baseId}
        label={field.addLabel}
        count={items.length}
        kind="items"
        onAdd={() => list.add({ text: "" })}
      />
      {field.suggestions && (
        <Suggestions
          field={field}
          suggestions={field.suggestions}
          inList={inList}
          onAdd={(text) => list.add({ text })}
        />
      )}
    </GroupFrame>
  );
}
