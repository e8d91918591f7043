/**
 * Whether an address's `#` part carries answers: `#answers=…` a whole workbook, `#c=…` one
 * step's class answers from the QR code (`#class=…` in links made before; the prefixes are in
 * share-link.ts and class-link.ts). Apart from them so that the first load, which only has to
 * spot such a link, does not carry the code that reads one.
 */
export const carriesAnswers = (hash: string): boolean => /^#(answers|class|c)=/.test(hash);
