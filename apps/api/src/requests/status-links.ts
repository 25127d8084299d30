import { Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import type { RequestView } from '@wobdesk/workflow';
import { STATUS_PAGE_PATH } from '../public-status/public-status.paths.js';

/**
 * Builds the requester's link to the status page from a status token (`PUBLIC_BASE_URL`, else a
 * relative link). The JSON form stays at `/api/status/:token`.
 */
@Injectable()
export class StatusLinks {
  constructor(private readonly config: AppConfig) {}

  urlOf(token: string): string {
    return `${this.config.publicBaseUrl ?? ''}${STATUS_PAGE_PATH}/${encodeURIComponent(token)}`;
  }

  created(result: { request: RequestView; statusToken: string }): {
    request: RequestView;
    statusToken: string;
    statusUrl: string;
  } {
    return { ...result, statusUrl: this.urlOf(result.statusToken) };
  }

  reissued(statusToken: string): { statusToken: string; statusUrl: string } {
    return { statusToken, statusUrl: this.urlOf(statusToken) };
  }
}
