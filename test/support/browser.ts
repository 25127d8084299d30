import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_LAUNCH_ARGS, DEFAULT_CHROMIUM_PATH } from '@wobdesk/letters';
import { type Browser, chromium, type Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Debian's Chromium through playwright-core (nothing is downloaded), headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_LAUNCH_ARGS],
  });
}

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules plus best practices) on the page as it is and
 * returns the serious and critical findings. The script is evaluated through the DevTools
 * protocol, which the pages' Content-Security-Policy (no scripts at all) does not govern.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    // No rule passed: axe did not look at the page (not loaded, empty document).
    if ((result as unknown as { passes: unknown[] }).passes.length === 0)
      throw new Error('axe checked nothing');
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => String(n.target[0])),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
