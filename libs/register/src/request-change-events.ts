import { Injectable } from '@nestjs/common';

type Listener = (requestId: string) => void;

/**
 * Tells whoever keeps something derived from a request (the public status cache) that the
 * request changed. `RequestChanges` raises it after the commit and before the change returns,
 * so a revoked or reissued status token stops working at once. The listeners live in libraries
 * above the register; this keeps the register from depending on them.
 */
@Injectable()
export class RequestChangeEvents {
  private readonly listeners: Listener[] = [];

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  changed(requestId: string): void {
    for (const listener of this.listeners) listener(requestId);
  }
}
