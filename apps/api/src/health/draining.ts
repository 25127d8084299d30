import { Injectable } from '@nestjs/common';

/** Set once on SIGTERM: from then on readiness answers 503, so a load balancer sends no more. */
@Injectable()
export class Draining {
  private draining = false;

  start(): void {
    this.draining = true;
  }

  get active(): boolean {
    return this.draining;
  }
}
