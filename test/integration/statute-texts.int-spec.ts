// The statute texts in the letter data against the checked extracts they were taken from
// (../shared/reference/law/ beside the repository): every quoted article character for character,
// with its version's dates and source.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleText,
  findTemplatesDir,
  LetterTemplates,
  STATUTE_LAWS,
  type StatuteVersion,
} from '@wobdesk/letters';
import {
  type Extract,
  lawReferenceDir,
  readExtract,
  repositoryRootOf,
} from '../support/statute-extracts.js';

const templatesDir = findTemplatesDir(undefined, process.cwd());
const templates = LetterTemplates.load({ baseDir: join(templatesDir, 'letters') });
const referenceDir = lawReferenceDir(repositoryRootOf(templatesDir));
const versions: StatuteVersion[] = STATUTE_LAWS.flatMap((law) => [
  ...templates.statuteVersions(law),
]);

const extractOf = (v: StatuteVersion): Extract =>
  readExtract(join(referenceDir, v.source.extract!.replace(/^shared\/reference\/law\//, '')));

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('statute texts in the letter data', () => {
  it('should hold a version for every extract in the shared folder', () => {
    const extracts = readdirSync(referenceDir).filter((f) => f.endsWith('_articles.yaml'));
    const named = versions.map((v) => v.source.extract);
    expect(extracts.length).toBeGreaterThanOrEqual(18);
    for (const file of extracts) expect(named).toContain(`shared/reference/law/${file}`);
  });

  it.each(versions.map((v) => [`${v.law} ${v.inForceFrom}`, v] as const))(
    '%s: every article equals the extract character for character',
    (_name, version) => {
      const extract = extractOf(version);
      expect(version.inForceFrom).toBe(extract.fields.valid_from);
      expect(version.bwbId).toBe(extract.fields.bwb_id);
      expect(version.source.url).toBe(extract.fields.source_url);
      if (extract.fields.valid_to !== undefined) {
        expect(version.inForceTo).toBe(extract.fields.valid_to);
      }
      expect(version.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(version.license).toContain('Auteurswet art. 11');
      expect(version.articles.map((a) => a.number)).toEqual(extract.articles.map((a) => a.number));
      for (const article of version.articles) {
        const source = extract.articles.find((a) => a.number === article.number)!;
        expect(article.verified).toBe(true);
        expect({ number: article.number, text: articleText(article) }).toEqual({
          number: article.number,
          text: source.text,
        });
        expect(article.heading).toBe(source.heading);
        expect(article.url).toBe(source.url);
      }
    },
  );

  it('should cover the Woo from 1 May 2022 without gaps or overlaps, the latest open-ended', () => {
    const woo = [...templates.statuteVersions('woo')].sort((a, b) =>
      a.inForceFrom.localeCompare(b.inForceFrom),
    );
    expect(woo[0].inForceFrom).toBe('2022-05-01');
    for (let i = 1; i < woo.length; i++) {
      expect([woo[i].inForceFrom, woo[i - 1].inForceTo]).toEqual([
        woo[i].inForceFrom,
        dayBefore(woo[i].inForceFrom),
      ]);
    }
    expect(woo.at(-1)!.inForceTo).toBeNull();
    expect(templates.statuteInForce('wob', '2022-04-30')?.inForceFrom).toBe('2018-07-28');
    expect(templates.statuteInForce('wob', '2022-05-01')).toBeUndefined();
  });

  it('should change Woo 2.1 and 5.2 on 12 February 2025 and nothing else it quotes', () => {
    const before = templates.statuteInForce('woo', '2025-02-11')!;
    const after = templates.statuteInForce('woo', '2025-02-12')!;
    const changed = before.articles
      .filter(
        (a) => articleText(a) !== articleText(after.articles.find((b) => b.number === a.number)!),
      )
      .map((a) => a.number);
    expect(changed).toEqual(['2.1', '5.2']);
  });
});
