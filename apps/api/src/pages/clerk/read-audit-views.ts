import type { ReadAuditPage, ReadAuditRecord } from '@wobdesk/persistence';
import { READ_KINDS, type ReadKind } from '../../read-audit/read-audit.service.js';
import { whenNl } from './operations-views.js';

export const READ_AUDIT_PATH = '/beheer/inzagelog';

/** One row of the log: when, who, what in Dutch, and a link to the request read. */
export function readRow(record: ReadAuditRecord) {
  return {
    when: whenNl(record.readAt.toISOString()),
    who: record.userName,
    what: READ_KINDS[record.what as ReadKind] ?? record.what,
    requestHref: record.requestId ? `/verzoeken/${record.requestId}` : null,
    detail: record.what === 'request.list' ? listDetail(record.detail) : record.detail,
  };
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
