import { Injectable } from '@nestjs/common';
import { type RequestView, StatusLinks } from '@wobdesk/register';

/** Adds the link to the requester's status page (`PUBLIC_BASE_URL`, else relative) to responses with a token; the JSON stays at `/api/status/:token`. */
@Injectable()
export class StatusLinkResponses {
  constructor(private readonly links: StatusLinks) {}

  created(result: { request: RequestView; statusToken: string }): {
    request: RequestView;
    statusToken: string;
    statusUrl: string;
  } {
    return { ...result, statusUrl: this.links.pageUrlOf(result.statusToken) };
  }

  reissued(statusToken: string): { statusToken: string; statusUrl: string } {
    return { statusToken, statusUrl: this.links.pageUrlOf(statusToken) };
  }
}
