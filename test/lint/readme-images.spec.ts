// The README and docs/ show letters as images: an image moved or renamed without the text that
// shows it (or the other way round) leaves a broken picture on the project's front page.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.cwd();

/** The local images a Markdown file shows (Markdown or HTML syntax), resolved from its folder. */
function imagesOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const sources = [
    ...[...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]),
  ].filter((src) => !/^https?:/.test(src));
  return sources.map((src) => join(dirname(file), src));
}

describe('images in the README and docs', () => {
  it('should show page 1 of the Woo decision and of its annex in the README', () => {
    expect(imagesOf('README.md')).toEqual([
      'docs/images/woo-besluit-pagina-1.png',
      'docs/images/woo-besluit-bijlage-1.png',
    ]);
  });

  it.each(['README.md', 'docs/letters.md'])(
    '%s should show only images that exist, each small',
    (file) => {
      const images = imagesOf(file);
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        expect(`${image}: ${existsSync(join(root, image))}`).toBe(`${image}: true`);
        expect(statSync(join(root, image)).size).toBeLessThan(250_000);
      }
    },
  );
});
