/**
 * How a link says what it carries after `#`: `#answers=…` a whole workbook, `#class=…` one
 * step's class answers (from the QR code). Apart from share-link.ts so that the first load,
 * which only has to spot such a link, does not carry the code that reads one.
 */
export const ANSWERS_PREFIX = "#answers=";
export const CLASS_PREFIX = "#class=";

/** True for an address's `#` part that carries answers (either prefix above). */
export const carriesAnswers = (hash: string): boolean => /^#(answers|class)=/.test(hash);
