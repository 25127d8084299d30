import { randomUUID } from 'node:crypto';
import type { OrganisationRepository } from '@wobdesk/persistence';

/** Inserts a bare organisation (no letterhead) for a test and returns its id. */
export async function insertTestOrganisation(
  organisations: OrganisationRepository,
  name = `Gemeente ${randomUUID().slice(0, 8)}`,
  referencePrefix = 'WOO-',
  id: string = randomUUID(),
): Promise<string> {
  await organisations.insert({
    id,
    name,
    unit: null,
    returnAddress: null,
    visitingAddress: null,
    postalAddress: null,
    website: null,
    contactEmail: null,
    contactPhone: null,
    signatoryName: null,
    signatoryPosition: null,
    lateDecisionApology: null,
    signatoryTitle: null,
    onBehalfLine: null,
    objectionAddress: null,
    voice: 'ik',
    tooiUri: null,
    tooiLabel: null,
    referencePrefix,
    nextReferenceNumber: 1,
    createdAt: new Date(),
  });
  return id;
}
