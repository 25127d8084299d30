import type { ReadAuditRecord } from '@wobdesk/persistence';
import { readRow } from './read-audit-views.js';

const record = (what: string, detail: string | null): ReadAuditRecord => ({
  id: 'r',
  organisationId: 'o',
  userId: 'u',
  userName: 'A. Behandelaar',
  readAt: new Date('2026-12-01T08:05:00Z'),
  what,
  requestId: null,
  detail,
});

describe('readRow', () => {
  it.each([
    ['request.view', 'page', 'Verzoek bekeken', 'op de pagina'],
    ['request.list', 'a,b,c', 'Lijst van verzoeken bekeken', '3 verzoeken getoond'],
    ['request.list', '', 'Lijst van verzoeken bekeken', '0 verzoeken getoond'],
    ['letter.view', 'preview decision', 'Brief bekeken', 'voorbeeld (decision)'],
    ['letter.view', '0f0e.pdf', 'Brief bekeken', 'opgeslagen brief (pdf)'],
    ['document.download', '3 pdf', 'Document gedownload', 'document 3 als pdf'],
    ['read_audit.view', '{"userId":"u"}', 'Inzagelog bekeken', ''],
  ])('should say %s (%s) in Dutch', (what, detail, label, words) => {
    const row = readRow(record(what, detail));
    expect(row).toMatchObject({ what: label, detail: words, who: 'A. Behandelaar' });
    expect(row.when).toBe('1 december 2026 om 09:05');
  });
});
