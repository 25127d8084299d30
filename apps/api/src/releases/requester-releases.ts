import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { DocumentReleases, type ReleasedFile, releasedFileOf } from '@wobdesk/documents';
import { type Clock, LocalDate } from '@wobdesk/domain';
import { type RequestRecord, UnitOfWork } from '@wobdesk/persistence';
import { hashToken, isWellFormedToken } from '@wobdesk/register';

/**
 * Whether the requester may download the release: only once the decision is sent, and when a
 * third party is expected to object, not before the disclosure date, and not while a provisional
 * measure against the disclosure is pending (LD-RELEASE-DOWNLOAD).
 */
export type ReleaseAvailability =
  | { readonly state: 'not_sent' }
  | { readonly state: 'held'; readonly since: string }
  | { readonly state: 'waiting'; readonly from: string }
  | { readonly state: 'open' };

/** The release of the request behind a status token, as its requester may see it. */
export interface RequesterRelease {
  readonly availability: ReleaseAvailability;
  /** The released files: documents, bundles, the inventory. Empty when there is no release. */
  readonly files: readonly ReleasedFile[];
  /** The sent decision letters, newest first, to put in the ZIP. */
  readonly decisionLetterIds: readonly string[];
  readonly organisationId: string;
}

/**
 * The requester's side of the release: the token decides the request, so a file id of another
 * request is simply not found. An unknown, malformed or revoked token gives `undefined`.
 */
@Injectable()
export class RequesterReleases {
  constructor(
    private readonly storage: UnitOfWork,
    private readonly releases: DocumentReleases,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forToken(token: string): Promise<RequesterRelease | undefined> {
    if (!isWellFormedToken(token)) return undefined;
    return this.storage.read(async (tx) => {
      const row = await tx.requests.findByStatusTokenHash(hashToken(token));
      if (!row || row.statusTokenRevokedAt !== null) return undefined;
      const letters = await tx.letters.sendingStatesOfKind(row.organisationId, row.id, 'decision');
      return {
        availability: availabilityOf(row, this.clock.today()),
        files: (await tx.releases.ofRequest(row.id)).map(releasedFileOf),
        decisionLetterIds: letters.filter((l) => l.sentOn !== null).map((l) => l.id),
        organisationId: row.organisationId,
      };
    });
  }

  open(file: ReleasedFile) {
    return this.releases.open(file);
  }

  /** The PDFs of the release's decision letters. */
  async decisionPdfs(release: RequesterRelease): Promise<Buffer[]> {
    if (release.decisionLetterIds.length === 0) return [];
    const pdfs = await this.storage.read((tx) =>
      tx.letters.pdfs(release.organisationId, release.decisionLetterIds),
    );
    return pdfs.map((p) => Buffer.from(p.pdfBase64, 'base64'));
  }
}

export function availabilityOf(
  row: Pick<RequestRecord, 'sentOn' | 'disclosureDate' | 'provisionalMeasureSince'>,
  today: LocalDate,
): ReleaseAvailability {
  if (row.sentOn === null) return { state: 'not_sent' };
  // The court decides first: a download is disclosure, which the measure asks to prevent.
  if (row.provisionalMeasureSince !== null) {
    return { state: 'held', since: row.provisionalMeasureSince };
  }
  if (row.disclosureDate !== null && today.isBefore(LocalDate.parse(row.disclosureDate))) {
    return { state: 'waiting', from: row.disclosureDate };
  }
  return { state: 'open' };
}
