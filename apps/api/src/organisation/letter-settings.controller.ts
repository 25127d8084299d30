import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@wobdesk/register';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { LetterSettingsDto, LetterSettingsResponse } from './letter-settings.dto.js';
import { LetterSettingsService } from './letter-settings.service.js';

@ApiTags('organisation')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('organisation/letter-settings')
export class LetterSettingsController {
  constructor(private readonly settings: LetterSettingsService) {}

  @ApiOperation({ summary: "Your organisation's letter settings and their latest changes" })
  @ApiOkResponse({ type: LetterSettingsResponse })
  @Get()
  get(@CurrentActor() actor: Actor): Promise<LetterSettingsResponse> {
    return this.settings.get(actor);
  }

  @ApiOperation({ summary: 'Replace the letter settings (coordinator); the change is recorded' })
  @ApiOkResponse({ type: LetterSettingsResponse })
  @Put()
  replace(
    @CurrentActor() actor: Actor,
    @Body() body: LetterSettingsDto,
  ): Promise<LetterSettingsResponse> {
    return this.settings.replace(actor, body);
  }
}
