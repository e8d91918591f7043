/**
 * The words of everything that loads after the first screen, in English: the review step, the
 * backup, messages about saving, the coach space, sharing, presenting and the PDF's own words.
 * Loaded when the browser is idle, or with the part that needs it.
 *
 * For translators: `{name}` is filled in by the app (keep it, in the place your language puts
 * it). An entry with `one` and `other` changes with the number `{count}`: give every form your
 * language has (src/content/catalogue.ts lists them), each a whole sentence.
 */
export const more = {
  pdf: {
    notAnswered: "Not answered yet",
  },
};
