/**
 * Whether an address's `#` part carries answers: `#answers=…` a whole workbook, `#class=…` one
 * step's class answers (the prefixes in share-link.ts). Apart from it so that the first load,
 * which only has to spot such a link, does not carry the code that reads one.
 */
export const carriesAnswers = (hash: string): boolean => /^#(answers|class)=/.test(hash);
