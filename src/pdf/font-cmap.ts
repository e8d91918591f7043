/**
 * Which code points a TrueType/OpenType font has glyphs for, read from its cmap table. Used by
 * the font build (scripts/pdf-fonts.ts) and its tests, so it imports nothing.
 */

/** Code points that have a glyph in a TrueType/OpenType font, read from its cmap table. */
export function fontCoverage(font: ArrayBuffer | Uint8Array): Set<number> {
  const bytes = font instanceof Uint8Array ? font : new Uint8Array(font);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cmap = tableOffset(view, "cmap");
  const covered = new Set<number>();

  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    subtables.push({
      platform: view.getUint16(record),
      encoding: view.getUint16(record + 2),
      offset: cmap + view.getUint32(record + 4),
    });
  }
  // Unicode subtables only: Windows (3,1)/(3,10) and Unicode platform (0,*).
  const unicode = subtables.filter(
    (t) => t.platform === 0 || (t.platform === 3 && (t.encoding === 1 || t.encoding === 10)),
  );
  if (unicode.length === 0) throw new Error("The font has no Unicode character map");

  for (const { offset } of unicode) {
    const format = view.getUint16(offset);
    if (format === 4) readFormat4(view, offset, covered);
    else if (format === 12) readFormat12(view, offset, covered);
  }
  return covered;
}

function tableOffset(view: DataView, tag: string): number {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    let name = "";
    for (let j = 0; j < 4; j++) name += String.fromCharCode(view.getUint8(record + j));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`The font has no ${tag} table`);
}

function readFormat4(view: DataView, offset: number, covered: Set<number>) {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
}

function readFormat12(view: DataView, offset: number, covered: Set<number>) {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const group = offset + 16 + g * 12;
    const start = view.getUint32(group);
    const end = view.getUint32(group + 4);
    const firstGlyph = view.getUint32(group + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) covered.add(c);
  }
}
