/**
 * The PDF's logical structure (Tagged PDF, PDF/UA-1), built as the pages are drawn: a tree of
 * structure elements (Document, Sect, H1, P, L, Table, Figure…) in reading order, and the
 * marked-content sequences on each page that tie what is drawn to them. What is drawn only
 * for the look (rules, boxes, the footer) is marked as an artifact, which assistive technology
 * skips. structure-output.ts writes the tree into the file.
 *
 * Drawing code says what it is drawing (`open`, `into`, `artifact`); the text and shapes
 * themselves call `mark()` just before they are painted, so every painting operator lands
 * inside a marked-content sequence. Consecutive pieces of one element on one page share a
 * sequence, which keeps the page contents small.
 */

export type StructType =
  | "Document"
  | "Sect"
  | "H1"
  | "H2"
  | "H3"
  | "P"
  | "L"
  | "LI"
  | "Lbl"
  | "LBody"
  | "Table"
  | "TR"
  | "TH"
  | "TD"
  | "Figure"
  | "Span";

export type StructAttributes = {
  /** The language of this element's text, where it differs from the document's (BCP 47). */
  lang?: string;
  /** Alternative text: what a figure shows, in words. */
  alt?: string;
  /** The text as typed, for an element whose glyphs stand in another order or form. */
  actualText?: string;
  /** A header cell's scope. */
  scope?: "Column" | "Row";
  /** A list's labels: bullets. */
  listNumbering?: "Disc";
};

/** A marked-content sequence: its page (1 first) and its number on that page. */
export type MarkedContent = { page: number; mcid: number };

export type StructNode = {
  type: StructType;
  attributes: StructAttributes;
  kids: (StructNode | MarkedContent)[];
  parent: StructNode | null;
};

export const isNode = (kid: StructNode | MarkedContent): kid is StructNode => "type" in kid;

/**
 * Page furniture: `layout` for what is drawn for the look (rules, boxes, borders, the cover's
 * band); `header` for what a page repeats at its top ("(continued)", a table's header row);
 * `footer` for the footer and page numbers.
 */
export type ArtifactKind = "layout" | "header" | "footer";

const ARTIFACT_PROPERTIES: Record<ArtifactKind, string> = {
  layout: "<</Type /Layout>>",
  header: "<</Type /Pagination /Subtype /Header>>",
  footer: "<</Type /Pagination /Subtype /Footer>>",
};

/** Where marked-content operators go: the page being drawn on, or the end of a given page. */
export type PageContents = {
  current(): number;
  write(operator: string): void;
  append(page: number, operator: string): void;
};

/** A PDF text string in UTF-16 (big-endian, with its byte-order mark), as hex. */
export const utf16Hex = (text: string) => {
  let hex = "<FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return `${hex}>`;
};

type Open =
  | { node: StructNode; page: number; own: boolean }
  | { node: null; page: number; kind: ArtifactKind };

export class Structure {
  readonly root: StructNode = { type: "Document", attributes: {}, kids: [], parent: null };
  /** For each page (index 0 unused), its marked-content sequences' elements by MCID. */
  readonly parents: StructNode[][] = [];
  private current = this.root;
  private furniture: ArtifactKind | null = null;
  private opened: Open | null = null;

  constructor(private readonly contents: PageContents) {}

  /** Whether what is drawn now is furniture (and so has no structure of its own). */
  get drawingFurniture(): boolean {
    return this.furniture !== null;
  }

  /** A new element, the last child of the current one (or of `parent`), left unopened. */
  add(type: StructType, attributes: StructAttributes = {}, parent = this.current): StructNode {
    const node: StructNode = { type, attributes, kids: [], parent };
    parent.kids.push(node);
    return node;
  }

  /** An element that takes its place in the tree later (see `attach`). */
  detached(type: StructType, attributes: StructAttributes = {}): StructNode {
    return { type, attributes, kids: [], parent: null };
  }

  attach(node: StructNode, parent = this.current) {
    node.parent = parent;
    parent.kids.push(node);
  }

  /** Adds an element and makes it the current one until `close`. */
  open(type: StructType, attributes: StructAttributes = {}): StructNode {
    this.current = this.add(type, attributes);
    return this.current;
  }

  close(node: StructNode) {
    if (node !== this.current) throw new Error(`Closing ${node.type} inside ${this.current.type}`);
    this.current = node.parent ?? this.root;
  }

  /** Draws into an element of its own, made the current one while `draw` runs. */
  within<T>(type: StructType, draw: () => T, attributes: StructAttributes = {}): T {
    return this.into(this.add(type, attributes), draw);
  }

  /** Draws into an element made earlier: a table cell that runs on to the next page. */
  into<T>(node: StructNode, draw: () => T): T {
    const outer = this.current;
    this.current = node;
    try {
      return draw();
    } finally {
      this.current = outer;
    }
  }

  /** Draws page furniture: everything painted while `draw` runs is an artifact. */
  artifact<T>(kind: ArtifactKind, draw: () => T): T {
    const outer = this.furniture;
    this.furniture = kind;
    try {
      this.mark();
      return draw();
    } finally {
      this.furniture = outer;
    }
  }

  /**
   * Called just before something is painted: it goes into the current element's sequence on
   * this page, opened if need be, or into furniture. `actualText` gives a glyph that stands for
   * other text (a mirrored bracket, a ligature) a sequence of its own saying what it stands for.
   */
  mark(actualText?: string) {
    const page = this.contents.current();
    const open = this.opened;
    if (this.furniture) {
      const kind = this.furniture;
      if (open?.node === null && open.page === page && open.kind === kind) return;
      this.end();
      this.contents.write(`/Artifact ${ARTIFACT_PROPERTIES[kind]} BDC`);
      this.opened = { node: null, page, kind };
      return;
    }
    const node = this.current;
    if (!actualText && open?.node === node && open.page === page && !open.own) return;
    this.end();
    const onPage = (this.parents[page] ??= []);
    const mcid = onPage.push(node) - 1;
    node.kids.push({ page, mcid });
    const properties = actualText
      ? `/Span <</MCID ${mcid} /ActualText ${utf16Hex(actualText)}>>`
      : `/${node.type} <</MCID ${mcid}>>`;
    this.contents.write(`${properties} BDC`);
    this.opened = { node, page, own: Boolean(actualText) };
  }

  /** Ends the open marked-content sequence, on the page it was opened on. */
  end() {
    if (!this.opened) return;
    this.contents.append(this.opened.page, "EMC");
    this.opened = null;
  }
}
