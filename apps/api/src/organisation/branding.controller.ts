import { Body, Controller, Delete, Get, Put, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LOGO_MAX_BYTES } from '@wobdesk/domain';
import type { OrganisationBranding } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import type { FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { BrandingDto, BrandingResponse } from './branding.dto.js';
import { BrandingService } from './branding.service.js';
import { readCappedFile } from './capped-upload.js';

@ApiTags('organisation')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('organisation/branding')
export class BrandingController {
  constructor(private readonly branding: BrandingService) {}

  @ApiOperation({ summary: "Your organisation's branding of the requester's pages" })
  @ApiOkResponse({ type: BrandingResponse })
  @Get()
  get(@CurrentActor() actor: Actor): Promise<OrganisationBranding> {
    return this.branding.get(actor.organisationId);
  }

  @ApiOperation({
    summary:
      'Replace the primary colour and privacy statement (coordinator); the change is recorded',
  })
  @ApiOkResponse({ type: BrandingResponse })
  @Put()
  change(@CurrentActor() actor: Actor, @Body() body: BrandingDto): Promise<OrganisationBranding> {
    return this.branding.change(actor, body);
  }

  @ApiOperation({
    summary: 'Upload the logo (multipart/form-data, one part "file": a PNG of at most 200 kB)',
    description:
      'Only PNG, checked by its bytes and dimensions (at most 2000 by 1000 pixels): an SVG can carry scripts.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: BrandingResponse })
  @Put('logo')
  async replaceLogo(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<OrganisationBranding> {
    return this.branding.replaceLogo(actor, await readCappedFile(request, LOGO_MAX_BYTES));
  }

  @ApiOperation({ summary: 'Remove the logo (coordinator); the change is recorded' })
  @ApiOkResponse({ type: BrandingResponse })
  @Delete('logo')
  removeLogo(@CurrentActor() actor: Actor): Promise<OrganisationBranding> {
    return this.branding.removeLogo(actor);
  }
}
