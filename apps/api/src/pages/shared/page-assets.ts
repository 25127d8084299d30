import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

export const ASSETS_PATH = '/assets';

/**
 * The style sheets of the pages, served from our own origin (no CDN): the NL Design System's
 * Utrecht components and design tokens from node_modules, and Wobdesk's own small sheet from
 * templates/pages. A fixed list, read once: no path from the URL ever reaches the file system.
 */
export function registerAssets(scope: FastifyInstance, templatesDir: string): void {
  const require = createRequire(import.meta.url);
  const files: Record<string, string> = {
    'utrecht-components.css': require.resolve('@utrecht/component-library-css/dist/index.css'),
    'utrecht-theme.css': require.resolve('@utrecht/design-tokens/dist/theme.css'),
    'wobdesk.css': join(templatesDir, 'pages', 'wobdesk.css'),
  };
  for (const [name, file] of Object.entries(files)) {
    const body = readFileSync(file);
    scope.get(`${ASSETS_PATH}/${name}`, (_request, reply) =>
      reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(body),
    );
  }
}
