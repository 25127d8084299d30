import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';
import {
  type ReadAuditFilter,
  type ReadAuditPage,
  ReadAuditRepository,
} from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';

/**
 * What a clerk read of requesters' personal data. The Dutch label is what the coordinator's log
 * shows; the code is what the API returns and the table stores.
 */
export const READ_KINDS = {
  'request.view': 'Verzoek bekeken',
  'request.list': 'Lijst van verzoeken bekeken',
  'letter.view': 'Brief bekeken',
  'document.download': 'Document gedownload',
  'read_audit.view': 'Inzagelog bekeken',
} as const;

export type ReadKind = keyof typeof READ_KINDS;

/**
 * Records the reads of personal data, one insert each, after the read succeeded (a refused or
 * unknown request showed nothing), and shows the log to coordinators.
 */
@Injectable()
export class ReadAudit {
  constructor(
    private readonly repository: ReadAuditRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  record(actor: Actor, what: ReadKind, requestId: string | null, detail: string | null = null) {
    return this.repository.record({
      organisationId: actor.organisationId,
      userId: actor.userId,
      userName: actor.name,
      readAt: this.clock.now(),
      what,
      requestId,
      detail,
    });
  }

  /**
   * A page of the log; reading it is itself recorded, and records past the retention period are
   * deleted first (one indexed delete of the organisation's oldest rows).
   */
  async search(actor: Actor, filter: ReadAuditFilter, page: number): Promise<ReadAuditPage> {
    const days = this.config.scheduler.readAuditRetentionDays;
    const cutoff = new Date(this.clock.now().getTime() - days * 86_400_000);
    await this.repository.purgeBefore(actor.organisationId, cutoff);
    const found = await this.repository.search(actor.organisationId, filter, page);
    await this.record(actor, 'read_audit.view', filter.requestId ?? null, JSON.stringify(filter));
    return found;
  }

  /** The latest reads of one request, for the coordinator's section on the request page. */
  async ofRequest(actor: Actor, requestId: string): Promise<ReadAuditPage> {
    const found = await this.repository.search(actor.organisationId, { requestId }, 1, 10);
    await this.record(actor, 'read_audit.view', requestId, 'request page');
    return found;
  }
}
