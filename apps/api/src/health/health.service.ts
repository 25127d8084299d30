import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { UnitOfWork } from '@wobdesk/persistence';
import { Draining } from './draining.js';

export interface HealthResponse {
  readonly status: 'ok';
  readonly database: 'up';
}

export type ReadinessResponse =
  { readonly status: 'ready' } | { readonly status: 'not ready'; readonly reason: string };

@Injectable()
export class HealthService {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly draining: Draining,
  ) {}

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

  /**
   * Whether this instance should get traffic: not shutting down, the database answers, and its
   * schema is the one this code expects (a migration run by another instance's upgrade shows here).
   */
  async ready(): Promise<ReadinessResponse> {
    if (this.draining.active) return notReady('shutting down');
    if (!(await this.storage.isReachable())) return notReady('database unreachable');
    const pending = await this.storage.pendingMigrations();
    if (pending.length > 0) return notReady(`pending migrations: ${pending.join(', ')}`);
    return { status: 'ready' };
  }
}

function notReady(reason: string): ReadinessResponse {
  return { status: 'not ready', reason };
}
