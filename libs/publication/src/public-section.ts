import { Injectable } from '@nestjs/common';
import { amsterdamDateOf } from '@wobdesk/domain';
import type { InventoryRow } from '@wobdesk/inventory';
import {
  type PublicationRecord,
  type PublishedDocumentRecord,
  UnitOfWork,
} from '@wobdesk/persistence';
import { inventoryFromJson } from './inventory-snapshot.js';

export const PUBLIC_PAGE_SIZE = 20;

/** A published decision in the public list. */
export interface PublicListItem {
  readonly slug: string;
  readonly title: string;
  /** The day it was scheduled to become public, on which the planner published it. */
  readonly publishedOn: string;
}

/** A published decision's page: withdrawn ones say so and show nothing else. */
export interface PublicDecision {
  readonly slug: string;
  readonly title: string;
  readonly publishedOn: string;
  readonly withdrawn: { readonly on: string; readonly reason: string } | null;
  readonly files: readonly PublishedDocumentRecord[];
  readonly inventory: readonly InventoryRow[] | null;
}

/** A public file's bytes, or where to read them from. */
export type PublicFile =
  | {
      readonly kind: 'inventory';
      readonly rows: InventoryRow[];
      readonly record: PublishedDocumentRecord;
    }
  | { readonly kind: 'blob'; readonly sha256: string; readonly record: PublishedDocumentRecord };

/**
 * What anyone may read without signing in: published, not withdrawn decisions and their files.
 * Nothing here reads the request itself, so nothing of the requester can reach a public page.
 */
@Injectable()
export class PublicSection {
  constructor(private readonly storage: UnitOfWork) {}

  async page(page: number): Promise<{ items: PublicListItem[]; total: number; pages: number }> {
    const { rows, total } = await this.storage.read((tx) =>
      tx.publications.publicPage((page - 1) * PUBLIC_PAGE_SIZE, PUBLIC_PAGE_SIZE),
    );
    return {
      items: rows.map((p) => ({
        slug: p.slug,
        title: p.title,
        publishedOn: p.publishOn,
      })),
      total,
      pages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)),
    };
  }

  async decision(slug: string): Promise<PublicDecision | null> {
    return this.storage.read(async (tx) => {
      const p = await tx.publications.findPublished(slug);
      if (!p) return null;
      if (p.withdrawnAt) return withdrawnView(p);
      const files = (await tx.publications.documentsOf(p.requestId)).filter(isPublic);
      return {
        slug: p.slug,
        title: p.title,
        publishedOn: p.publishOn,
        withdrawn: null,
        files,
        inventory: p.inventoryJson === null ? null : inventoryFromJson(p.inventoryJson),
      };
    });
  }

  /** A public file by its decision's slug and its file name; null when not public. */
  async file(slug: string, fileName: string): Promise<PublicFile | null> {
    return this.storage.read(async (tx) => {
      const p = await tx.publications.findPublished(slug);
      if (!p || p.withdrawnAt) return null;
      const record = (await tx.publications.documentsOf(p.requestId)).find(
        (f) => f.fileName === fileName && isPublic(f),
      );
      if (!record) return null;
      // The decision is served from its public copy only: `letter_id` names the sent letter it
      // was made from, whose own bytes carry the requester's name and address.
      if (record.kind === 'inventory' && p.inventoryJson !== null) {
        return { kind: 'inventory', rows: inventoryFromJson(p.inventoryJson), record };
      }
      return record.blobSha256 === null
        ? null
        : { kind: 'blob', sha256: record.blobSha256, record };
    });
  }
}

/**
 * Published, not withdrawn, and with bytes fit to publish: a decision scheduled before its public
 * copy existed points only at the sent letter and is not shown.
 */
function isPublic(f: PublishedDocumentRecord): boolean {
  const servable = f.kind !== 'decision' || f.blobSha256 !== null;
  return f.publishedAt !== null && f.withdrawnAt === null && servable;
}

function withdrawnView(p: PublicationRecord): PublicDecision {
  return {
    slug: p.slug,
    title: p.title,
    publishedOn: p.publishOn,
    withdrawn: { on: dayOf(p.withdrawnAt!), reason: p.withdrawalReason ?? '' },
    files: [],
    inventory: null,
  };
}

export function dayOf(instant: Date): string {
  return amsterdamDateOf(instant).toString();
}
