import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@wobdesk/persistence';
import { StatusLinks } from '@wobdesk/register';
import { PublicSubmissionService } from './public-submission.service.js';

/**
 * The way in from paper: the kenmerk and the short code of the acknowledgement lead to the
 * request's status token. Both must match a request of the site's organisation with a current
 * token; every other combination gives the same `undefined`, so the answer never tells whether a
 * kenmerk exists (and the route is rate-limited like the status link itself).
 */
@Injectable()
export class StatusCodeLookup {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly links: StatusLinks,
    private readonly submissions: PublicSubmissionService,
  ) {}

  async tokenFor(reference: string, code: string): Promise<string | undefined> {
    const organisation = await this.submissions.organisation();
    if (!organisation) return undefined;
    const row = await this.storage.read((tx) =>
      tx.requests.findByReference(organisation.id, reference.trim()),
    );
    if (!row || !this.links.codeMatches(row, code)) return undefined;
    return this.links.tokenFor(row);
  }
}
