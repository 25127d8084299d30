// The container image definition cannot be built on these machines (no container engine runs
// here), so what matters in it is checked as text: its runtime stage installs exactly the system
// packages .ci/run installs for running Wobdesk (not the ones only the tests use), it runs as a
// user other than root, and it checks its health on /api/health.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const containerfile = readFileSync(join(root, 'docs/container/Containerfile'), 'utf8');
const ciRun = readFileSync(join(root, '.ci/run'), 'utf8');

/** Packages only the tests need: .ci/run installs them, the image must not. */
const TEST_ONLY = ['qpdf', 'libxml2-utils', 'postgresql'];

/** The instructions, continuation lines joined and comments left out. */
function instructions(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The packages of every `apt-get install` in the text, by install command. */
function aptPackages(text: string): string[][] {
  return [...text.matchAll(/apt-get install((?: +[-\w.=]+)+)/g)].map((m) =>
    m[1]
      .trim()
      .split(/ +/)
      .filter((word) => !word.startsWith('-')),
  );
}

/** The instructions of the last stage: what the image is when it runs. */
function runtimeStage(): string[] {
  const all = instructions(containerfile);
  const lastFrom = all.map((line) => /^FROM\b/i.test(line)).lastIndexOf(true);
  return all.slice(lastFrom);
}

describe('the container image definition (docs/container/Containerfile)', () => {
  it('installs the system packages .ci/run installs for running Wobdesk, and no test-only ones', () => {
    const ci = aptPackages(instructions(ciRun).join('\n')).flat();
    expect(ci).toEqual(expect.arrayContaining(TEST_ONLY));
    const forRunning = ci.filter((p) => !TEST_ONLY.includes(p)).sort();
    const image = aptPackages(runtimeStage().join('\n')).flat().sort();
    expect(image).toEqual(forRunning);
  });

  it('is Debian 12 (bookworm) with Node 20 in every stage', () => {
    const froms = instructions(containerfile).filter((line) => /^FROM\b/i.test(line));
    expect(froms.length).toBeGreaterThan(0);
    expect(containerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    for (const from of froms) expect(from).toMatch(/^FROM \$\{NODE_IMAGE\}/);
  });

  it('runs as a user other than root', () => {
    const users = runtimeStage().filter((line) => /^USER\b/i.test(line));
    expect(users.length).toBeGreaterThan(0);
    const last = users.at(-1)!.split(/\s+/)[1];
    expect(last.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('installs the runtime dependencies with npm ci --omit=dev and builds with npm run build', () => {
    const lines = instructions(containerfile);
    expect(lines).toContain('RUN npm ci --omit=dev --no-audit --no-fund');
    expect(lines).toContain('RUN npm run build');
  });

  it('checks its health on /api/health and keeps the data in volumes', () => {
    const stage = runtimeStage();
    expect(stage.find((line) => /^HEALTHCHECK\b/.test(line))).toContain('/api/health');
    const volume = stage.find((line) => /^VOLUME\b/.test(line)) ?? '';
    const env = stage.filter((line) => /^ENV\b/.test(line)).join(' ');
    const dataDir = /DATABASE_PATH=(\S+)\/[^/\s]+/.exec(env)?.[1];
    const documentsDir = /DOCUMENTS_DIR=(\S+)/.exec(env)?.[1];
    expect(dataDir).toBeDefined();
    expect(volume).toContain(`"${dataDir}"`);
    expect(volume).toContain(`"${documentsDir}"`);
  });
});
