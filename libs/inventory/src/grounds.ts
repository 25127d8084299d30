// The spreadsheet writes a ground as "5.1.2e" (article, lid, letter); the project's pick list
// codes it as "5.1.2.e". Both directions go through the pick list of the decision's law, so a
// ground that law does not have is refused rather than carried along.
import { findRefusalGround, type Regime } from '@wobdesk/domain';

/** "5.1.2.e" → "5.1.2e", "10.2.e" → "10.2e", "5.2.1" stays. */
export function sheetGround(code: string): string {
  return code.replace(/\.([a-z])$/, '$1');
}

/**
 * The pick list's code for a ground as written in a sheet ("5.1.2e", "5.1.2.e", "5.1.2 e",
 * "5.1.2E"), or undefined when `law` has no such ground.
 */
export function groundCode(written: string, law: Regime): string | undefined {
  const compact = written.replace(/\s+/g, '').toLowerCase();
  const match = /^(\d+(?:\.\d+)*)\.?([a-z])?$/.exec(compact);
  if (match === null) return undefined;
  const code = match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`;
  return findRefusalGround(law, code)?.code;
}

/** The grounds cell: `;`-separated, empty pieces (a trailing ";") ignored. */
export function splitGrounds(cell: string): string[] {
  return cell
    .split(';')
    .map((g) => g.trim())
    .filter((g) => g !== '');
}
