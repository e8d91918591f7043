/**
 * Writes the structure (structure.ts) into the file as Tagged PDF asks (ISO 32000-1, 14.7–14.8;
 * PDF/UA-1): the structure tree and its parent tree, /StructParents on each page, /MarkInfo
 * and XMP metadata naming the title and PDF/UA, all through jsPDF's own events
 * (jspdf-internals.ts). The elements themselves go into one object stream, compressed with the
 * pages (pdf-file.ts says why).
 */
import type { jsPDF } from "jspdf";
import { binaryString } from "./font-file";
import { internalsOf, type StreamAhead } from "./jspdf-internals";
import type { PackedObjects } from "./pdf-file";
import { isNode, utf16Hex, type MarkedContent, type Structure, type StructNode } from "./structure";

/** A PDF text string: literal when printable ASCII, otherwise UTF-16 in hex. */
function textString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, "\\$&")})`;
  return utf16Hex(text);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The XMP packet: title, author and the PDF/UA part this file conforms to. */
export function xmpMetadata(title: string, author: string): string {
  const alt = (text: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title>${alt(title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(author)}</rdf:li></rdf:Seq></dc:creator>`,
    "<pdfuaid:part>1</pdfuaid:part>",
    "</rdf:Description>",
    "</rdf:RDF>",
    "</x:xmpmeta>",
    '<?xpacket end="w"?>',
  ].join("\n");
}

/** Each element in tree order, the root first. */
function inOrder(root: StructNode): StructNode[] {
  const nodes: StructNode[] = [];
  const visit = (node: StructNode) => {
    nodes.push(node);
    for (const kid of node.kids) if (isNode(kid)) visit(kid);
  };
  visit(root);
  return nodes;
}

/** One element's dictionary. `ref` gives an element's or a page's object reference. */
function elementDict(
  node: StructNode,
  ref: (node: StructNode) => string,
  pageRef: (page: number) => string,
  parent: string,
): string {
  const first = node.kids.find((kid): kid is MarkedContent => !isNode(kid));
  const kids = node.kids.map((kid) =>
    isNode(kid)
      ? ref(kid)
      : kid.page === first?.page
        ? String(kid.mcid)
        : `<</Type /MCR /Pg ${pageRef(kid.page)} /MCID ${kid.mcid}>>`,
  );
  const { lang, alt, actualText, scope, listNumbering } = node.attributes;
  return [
    `<</S /${node.type} /P ${parent}`,
    first ? ` /Pg ${pageRef(first.page)}` : "",
    kids.length === 1 ? ` /K ${kids[0]}` : kids.length ? ` /K [${kids.join(" ")}]` : "",
    lang ? ` /Lang ${textString(lang)}` : "",
    alt !== undefined ? ` /Alt ${textString(alt)}` : "",
    actualText !== undefined ? ` /ActualText ${textString(actualText)}` : "",
    scope ? ` /A <</O /Table /Scope /${scope}>>` : "",
    listNumbering ? ` /A <</O /List /ListNumbering /${listNumbering}>>` : "",
    ">>",
  ].join("");
}

export type StructureInfo = { title: string; author: string };

/**
 * The object numbers jsPDF will give: pages come first, each page then its contents from 3 on
 * (objects 1 and 2 are its page tree and resources), and the next numbers it gives out when the
 * pages are written are the structure's. Numbering ahead lets the structure be written, and
 * compressed with the pages, before jsPDF writes the file; writeStructure checks jsPDF agrees.
 */
const pageObject = (page: number) => 2 * page + 1;

/** The structure's objects, as text, numbered from `first`: the elements, root and parent tree. */
function structureObjects(structure: Structure, pages: number, first: number) {
  const nodes = inOrder(structure.root);
  const ids = new Map(nodes.map((node, i) => [node, first + i]));
  const ref = (node: StructNode) => `${ids.get(node)} 0 R`;
  const pageRef = (page: number) => `${pageObject(page)} 0 R`;
  const rootId = first + nodes.length;
  const parentTreeId = rootId + 1;
  const objects = nodes.map((node) => ({
    id: ids.get(node)!,
    dict: elementDict(node, ref, pageRef, node.parent ? ref(node.parent) : `${rootId} 0 R`),
  }));
  const nums = Array.from(
    { length: pages },
    (_, i) => `${i} [${(structure.parents[i + 1] ?? []).map(ref).join(" ")}]`,
  );
  objects.push(
    {
      id: rootId,
      dict: `<</Type /StructTreeRoot /K ${ref(structure.root)} /ParentTree ${parentTreeId} 0 R /ParentTreeNextKey ${pages}>>`,
    },
    { id: parentTreeId, dict: `<</Nums [${nums.join(" ")}]>>` },
  );
  return { objects, rootId };
}

/** Objects packed as an object stream's text: their numbers and places, then the objects. */
function objectStream(objects: PackedObjects["objects"]) {
  let offsets = "";
  let body = "";
  for (const { id, dict } of objects) {
    offsets += `${id} ${body.length} `;
    body += `${dict}\n`;
  }
  return { text: offsets + body, first: offsets.length };
}

/**
 * Has jsPDF write the structure with the file: call once the pages are drawn and the
 * structure's last sequence ended. Returns the packed objects (for the cross-reference stream)
 * and the object stream's text, to compress with the pages.
 */
export function writeStructure(
  doc: jsPDF,
  structure: Structure,
  info: StructureInfo,
): { packed: PackedObjects; stream: StreamAhead } {
  const internal = internalsOf(doc);
  const pages = doc.getNumberOfPages();
  const first = pageObject(pages) + 2;
  const { objects, rootId } = structureObjects(structure, pages, first);
  const stream = objectStream(objects);
  const packed: PackedObjects = { objects };
  let metadataId = 0;
  internal.events.subscribe("putPage", ({ pageNumber }: { pageNumber: number }) => {
    internal.write(`/StructParents ${pageNumber - 1} /Tabs /S`);
  });
  internal.events.subscribe("postPutPages", () => {
    const numbers = objects.map(() => internal.newObjectDeferred());
    const pagesAgree = Array.from({ length: pages }, (_, i) => i + 1).every(
      (page) => internal.getPageInfo(page).objId === pageObject(page),
    );
    if (!pagesAgree || numbers[0] !== first || numbers.at(-1) !== first + objects.length - 1)
      throw new Error("jsPDF numbered its objects other than the structure expects");
  });
  internal.events.subscribe("postPutResources", () => {
    packed.streamId = internal.newObject();
    internal.putStream({
      data: stream.text,
      objectId: packed.streamId,
      filters: ["FlateEncode"],
      additionalKeyValues: [
        { key: "Type", value: "/ObjStm" },
        { key: "N", value: String(objects.length) },
        { key: "First", value: String(stream.first) },
      ],
    });
    internal.write("endobj");
    metadataId = internal.newObject();
    internal.putStream({
      data: binaryString(new TextEncoder().encode(xmpMetadata(info.title, info.author))),
      objectId: metadataId,
      filters: [],
      additionalKeyValues: [
        { key: "Type", value: "/Metadata" },
        { key: "Subtype", value: "/XML" },
      ],
    });
    internal.write("endobj");
  });
  internal.events.subscribe("putCatalog", () => {
    internal.write(
      `/MarkInfo <</Marked true>> /StructTreeRoot ${rootId} 0 R /Metadata ${metadataId} 0 R`,
    );
  });
  return { packed, stream: { text: stream.text } };
}
