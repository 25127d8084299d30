import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The offline DiWoo validation driver (sitemaps.org urlset + DiWoo 0.9.8 + MDTO stub). */
export const DIWOO_SCHEMA = fileURLToPath(
  new URL('../fixtures/diwoo/xsd/diwoo-sitemap-validation.xsd', import.meta.url),
);
export const DIWOO_EXAMPLES = fileURLToPath(
  new URL('../fixtures/diwoo/examples/', import.meta.url),
);

export interface XmlValidation {
  readonly valid: boolean;
  /** The schema validity errors xmllint reported, one per line. */
  readonly errors: string[];
}

/** Validates a file with xmllint against the DiWoo driver, with the network off. */
export async function validateDiwooFile(path: string): Promise<XmlValidation> {
  try {
    await promisify(execFile)('xmllint', ['--nonet', '--noout', '--schema', DIWOO_SCHEMA, path]);
    return { valid: true, errors: [] };
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error);
    return { valid: false, errors: stderr.split('\n').filter((l) => l.includes('validity error')) };
  }
}

/** Validates XML text (written to a temporary file first). */
export async function validateDiwooXml(xml: string): Promise<XmlValidation> {
  const dir = await mkdtemp(join(tmpdir(), 'diwoo-'));
  try {
    const file = join(dir, 'sitemap.xml');
    await writeFile(file, xml);
    return await validateDiwooFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
