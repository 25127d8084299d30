import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { OrganisationRepository } from '@wobdesk/persistence';
import { type PublicRequestInput, RequestRegistration, type RequestView } from '@wobdesk/register';

/**
 * Requests submitted by requesters themselves on the public web form. They go through the same
 * registration as a clerk's (`POST /api/requests`), received today through the web form, for the
 * site's organisation: `PUBLIC_ORGANISATION_ID`, else the only organisation in the register. With
 * several organisations and none configured the form is closed rather than guessing.
 */
@Injectable()
export class PublicSubmissionService {
  private organisationId: Promise<string | undefined> | undefined;

  constructor(
    private readonly registration: RequestRegistration,
    private readonly organisations: OrganisationRepository,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The organisation the form registers for; undefined when the form is closed. */
  async organisation(): Promise<
    { id: string; name: string; contactEmail: string | null } | undefined
  > {
    const id = await this.organisationIdOnce();
    const found = id === undefined ? undefined : await this.organisations.find(id);
    return found && { id: found.id, name: found.name, contactEmail: found.contactEmail ?? null };
  }

  async submit(
    input: PublicRequestInput,
  ): Promise<{ request: RequestView; statusToken: string } | undefined> {
    const organisation = await this.organisation();
    if (!organisation) return undefined;
    return this.registration.register(
      { publicFormOf: organisation.id },
      {
        requester: input.requester,
        subject: input.subject,
        items: input.items,
        channel: 'web_form',
        receivedOn: this.clock.today().toString(),
      },
    );
  }

  private organisationIdOnce(): Promise<string | undefined> {
    const configured = this.config.pages.publicOrganisationId;
    if (configured !== undefined) return Promise.resolve(configured);
    // Not cached while there is none: the demo seed may create the organisation after start-up.
    this.organisationId ??= this.organisations.ids(2).then((ids) => {
      if (ids.length !== 1) this.organisationId = undefined;
      return ids.length === 1 ? ids[0] : undefined;
    });
    return this.organisationId;
  }
}
