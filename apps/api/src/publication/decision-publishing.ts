import { Injectable } from '@nestjs/common';
import { LetterService } from '@wobdesk/correspondence';
import {
  DECISION_FILE,
  Publications,
  type PublicationView,
  type ScheduleInput,
} from '@wobdesk/publication';
import type { Actor } from '@wobdesk/register';
import { RequestInventory } from '../inventory/request-inventory.service.js';
import { ReleaseService } from '../releases/release-service.js';
import { PublishedFiles } from './published-files.js';

/**
 * Scheduling a publication as the API and the clerk's page do it: the inventory as exported and
 * the public copy of the sent decision letter, printed and stored before the change, so the
 * request is not held while Chromium prints. A copy stored for a change that is then refused
 * stays in the content-addressed store unreferenced, as an identical copy would be stored again.
 */
@Injectable()
export class DecisionPublishing {
  constructor(
    private readonly publications: Publications,
    private readonly inventory: RequestInventory,
    private readonly letters: LetterService,
    private readonly files: PublishedFiles,
    private readonly releases: ReleaseService,
  ) {}

  async schedule(actor: Actor, requestId: string, input: ScheduleInput): Promise<PublicationView> {
    const rows = await this.inventory.exportRows(actor, requestId);
    const copy = await this.letters.publicDecisionPdf(actor, requestId);
    const stored = copy && (await this.files.put(copy.pdf, DECISION_FILE));
    const scheduled = await this.publications.schedule(
      actor,
      requestId,
      input,
      rows.length === 0 ? null : rows,
      copy && stored && { letterId: copy.letterId, ...stored },
    );
    // Scheduling fixes the files anew: the released documents go with the decision again.
    if ((await this.releases.publish(actor, requestId)) === 0) return scheduled;
    return (await this.publications.find(actor, requestId)) ?? scheduled;
  }
}
