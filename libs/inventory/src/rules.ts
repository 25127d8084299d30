// The rules a row must meet, for import and export alike: the export refuses a row the platform
// would refuse or misread, and the reader applies the same rules to what it read.
import type { InventoryRow } from './inventory-row.js';
import { issue, type InventoryIssue } from './issues.js';

export const ID_PATTERN = /^[a-zA-Z0-9.-]{1,170}$/;
export const MAX_DOCUMENT = 500;
export const MAX_REMARK = 1000;
export const MAX_LINK = 2048;
const NUMERIC = /^\d+$/;

export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return !/\s/.test(text);
  } catch {
    return false;
  }
}

/** Every rule the row breaks; `line` is its row number in the sheet, when it has one. */
export function rowProblems(row: InventoryRow, line?: number): InventoryIssue[] {
  const at = (column: string) => ({ line, column });
  const problems: InventoryIssue[] = [];
  if (row.id === '') {
    problems.push(issue('id_missing', 'het documentnummer ontbreekt.', at('ID')));
  } else if (!ID_PATTERN.test(row.id)) {
    problems.push(
      issue(
        'id_invalid',
        `'${row.id}' is geen geldig documentnummer; gebruik alleen letters, cijfers, punt en streepje, hoogstens 170 tekens.`,
        at('ID'),
      ),
    );
  }
  if (row.matter !== undefined && row.publicationContext !== undefined) {
    problems.push(
      issue(
        'matter_and_publication_context',
        'vul Matter of publicatiecontext in, niet allebei.',
        at('Matter'),
      ),
    );
  } else if (row.matter === undefined && row.publicationContext === undefined) {
    problems.push(issue('matter_missing', 'het kenmerk van het verzoek ontbreekt.', at('Matter')));
  } else if (row.matter !== undefined && row.matter.length < 2) {
    problems.push(
      issue('matter_too_short', 'het kenmerk moet minstens 2 tekens hebben.', at('Matter')),
    );
  }
  if (row.familyId !== undefined && !NUMERIC.test(row.familyId)) {
    problems.push(issue('family_not_numeric', 'alleen cijfers zijn toegestaan.', at('Family')));
  }
  if (row.emailThreadId !== undefined && !NUMERIC.test(row.emailThreadId)) {
    problems.push(
      issue('thread_not_numeric', 'alleen cijfers zijn toegestaan.', at('Email Thread ID')),
    );
  }
  if (row.document === '') {
    problems.push(issue('document_missing', 'de naam van het document ontbreekt.', at('Document')));
  } else if (row.document.length > MAX_DOCUMENT) {
    problems.push(
      issue(
        'document_too_long',
        `de naam is ${row.document.length} tekens lang; het mogen er hoogstens ${MAX_DOCUMENT} zijn.`,
        at('Document'),
      ),
    );
  }
  if (row.remark !== undefined && row.remark.length > MAX_REMARK) {
    problems.push(
      issue(
        'remark_too_long',
        `de toelichting is ${row.remark.length} tekens lang; het mogen er hoogstens ${MAX_REMARK} zijn.`,
        at('Toelichting'),
      ),
    );
  }
  for (const link of row.publicLinks) {
    if (link.length > MAX_LINK) {
      problems.push(
        issue(
          'link_too_long',
          `een link mag hoogstens ${MAX_LINK} tekens lang zijn.`,
          at('Publieke Link'),
        ),
      );
    } else if (!isHttpUrl(link)) {
      problems.push(
        issue(
          'link_invalid',
          `'${link}' is geen geldig webadres (begin met http:// of https://, zonder spaties).`,
          at('Publieke Link'),
        ),
      );
    }
  }
  return problems;
}

/** The rows whose ID another row of the same matter already has. */
export function duplicateIdProblems(
  rows: readonly { row: InventoryRow; line?: number }[],
): InventoryIssue[] {
  const seen = new Map<string, number | undefined>();
  const problems: InventoryIssue[] = [];
  for (const { row, line } of rows) {
    const key = `${row.matter ?? row.publicationContext ?? ''}\u0000${row.id}`;
    if (seen.has(key)) {
      const first = seen.get(key);
      problems.push(
        issue(
          'id_duplicate',
          `documentnummer ${row.id} komt in dit verzoek al voor${first !== undefined ? ` (rij ${first})` : ''}.`,
          { line, column: 'ID' },
        ),
      );
    } else {
      seen.set(key, line);
    }
  }
  return problems;
}
