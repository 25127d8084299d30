import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { UnitOfWork } from '@wobdesk/persistence';

export interface HealthResponse {
  readonly status: 'ok';
  readonly database: 'up';
}

@Injectable()
export class HealthService {
  constructor(private readonly storage: UnitOfWork) {}

  /** 200 when the database answers a query; 503 otherwise. */
  async check(): Promise<HealthResponse> {
    if (!(await this.storage.isReachable())) {
      throw new ServiceUnavailableException({
        status: 'error',
        database: 'down',
        message: 'Database unreachable',
      });
    }
    return { status: 'ok', database: 'up' };
  }
}
