import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { type HealthResponse, HealthService } from './health.service.js';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  check(): Promise<HealthResponse> {
    return this.health.check();
  }
}
