import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { type HealthResponse, HealthService, type ReadinessResponse } from './health.service.js';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  check(): Promise<HealthResponse> {
    return this.health.check();
  }

  /** Liveness: the process answers HTTP; nothing else is asked, so a slow database never restarts it. */
  @Get('live')
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  /**
   * Readiness: 503 while shutting down, without a database or with pending migrations. Answered
   * here rather than thrown, because a load balancer polls it: an expected "not ready" is no error
   * for the log.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const readiness = await this.health.ready();
    if (readiness.status !== 'ready') void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return readiness;
  }
}
