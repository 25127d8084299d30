import { Injectable } from '@nestjs/common';
import { type RequestView, StatusLinks } from '@wobdesk/workflow';

/** Adds the requester's link (`PUBLIC_BASE_URL`, else relative) to the responses with a token. */
@Injectable()
export class StatusLinkResponses {
  constructor(private readonly links: StatusLinks) {}

  created(result: { request: RequestView; statusToken: string }): {
    request: RequestView;
    statusToken: string;
    statusUrl: string;
  } {
    return { ...result, statusUrl: this.links.apiUrlOf(result.statusToken) };
  }

  reissued(statusToken: string): { statusToken: string; statusUrl: string } {
    return { statusToken, statusUrl: this.links.apiUrlOf(statusToken) };
  }
}
