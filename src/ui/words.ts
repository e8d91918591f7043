import { createElement, Fragment, use, useSyncExternalStore, type ReactNode } from "react";
import { fillParts } from "../content/catalogue";
import {
  activeLanguage,
  loadMore,
  subscribeLanguage,
  type Language,
  type MoreWords,
} from "../content/language";

/**
 * The language the workbook is shown in: its words, its workbook and its ways with numbers.
 * Every part that shows words reads them here, so a change of language redraws it at once.
 */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribeLanguage, activeLanguage, activeLanguage);
}

/**
 * The words of the parts that load later (the review step, messages, the coach space). They
 * come with those parts, so a part waits for them as it waits for its code (inside Suspense);
 * a language is shown only once its words are all loaded, so a change never waits here.
 */
export function useMore(): MoreWords {
  // Once loaded, React reads the promise's value at once (it carries `status` and `value`).
  return use(loadMore(useLanguage().info.code) as Promise<MoreWords>);
}

/**
 * A message with something drawn in its `{placeholders}` (a strong word, a link): "Your PDF is
 * made in the last step, {step}." with `step` drawn in bold where the language puts it.
 */
export function fillNodes(text: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return fillParts<ReactNode>(text, values, (part, key) =>
    typeof part === "string" ? part : createElement(Fragment, { key }, part),
  );
}
