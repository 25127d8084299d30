import type { ReadAuditPage, ReadAuditRecord } from '@wobdesk/persistence';
import { READ_KINDS, type ReadKind } from '../../read-audit/read-audit.service.js';
import { whenNl } from '../shared/dutch-text.js';

export const READ_AUDIT_PATH = '/beheer/inzagelog';

/** One row of the log: when, who, what in Dutch, and a link to the request read. */
export function readRow(record: ReadAuditRecord) {
  return {
    when: whenNl(record.readAt.toISOString()),
    who: record.userName,
    what: READ_KINDS[record.what as ReadKind] ?? record.what,
    requestHref: record.requestId ? `/verzoeken/${record.requestId}` : null,
    detail: detailNl(record),
  };
}

/** The stored detail in words: where it was read, which letter or document. */
function detailNl({ what, detail }: ReadAuditRecord): string {
  if (what === 'request.list') return listDetail(detail);
  if (what === 'read_audit.view') return detail === 'request page' ? 'op de verzoekpagina' : '';
  if (detail === null) return '';
  const words: Record<string, string> = {
    page: 'op de pagina',
    api: 'via de API',
    events: 'verloop',
  };
  if (words[detail]) return words[detail];
  if (detail.startsWith('preview ')) return `voorbeeld (${detail.slice('preview '.length)})`;
  if (what === 'letter.view')
    return `opgeslagen brief (${detail.slice(detail.lastIndexOf('.') + 1)})`;
  if (detail.startsWith('released '))
    return `vrijgegeven bestand ${detail.slice('released '.length)}`;
  const [number, kind] = detail.split(' ');
  return kind === 'pdf' ? `document ${number} als pdf` : `document ${number}`;
}

/** A list's record holds the ids it showed; the log says how many rather than print them all. */
function listDetail(ids: string | null): string {
  const count = ids ? ids.split(',').length : 0;
  return count === 1 ? '1 verzoek getoond' : `${count} verzoeken getoond`;
}

/** "Wie heeft dit verzoek bekeken": the latest reads and a link to the whole log of the request. */
export function readersSection(requestId: string, page: ReadAuditPage) {
  return {
    rows: page.records.map(readRow),
    more: page.hasMore,
    href: `${READ_AUDIT_PATH}?requestId=${requestId}`,
  };
}
