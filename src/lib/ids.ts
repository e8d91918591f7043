/**
 * A short random id for a new row, list item or own check: 12 letters and digits, about 62 bits,
 * so two tabs adding rows at the same moment never pick the same one.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const digits = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let id = "";
  for (const byte of bytes) id += digits[byte % 62];
  return id;
}

/** What a saved id may look like: letters, digits, - and _, at most 40 of them. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
