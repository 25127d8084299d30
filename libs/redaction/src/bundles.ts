import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from '@cantoo/pdf-lib';
import { writeWhole } from './write-whole.js';

export interface BundlePart {
  /** A released (already redacted) PDF. */
  readonly path: string;
  /** Its title in the bundle's outline ("Document 12 — Verslag overleg"). */
  readonly title: string;
}

export interface Bundle {
  readonly path: string;
  /** The titles of the parts, in order. */
  readonly parts: string[];
  readonly bytes: number;
}

/**
 * Concatenates released PDFs, in order, into bundles of at most `maxBytes` each (counted by the
 * parts' file sizes; a part larger than the limit is a bundle of its own), written to
 * `outputDir` as bundle-001.pdf, bundle-002.pdf, … Each bundle has an outline with one entry per
 * document, made here from the titles only: the parts are Wobdesk's own released PDFs, and no
 * outline, form or annotation of theirs is copied.
 */
export async function assembleBundles(
  parts: readonly BundlePart[],
  outputDir: string,
  maxBytes: number,
): Promise<Bundle[]> {
  if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be above 0: ${maxBytes}`);
  await mkdir(outputDir, { recursive: true });
  const groups = await groupBySize(parts, maxBytes);
  const bundles: Bundle[] = [];
  for (const [index, group] of groups.entries()) {
    const path = join(outputDir, `bundle-${String(index + 1).padStart(3, '0')}.pdf`);
    const bytes = await writeBundle(group, path);
    bundles.push({ path, parts: group.map((part) => part.title), bytes });
  }
  return bundles;
}

async function groupBySize(
  parts: readonly BundlePart[],
  maxBytes: number,
): Promise<BundlePart[][]> {
  const groups: BundlePart[][] = [];
  let current: BundlePart[] = [];
  let currentBytes = 0;
  for (const part of parts) {
    const size = (await stat(part.path)).size;
    if (current.length > 0 && currentBytes + size > maxBytes) {
      groups.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(part);
    currentBytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

async function writeBundle(parts: readonly BundlePart[], path: string): Promise<number> {
  const bundle = await PDFDocument.create({ updateMetadata: false });
  bundle.setProducer('Wobdesk');
  bundle.setCreationDate(new Date());
  const firstPages: PDFRef[] = [];
  for (const part of parts) {
    const source = await PDFDocument.load(await readFile(part.path), { updateMetadata: false });
    for (const page of source.getPages()) page.node.delete(PDFName.Annots);
    const pages = await bundle.copyPages(source, source.getPageIndices());
    pages.forEach((page) => bundle.addPage(page));
    firstPages.push(pages[0].ref);
  }
  addOutline(
    bundle,
    parts.map((part, i) => ({ title: part.title, page: firstPages[i] })),
  );
  const bytes = await bundle.save({ useObjectStreams: true });
  await writeWhole(path, bytes);
  return bytes.length;
}

/** A flat outline: one entry per document, pointing at its first page. */
function addOutline(doc: PDFDocument, entries: readonly { title: string; page: PDFRef }[]): void {
  const context = doc.context;
  const outlineRef = context.nextRef();
  const itemRefs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), outlineRef);
    item.set(PDFName.of('Dest'), context.obj([entry.page, PDFName.of('Fit')]));
    if (i > 0) item.set(PDFName.of('Prev'), itemRefs[i - 1]);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), itemRefs[i + 1]);
    context.assign(itemRefs[i], item);
  });
  const outline = context.obj({});
  outline.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outline.set(PDFName.of('First'), itemRefs[0]);
  outline.set(PDFName.of('Last'), itemRefs[itemRefs.length - 1]);
  outline.set(PDFName.of('Count'), PDFNumber.of(entries.length));
  context.assign(outlineRef, outline);
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
}
