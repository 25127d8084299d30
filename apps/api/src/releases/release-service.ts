import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { DocumentReleases, type ReleasedFile, type ReleaseInput } from '@wobdesk/documents';
import type { Clock } from '@wobdesk/domain';
import { writeInventoryXlsx } from '@wobdesk/inventory';
import { Publications } from '@wobdesk/publication';
import type { Actor } from '@wobdesk/register';
import { RequestInventory } from '../inventory/request-inventory.service.js';

/**
 * The clerk's release as the app composes it: the documents released with the inventory as it
 * stands (libs/documents), then added to the decision's publication when there is one
 * (libs/publication). The two libraries know nothing of each other, so the app joins them.
 */
@Injectable()
export class ReleaseService {
  constructor(
    private readonly releases: DocumentReleases,
    private readonly inventory: RequestInventory,
    private readonly publications: Publications,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async release(actor: Actor, requestId: string, input: ReleaseInput): Promise<ReleasedFile[]> {
    // Read when the release needs it: after its own checks, which name the documents.
    const files = await this.releases.release(actor, requestId, input, async (out) => {
      try {
        await writeInventoryXlsx(await this.inventory.exportRows(actor, requestId), out);
      } catch (error) {
        out.destroy();
        throw error;
      }
    });
    await this.publish(actor, requestId, files);
    return files;
  }

  /**
   * Adds the released documents to the request's publication, if one is scheduled or public
   * and not withdrawn; a document already in it (by its file name) is not added twice. Called
   * after a release and after scheduling, which replaces a publication's files until it is
   * public.
   */
  async publish(actor: Actor, requestId: string, files?: readonly ReleasedFile[]): Promise<number> {
    const publication = await this.publications.find(actor, requestId);
    if (publication === null || publication.withdrawnAt !== null) return 0;
    const present = new Set(
      publication.files.filter((f) => f.kind === 'document').map((f) => f.fileName),
    );
    const released = files ?? (await this.releases.list(actor, requestId));
    const fresh = released.filter((f) => f.kind === 'document' && !present.has(f.fileName));
    if (fresh.length === 0) return 0;
    const createdOn = this.clock.today().toString();
    const decision = publication.title.charAt(0).toLowerCase() + publication.title.slice(1);
    await this.publications.addDocuments(
      actor,
      requestId,
      fresh.map((f) => ({
        documentId: f.documentId,
        letterId: null,
        blobSha256: f.blobSha256,
        fileName: f.fileName,
        mediaType: 'application/pdf',
        title: `${f.title} bij ${decision}`,
        bytes: f.bytes,
        createdOn,
      })),
    );
    return fresh.length;
  }
}
