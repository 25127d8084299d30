import { Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { OwnSessions } from '@wobdesk/accounts';
import { type Actor, WorkflowError } from '@wobdesk/register';
import { ErrorResponse } from '../common/error-response.js';
import { OWN_SESSIONS } from '../common/tokens.js';
import { CurrentActor, SessionToken } from './auth.decorators.js';
import { EndedSessionsResponse, OwnSessionResponse } from './sessions.dto.js';

/** A clerk's own sessions: where they are logged in, and ending the ones they do not trust. */
@ApiTags('auth')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: 'No valid session' })
@Controller('auth/sessions')
export class SessionsController {
  constructor(@Inject(OWN_SESSIONS) private readonly sessions: OwnSessions) {}

  @ApiOperation({ summary: 'My open sessions, newest first; `current` is the one asking' })
  @ApiOkResponse({ type: OwnSessionResponse, isArray: true })
  @Get()
  list(@CurrentActor() actor: Actor, @SessionToken() token: string): Promise<OwnSessionResponse[]> {
    return this.sessions.sessionsOf(actor, token);
  }

  @ApiOperation({ summary: 'End all my other sessions (this one stays)' })
  @ApiOkResponse({ type: EndedSessionsResponse })
  @Post('end-others')
  @HttpCode(HttpStatus.OK)
  async endOthers(
    @CurrentActor() actor: Actor,
    @SessionToken() token: string,
  ): Promise<EndedSessionsResponse> {
    return { ended: await this.sessions.endOtherSessions(actor, token) };
  }

  @ApiOperation({ summary: 'End one of my sessions (ending the current one logs out)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'SESSION.NOT_FOUND' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async end(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    if (!(await this.sessions.endOwnSession(actor, id))) throw sessionNotFound();
  }
}

/** Also for another user's session id: nobody learns which ids exist. */
export function sessionNotFound(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'SESSION.NOT_FOUND',
    'Deze sessie bestaat niet (meer).',
    'This session does not exist (any more).',
  );
}
