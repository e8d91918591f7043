import { useEffect } from "react";
import { findField } from "../content/kinds";
import { workbook } from "../content/workbook";
import { useWorkbookStoreApi } from "../store/workbook-store";

/**
 * What was typed into the page made at build time before the app took it over (on a slow
 * phone that can be a few seconds): control id → text. Read just before hydrating.
 */
export function typedBeforeStart(root: HTMLElement): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const box of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "input[type=text][id], textarea[id]",
  )) {
    if (box.value !== box.defaultValue) typed[box.id] = box.value;
  }
  return typed;
}

/** What has been saved already: a workbook opened later (the class one) must not take it too. */
const kept = new WeakSet<Record<string, string>>();

/**
 * Saves what was typed before the app took over, as if typed a moment later: once, into the
 * personal workbook the page showed, however often the workbooks are switched afterwards.
 */
export function KeepEarlyTyping({ typed }: { typed: Record<string, string> }) {
  const store = useWorkbookStoreApi();
  useEffect(() => {
    if (kept.has(typed)) return;
    kept.add(typed);
    for (const [id, text] of Object.entries(typed)) {
      const field = findField(workbook, id.replace(/^f-/, ""))?.field;
      if (field?.kind === "text" || field?.kind === "longText")
        store.getState().setAnswer(field.id, text);
    }
  }, [store, typed]);
  return null;
}
