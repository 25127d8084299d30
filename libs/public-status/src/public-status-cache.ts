import { Injectable } from '@nestjs/common';
import type { LetterMetadata } from '@wobdesk/correspondence';
import { RequestChangeEvents } from '@wobdesk/register';
import type { PublicStatusView } from './public-status.contract.js';

/** What is cached per token: the view, the request's letters and the serialised page. */
export interface PublicStatusPage {
  readonly view: PublicStatusView;
  readonly letters: readonly LetterMetadata[];
  /** The HTTP response body, made once per cache entry by the caller of `lookupPage`. */
  body?: string;
}

interface Entry {
  readonly requestId: string;
  readonly page: PublicStatusPage;
  /** The day the view was built for (its "suspended until" depends on today). */
  readonly today: string;
  readonly expiresAt: number;
}

/** How long a found status stays cached; changes made in this process are seen at once. */
export const STATUS_CACHE_TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

/**
 * A short-lived cache of public status views by token hash, so that a requester refreshing the
 * page (or a crawler) costs no query at all. Only found views are cached (random
 * tokens cannot fill it); every change of a request in this process drops its entry before the
 * change returns, so a revoked or reissued token stops working at once here. A change made by
 * another process (the worker) shows after at most STATUS_CACHE_TTL_MS.
 */
@Injectable()
export class PublicStatusCache {
  private readonly byHash = new Map<string, Entry>();
  private readonly hashByRequest = new Map<string, string>();

  constructor(changes: RequestChangeEvents) {
    changes.onChange((requestId) => this.forget(requestId));
  }

  get(tokenHash: string, today: string, now: number): PublicStatusPage | undefined {
    const entry = this.byHash.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= now || entry.today !== today) {
      this.delete(tokenHash, entry.requestId);
      return undefined;
    }
    return entry.page;
  }

  set(tokenHash: string, requestId: string, page: PublicStatusPage, today: string, now: number) {
    if (this.byHash.size >= MAX_ENTRIES) {
      const oldest = this.byHash.entries().next().value;
      if (oldest) this.delete(oldest[0], oldest[1].requestId);
    }
    this.forget(requestId);
    this.byHash.set(tokenHash, { requestId, page, today, expiresAt: now + STATUS_CACHE_TTL_MS });
    this.hashByRequest.set(requestId, tokenHash);
  }

  /** Drops whatever is cached for a request (called on every change of it). */
  forget(requestId: string): void {
    const hash = this.hashByRequest.get(requestId);
    if (hash !== undefined) this.delete(hash, requestId);
  }

  private delete(tokenHash: string, requestId: string): void {
    this.byHash.delete(tokenHash);
    if (this.hashByRequest.get(requestId) === tokenHash) this.hashByRequest.delete(requestId);
  }
}
