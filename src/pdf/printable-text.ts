/**
 * Which characters the embedded font can draw. jsPDF silently drops a character its font has no
 * glyph for; this module finds those characters first, so the user is told before the download
 * and the PDF shows a visible mark in their place instead of nothing.
 */
import type { Words } from "../content/language";
import { inRanges, type PrintableRanges } from "./font-groups";
import type { PdfAnswer, PdfBlock } from "./pdf-blocks";

/** True when the PDF can draw the code point. */
export type Coverage = (codePoint: number) => boolean;

/** What the PDF can print, from the ranges worked out when the fonts were cut. */
export function coverageOf(printable: PrintableRanges): Coverage {
  return (codePoint) => inRanges(printable, codePoint);
}

/** Printed in place of a character the font cannot draw: the usual "unknown character" sign. */
export const MISSING_MARK = "\uFFFD";

let segmenter: Intl.Segmenter | undefined;

/**
 * Text split into graphemes (what a reader sees as one character). Made on first use: loading
 * the segmenter takes tens of milliseconds, and most text never needs it.
 */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const PLAIN = /^[\x20-\x7e\n]*$/;

/**
 * Tidies text for printing: one form for accented letters, plain spaces and line breaks, and no
 * invisible formatting characters (zero-width joiners, variation selectors, direction marks),
 * which have no glyph but also nothing to see.
 */
export function cleanText(text: string): string {
  // Printable ASCII and line feeds (most answers) need nothing done.
  if (PLAIN.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/\p{Zs}/gu, " ")
    .replace(/[^\P{Cc}\n]/gu, "");
}

export type PrintableText = {
  /** The text with each undrawable character replaced by MISSING_MARK. */
  text: string;
  /** The characters (whole graphemes, e.g. an emoji with its skin tone) that were replaced. */
  missing: string[];
};

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** True when every character is printable as it stands (the usual case, checked quickly). */
function allPrintable(text: string, covers: Coverage): boolean {
  if (IGNORABLE.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && !covers(code)) return false; // a surrogate half is never covered
  }
  return true;
}

/** The text as the font can print it. A grapheme with any undrawable part becomes one mark. */
export function toPrintable(text: string, covers: Coverage): PrintableText {
  const clean = cleanText(text);
  if (allPrintable(clean, covers)) return { text: clean, missing: [] };
  let out = "";
  const missing: string[] = [];
  for (const segment of graphemes(clean)) {
    const visible = segment.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
    if (visible === "") continue;
    if ([...visible].every((ch) => ch === "\n" || covers(ch.codePointAt(0)!))) out += visible;
    else {
      out += MISSING_MARK;
      missing.push(segment);
    }
  }
  return { text: out, missing };
}

/** One answer that holds characters the PDF cannot print. */
export type UnprintableAnswer = { fieldId: string; label: string; characters: string[] };

function answerTexts(answer: PdfAnswer): string[] {
  switch (answer.type) {
    case "empty":
      return [];
    case "text":
      return answer.paragraphs;
    case "list":
      return answer.items;
    case "table":
      return answer.rows.flat();
    case "checklist":
      return answer.items.flatMap((item) => (item.own ? [item.text, item.note] : [item.note]));
    case "scorecard":
      return answer.rows.flat();
  }
}

/** Every piece of text in the blocks: what decides which fonts the PDF needs. */
export function* textsIn(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* textsIn(item);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) yield* textsIn(item);
}

/**
 * The answers, in PDF order, that hold characters the font cannot draw, and which ones. The
 * coach's comments and agreed actions are named in `w`'s words: the user reads these names in
 * the warning before the download.
 */
export function findUnprintable(
  blocks: PdfBlock[],
  covers: Coverage,
  w: Words,
): UnprintableAnswer[] {
  const { inComment, inActions } = w.more.pdfDownload;
  const found: UnprintableAnswer[] = [];
  const check = (fieldId: string, label: string, texts: string[]) => {
    const characters = [...new Set(texts.flatMap((t) => toPrintable(t, covers).missing))];
    if (characters.length) found.push({ fieldId, label, characters });
  };
  for (const block of blocks) {
    if (block.type === "cover") for (const d of block.details) check(d.fieldId, d.label, [d.value]);
    if (block.type === "field") check(block.fieldId, block.label, answerTexts(block.answer));
    if (block.type === "coachComment")
      check(block.fieldId, w.fill(inComment, { question: block.label }), [block.text]);
    if (block.type === "coachPage") check("coachFeedback", inActions, [...textsIn(block.actions)]);
  }
  return found;
}
