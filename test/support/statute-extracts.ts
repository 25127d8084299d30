// Reads the checked statute extracts in ../shared/reference/law/ (beside the repository): the
// reference the letter data's statute texts are compared with. The files use a small, regular
// subset of YAML; this reader accepts exactly that subset and fails on anything else, so a change
// of format shows up as a clear error rather than as a silent mismatch.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface ExtractArticle {
  readonly number: string;
  readonly heading?: string;
  readonly url: string;
  readonly text: string;
}

export interface Extract {
  readonly fields: Readonly<Record<string, string>>;
  readonly articles: readonly ExtractArticle[];
}

/**
 * `<repository root>/../shared/reference/law`, or a clear error when it is not there. A checkout
 * elsewhere (a second work tree) names the shared folder in WOBDESK_SHARED_DIR.
 */
export function lawReferenceDir(repositoryRoot: string): string {
  const shared = process.env.WOBDESK_SHARED_DIR ?? resolve(repositoryRoot, '..', 'shared');
  const dir = resolve(shared, 'reference', 'law');
  if (!existsSync(join(dir, 'README.md'))) {
    throw new Error(
      `The statute extracts are missing: expected ${dir} (the shared folder beside the repository, ` +
        'as CI provides it; elsewhere set WOBDESK_SHARED_DIR). The letter data cannot be checked ' +
        'against its source without them.',
    );
  }
  return dir;
}

/** The repository root, from the templates directory inside it. */
export function repositoryRootOf(templatesDir: string): string {
  return dirname(templatesDir);
}

function scalar(raw: string, where: string): string {
  const v = raw.trim();
  if (v.startsWith("'")) {
    if (!v.endsWith("'")) throw new Error(`${where}: unterminated quoted value`);
    return v.slice(1, -1).replaceAll("''", "'");
  }
  if (v.startsWith('"')) return JSON.parse(v) as string;
  return v;
}

export function readExtract(file: string): Extract {
  const lines = readFileSync(file, 'utf8').split('\n');
  const fields: Record<string, string> = {};
  const articles: ExtractArticle[] = [];
  let current: Record<string, string> | undefined;
  const finish = () => {
    if (!current) return;
    if (current.number === undefined || current.text === undefined || current.url === undefined) {
      throw new Error(`${file}: an article lacks number, url or text`);
    }
    articles.push(current as unknown as ExtractArticle);
    current = undefined;
  };
  let inArticles = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const where = `${file}:${i + 1}`;
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!inArticles) {
      const m = /^([a-z_]+):(.*)$/.exec(line);
      if (!m) throw new Error(`${where}: unexpected line ${JSON.stringify(line)}`);
      if (m[1] === 'articles' && m[2].trim() === '') inArticles = true;
      else fields[m[1]] = scalar(m[2], where);
      continue;
    }
    const m = /^ {2}(- | {2})([a-z_]+):(.*)$/.exec(line);
    if (!m) throw new Error(`${where}: unexpected line ${JSON.stringify(line)}`);
    if (m[1] === '- ') {
      finish();
      current = {};
    }
    if (!current) throw new Error(`${where}: a field outside an article`);
    if (m[2] !== 'text') {
      current[m[2]] = scalar(m[3], where);
      continue;
    }
    if (m[3].trim() !== '|-') throw new Error(`${where}: text must be a "|-" block`);
    const block: string[] = [];
    while (i + 1 < lines.length && (lines[i + 1].startsWith('      ') || lines[i + 1] === '')) {
      i++;
      block.push(lines[i].slice(6));
    }
    while (block.length > 0 && block[block.length - 1] === '') block.pop();
    current.text = block.join('\n');
  }
  finish();
  return { fields, articles };
}
