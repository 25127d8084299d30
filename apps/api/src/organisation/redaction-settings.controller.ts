import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@wobdesk/clock';
import { type Clock, listedNamesOf, parseListedNames, storedListedNames } from '@wobdesk/domain';
import { OrganisationRepository } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { validationFailed } from '../common/validation.js';
import { RedactionSettingsDto, RedactionSettingsResponse } from './redaction-settings.dto.js';

const RULE_MESSAGES = {
  name_length_2_to_100: 'listedNames: each name must be 2 to 100 characters',
  max_500_names: 'listedNames: at most 500 different names',
} as const;

/**
 * The organisation's redaction settings as its coordinators run them: the names of persons it
 * lists for the personal-data suggestions, and the bundle size of a release. A change is
 * recorded in the organisation's settings changes, with who and when.
 */
@ApiTags('organisation')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('organisation/redaction-settings')
export class RedactionSettingsController {
  constructor(
    private readonly organisations: OrganisationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ApiOperation({ summary: "Your organisation's listed names and default bundle size" })
  @ApiOkResponse({ type: RedactionSettingsResponse })
  @Get()
  async get(@CurrentActor() actor: Actor): Promise<RedactionSettingsResponse> {
    const org = await this.organisations.find(actor.organisationId);
    // The session names an existing organisation (a foreign key); a vanished one is a bug.
    if (!org) throw new Error(`Organisation ${actor.organisationId} not found`);
    return { listedNames: listedNamesOf(org.listedNames), bundleMegabytes: org.bundleMegabytes };
  }

  @ApiOperation({ summary: 'Replace the redaction settings (coordinator); the change is recorded' })
  @ApiOkResponse({ type: RedactionSettingsResponse })
  @Put()
  async replace(
    @CurrentActor() actor: Actor,
    @Body() body: RedactionSettingsDto,
  ): Promise<RedactionSettingsResponse> {
    const parsed = parseListedNames(body.listedNames);
    if (!parsed.ok) {
      const message = RULE_MESSAGES[parsed.rule];
      throw validationFailed([{ field: 'listedNames', rule: parsed.rule, message }]);
    }
    await this.organisations.changeRedactionSettings(
      actor.organisationId,
      { listedNames: storedListedNames(parsed.names), bundleMegabytes: body.bundleMegabytes },
      actor.userId,
      this.clock.now(),
    );
    return { listedNames: [...parsed.names], bundleMegabytes: body.bundleMegabytes };
  }
}
