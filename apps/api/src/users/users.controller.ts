import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@wobdesk/register';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { rateLimited } from '../common/rate-limit.js';
import { UserAdministration } from './user-administration.service.js';
import {
  AdministeredUserResponse,
  ChangeRoleDto,
  InviteUserDto,
  SetActiveDto,
  SetPasswordDto,
  toAdministeredUserResponse,
} from './users.dto.js';
import { UserIdPipe } from './user-id.pipe.js';

@ApiTags('users')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UserAdministration) {}

  @ApiOperation({ summary: "Your organisation's users (coordinator)" })
  @ApiOkResponse({ type: [AdministeredUserResponse] })
  @Get()
  async list(@CurrentActor() actor: Actor): Promise<AdministeredUserResponse[]> {
    return (await this.users.list(actor)).map(toAdministeredUserResponse);
  }

  @ApiOperation({
    summary:
      'Invite a user by e-mail (coordinator): a one-time link, valid 7 days, to set a password',
  })
  @ApiCreatedResponse({ schema: { properties: { id: { type: 'string' } } } })
  @Post()
  async invite(@CurrentActor() actor: Actor, @Body() body: InviteUserDto): Promise<{ id: string }> {
    return { id: await this.users.invite(actor, body) };
  }

  @ApiOperation({ summary: 'Change the role; the last active coordinator stays one (422)' })
  @ApiNoContentResponse()
  @Put(':id/role')
  @HttpCode(HttpStatus.NO_CONTENT)
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('id', UserIdPipe) id: string,
    @Body() body: ChangeRoleDto,
  ): Promise<void> {
    return this.users.changeRole(actor, id, body.role);
  }

  @ApiOperation({
    summary: 'Deactivate (login refused, sessions end at once) or reactivate a user',
  })
  @ApiNoContentResponse()
  @Put(':id/active')
  @HttpCode(HttpStatus.NO_CONTENT)
  setActive(
    @CurrentActor() actor: Actor,
    @Param('id', UserIdPipe) id: string,
    @Body() body: SetActiveDto,
  ): Promise<void> {
    return this.users.setActive(actor, id, body.active);
  }

  @ApiOperation({
    summary:
      'Mail a one-time link, valid 24 hours, to set a new password; the old one works until then',
  })
  @ApiNoContentResponse()
  @Post(':id/password-reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  sendReset(@CurrentActor() actor: Actor, @Param('id', UserIdPipe) id: string): Promise<void> {
    return this.users.sendReset(actor, id);
  }
}

@ApiTags('auth')
@Controller('auth')
export class SetPasswordController {
  constructor(private readonly users: UserAdministration) {}

  @ApiOperation({ summary: 'Set a password through the link of an invitation or reset mail' })
  @ApiNoContentResponse()
  @Public()
  @RouteConfig(rateLimited('login'))
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  setPassword(@Body() body: SetPasswordDto): Promise<void> {
    return this.users.setPassword(body.token, body.password);
  }
}
