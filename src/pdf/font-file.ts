/** A font file's bytes, or the same as a binary string (one character per byte: what jsPDF reads). */
export type FontFile = ArrayBuffer | Uint8Array | string;

export function asBytes(file: FontFile): Uint8Array {
  if (typeof file === "string") return Uint8Array.from(file, (ch) => ch.charCodeAt(0));
  return file instanceof Uint8Array ? file : new Uint8Array(file);
}

export function binaryString(file: FontFile): string {
  if (typeof file === "string") return file;
  const view = asBytes(file);
  let out = "";
  for (let i = 0; i < view.length; i += 0x8000) {
    out += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return out;
}
