import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFStream,
  decodePDFRawStream,
  type PDFContext,
  type PDFPageLeaf,
} from '@cantoo/pdf-lib';

/**
 * What a page dictionary may carry besides what it shows: comments and form fields
 * (/Annots), scripts run on opening or closing (/AA), its own XMP (/Metadata), a thumbnail
 * drawn from the original (/Thumb), application data (/PieceInfo), article beads (/B). None of
 * it belongs in a released document.
 */
const PAGE_EXTRAS = ['Annots', 'AA', 'Metadata', 'Thumb', 'PieceInfo', 'B', 'StructParents'];

/** The resource categories a content stream names its fonts, images and states from. */
const NAMED_RESOURCES = [
  'Font',
  'XObject',
  'ExtGState',
  'ColorSpace',
  'Pattern',
  'Shading',
  'Properties',
];

/**
 * The page's content streams as Latin-1 text, or undefined when one cannot be decoded: then
 * nobody can tell what the page uses, and it must be rasterised rather than copied.
 */
export function pageContent(page: PDFPageLeaf): string | undefined {
  const contents = page.Contents();
  return decodeAll(
    contents instanceof PDFArray ? arrayStreams(page.context, contents) : [contents],
  );
}

/**
 * Makes a page that keeps its content fit to be copied: strips its extras and cuts its
 * resources down to what its content streams (`content`, from pageContent) name. Many
 * producers give all pages ONE shared resource dictionary; copied whole, it would carry the
 * images and forms of the redacted pages (with the words under the boxes) into the released
 * PDF. Form XObjects and tiling patterns have resources of their own and are cut down the same
 * way.
 */
export function cleanPageForCopy(page: PDFPageLeaf, content: string): void {
  for (const key of PAGE_EXTRAS) page.delete(PDFName.of(key));
  const pruned = pruneResources(page.context, page.Resources(), content, new Set());
  page.set(PDFName.Resources, pruned ?? page.context.obj({}));
}

function arrayStreams(context: PDFContext, array: PDFArray): (PDFStream | undefined)[] {
  return array.asArray().map((item) => context.lookupMaybe(item, PDFStream));
}

/** The content streams as Latin-1 text, or undefined when one cannot be decoded. */
function decodeAll(streams: readonly (PDFStream | undefined)[]): string | undefined {
  let text = '';
  for (const stream of streams) {
    if (stream === undefined) continue;
    if (!(stream instanceof PDFRawStream)) return undefined;
    try {
      text += Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') + '\n';
    } catch {
      return undefined;
    }
  }
  return text;
}

/** Every name token in a content stream, with #xx escapes decoded as PDF names are. */
export function namesIn(content: string): Set<string> {
  const names = new Set<string>();
  for (const match of content.matchAll(/\/([^\s/[\]()<>{}%]*)/g)) {
    names.add(
      match[1].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
    );
  }
  return names;
}

function pruneResources(
  context: PDFContext,
  resources: PDFDict | undefined,
  content: string,
  visited: Set<PDFStream>,
): PDFDict | undefined {
  if (resources === undefined) return undefined;
  const used = namesIn(content);
  const pruned = context.obj({});
  const procSet = resources.get(PDFName.of('ProcSet'));
  if (procSet) pruned.set(PDFName.of('ProcSet'), procSet);
  for (const category of NAMED_RESOURCES) {
    const entries = resources.lookupMaybe(PDFName.of(category), PDFDict);
    if (!entries) continue;
    const kept = context.obj({});
    for (const [key, value] of entries.entries()) {
      if (!used.has(key.decodeText())) continue;
      kept.set(key, value);
      const target = context.lookup(value);
      if (target instanceof PDFStream) pruneNested(context, target, visited);
    }
    pruned.set(PDFName.of(category), kept);
  }
  return pruned;
}

/** A form XObject or tiling pattern: its own content names its own resources. */
function pruneNested(context: PDFContext, stream: PDFStream, visited: Set<PDFStream>): void {
  if (visited.has(stream)) return;
  visited.add(stream);
  const resources = stream.dict.lookupMaybe(PDFName.Resources, PDFDict);
  if (!resources) return;
  const content = decodeAll([stream]);
  // An undecodable form keeps nothing it might not need: drawn without resources it shows less,
  // never something that was meant to be withheld.
  const pruned =
    content === undefined ? context.obj({}) : pruneResources(context, resources, content, visited);
  stream.dict.set(PDFName.Resources, pruned ?? context.obj({}));
}
