/**
 * The Latin faces, which every PDF needs, fetched by the PDF worker itself. This module is the
 * worker's first import, so the fetch starts before jsPDF is even read, and the faces are in
 * hand (parsed, see pdf-worker.ts) by the time the page asks for a PDF.
 */
import { fetchFaces } from "./font-fetch";
import type { FontFaces } from "./fonts";

let latin: Promise<FontFaces> | null = null;

/** The Latin faces; a failed fetch (offline before the app was kept) is tried again next time. */
export function latinFaces(): Promise<FontFaces> {
  const current = (latin ??= fetchFaces("latin").then(({ faces }) => faces));
  current.catch(() => {
    if (latin === current) latin = null;
  });
  return current;
}

latinFaces().catch(() => {}); // reported when a PDF is made
