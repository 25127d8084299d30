import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type Authenticator, LoginBackoffError } from '@wobdesk/accounts';
import type { Actor } from '@wobdesk/register';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorResponse } from '../common/error-response.js';
import { rateLimited } from '../common/rate-limit.js';
import { AUTHENTICATOR } from '../common/tokens.js';
import { CurrentActor, Public, SessionToken } from './auth.decorators.js';
import {
  LoginDto,
  LoginResponse,
  toLoginResponse,
  toUserResponse,
  UserResponse,
} from './auth.dto.js';
import { loginClientOf, tooManyLogins } from './login-client.js';

@ApiTags('auth')
@ApiUnauthorizedResponse({ type: ErrorResponse, description: 'No valid session' })
@Controller('auth')
export class AuthController {
  constructor(@Inject(AUTHENTICATOR) private readonly authenticator: Authenticator) {}

  @ApiOperation({ summary: 'Log in as a clerk or coordinator; returns a bearer token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiTooManyRequestsResponse({ type: ErrorResponse })
  @Public()
  @RouteConfig(rateLimited('login'))
  @Post('login')
  @HttpCode(HttpStatus.OK)
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    try {
      const client = loginClientOf(request);
      return toLoginResponse(
        await this.authenticator.login(body.email, body.password, { code: body.code, client }),
      );
    } catch (error) {
      if (error instanceof LoginBackoffError) throw tooManyLogins(error, reply);
      throw error;
    }
  }

  @ApiOperation({ summary: 'End the current session (the token stops working)' })
  @ApiBearerAuth()
  @ApiNoContentResponse()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  logout(@SessionToken() token: string): Promise<void> {
    return this.authenticator.logout(token);
  }

  @ApiOperation({ summary: 'Who is logged in' })
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserResponse })
  @Get('me')
  me(@CurrentActor() actor: Actor): UserResponse {
    return toUserResponse(actor);
  }
}
