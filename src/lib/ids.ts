/**
 * A short random id for a new row, list item or own check: 12 letters and digits (base 36),
 * about 62 bits, so two tabs adding rows at the same moment never pick the same one.
 */
export function newId(): string {
  let id = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(12))) id += (byte % 36).toString(36);
  return id;
}

/** What a saved id may look like: letters, digits, - and _, at most 40 of them. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
