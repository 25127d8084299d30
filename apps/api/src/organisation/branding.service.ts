import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { checkPngLogo, type Clock, LOGO_MAX_BYTES, type LogoProblem } from '@wobdesk/domain';
import { type OrganisationBranding, OrganisationBrandingRepository } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import { type FieldError, validationFailed } from '../common/validation.js';
import type { BrandingDto } from './branding.dto.js';

const LOGO_RULES: Record<LogoProblem, FieldError> = {
  empty: { field: 'file', rule: 'required', message: 'file must be a PNG image; none was sent' },
  too_large: {
    field: 'file',
    rule: 'maxSize',
    message: `file must be at most ${LOGO_MAX_BYTES / 1024} kB`,
  },
  not_png: {
    field: 'file',
    rule: 'png',
    message: 'file must be a PNG image (checked by its bytes); SVG and other formats are refused',
  },
  dimensions: {
    field: 'file',
    rule: 'dimensions',
    message: 'file must be a PNG of at most 2000 by 1000 pixels',
  },
};

/** The field and rule a refused logo breaks, for the API's 400 and the settings page. */
export function logoRule(problem: LogoProblem): FieldError {
  return LOGO_RULES[problem];
}

/**
 * The branding of the requester's pages as coordinators run it (who may is the controller's
 * `@Roles('coordinator')`); the caller's organisation is the only one they reach. Every change is
 * recorded by the repository with who and when.
 */
@Injectable()
export class BrandingService {
  constructor(
    private readonly branding: OrganisationBrandingRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(organisationId: string): Promise<OrganisationBranding> {
    const found = await this.branding.get(organisationId);
    // The session names an existing organisation (a foreign key); a vanished one is a bug.
    if (!found) throw new Error(`Organisation ${organisationId} not found`);
    return found;
  }

  /** The logo's bytes for its public route; undefined without one. */
  logo(organisationId: string): Promise<{ png: Buffer; sha256: string } | undefined> {
    return this.branding.logo(organisationId);
  }

  async change(actor: Actor, body: BrandingDto): Promise<OrganisationBranding> {
    const text = body.privacyStatement?.trim();
    await this.branding.change(
      actor.organisationId,
      { primaryColour: body.primaryColour?.toLowerCase() ?? null, privacyStatement: text || null },
      actor.userId,
      this.clock.now(),
    );
    return this.get(actor.organisationId);
  }

  /** Checks and stores a PNG logo; a 400 naming the field and rule when it is refused. */
  async replaceLogo(actor: Actor, png: Uint8Array): Promise<OrganisationBranding> {
    const check = checkPngLogo(png);
    if (!check.ok) throw validationFailed([logoRule(check.problem)]);
    await this.branding.replaceLogo(
      actor.organisationId,
      { png, width: check.width, height: check.height },
      actor.userId,
      this.clock.now(),
    );
    return this.get(actor.organisationId);
  }

  async removeLogo(actor: Actor): Promise<OrganisationBranding> {
    await this.branding.replaceLogo(actor.organisationId, null, actor.userId, this.clock.now());
    return this.get(actor.organisationId);
  }
}
