import { createElement, Fragment, use, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { fillParts } from "../content/catalogue";
import {
  activeLanguage,
  ensureComplete,
  loadMore,
  subscribeLanguage,
  type Language,
  type MoreWords,
  type Words,
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
 * come with those parts (`withMore`), and a language is shown only once its words are all
 * loaded, so this hardly ever waits; when it does, the part waits inside its Suspense.
 */
export function useMore(): MoreWords {
  // Once loaded, React reads the promise's value at once (it carries `status` and `value`).
  return use(loadMore(useLanguage().info.code) as Promise<MoreWords>);
}

/** The language shown, with the words of what loads later: for the parts that load later. */
export function useWords(): Words {
  const say = useLanguage();
  const more = useMore();
  return useMemo(() => ({ ...say, more }), [say, more]);
}

/**
 * Loads a part's code and, beside it, the shown language's words for what loads later, and all
 * of its workbook's words (English's first screen has only its own).
 */
export function withMore<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([load(), loadMore(activeLanguage().info.code), ensureComplete()]).then(
      ([module]) => module,
    );
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
