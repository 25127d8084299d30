import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';
import { type GeneralSettings, OrganisationGeneralSettingsRepository } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { GeneralSettingsDto, GeneralSettingsResponse } from './general-settings.dto.js';

@ApiTags('organisation')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('organisation/settings')
export class GeneralSettingsController {
  constructor(
    private readonly settings: OrganisationGeneralSettingsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ApiOperation({
    summary: 'The public form (open, introduction) and the retention period of personal data',
  })
  @ApiOkResponse({ type: GeneralSettingsResponse })
  @Get()
  async get(@CurrentActor() actor: Actor): Promise<GeneralSettings> {
    const found = await this.settings.get(actor.organisationId);
    // The session names an existing organisation (a foreign key); a vanished one is a bug.
    if (!found) throw new Error(`Organisation ${actor.organisationId} not found`);
    return found;
  }

  @ApiOperation({ summary: 'Replace the general settings (coordinator); the change is recorded' })
  @ApiOkResponse({ type: GeneralSettingsResponse })
  @Put()
  async change(
    @CurrentActor() actor: Actor,
    @Body() body: GeneralSettingsDto,
  ): Promise<GeneralSettings> {
    await this.settings.change(
      actor.organisationId,
      {
        publicFormOpen: body.publicFormOpen,
        publicFormIntro: body.publicFormIntro?.trim() || null,
        retentionMonths: body.retentionMonths ?? null,
      },
      actor.userId,
      this.clock.now(),
    );
    return this.get(actor);
  }
}
