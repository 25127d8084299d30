import { randomUUID } from 'node:crypto';
import {
  bandKeys,
  estimatedSimilarity,
  quotesInFull,
  signatureFromHex,
  signatureToHex,
  textSignature,
} from '@wobdesk/domain';
import type {
  DocumentDuplicateRepositoryPort,
  DocumentRecord,
  DuplicateProposalRecord,
} from '@wobdesk/persistence';

/** What the intake found among the documents just added, by number, for the history. */
export interface DuplicatesFound {
  readonly exact: readonly { number: number; duplicateOf: number }[];
  readonly proposed: readonly { kind: 'near' | 'thread'; number: number; twin: number }[];
}

interface FindContext {
  readonly requestId: string;
  readonly threshold: number;
  readonly now: Date;
  /** Who added the documents: exact duplicates are decided in their name. */
  readonly decidedBy: string | null;
  /** Numbers of earlier documents the exact twins may point at, by id. */
  readonly earlierNumbers: ReadonlyMap<string, number>;
}

/**
 * Inside the change that added `added` (already inserted, exact duplicates already pointing at
 * their lowest-numbered twin): records the exact duplicates as decided, stores each new
 * document's signature and proposes the near-duplicates among the candidates its band keys
 * find, and proposes the e-mails that a mail of the same thread quotes in full.
 */
export async function findDuplicates(
  repo: DocumentDuplicateRepositoryPort,
  added: readonly DocumentRecord[],
  context: FindContext,
): Promise<DuplicatesFound> {
  const numberOf = new Map([
    ...context.earlierNumbers,
    ...added.map((d) => [d.id, d.number] as const),
  ]);
  const proposals: DuplicateProposalRecord[] = [];
  const seen = new Set<string>();
  const propose = (
    kind: DuplicateProposalRecord['kind'],
    documentId: string,
    twinId: string,
    score: number,
  ) => {
    const key = `${kind}:${documentId}:${twinId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const decided = kind === 'exact';
    proposals.push({
      id: randomUUID(),
      requestId: context.requestId,
      kind,
      documentId,
      twinId,
      score: Math.round(score * 1000) / 1000,
      status: decided ? 'confirmed' : 'proposed',
      createdAt: context.now,
      decidedAt: decided ? context.now : null,
      decidedBy: decided ? context.decidedBy : null,
    });
  };

  for (const document of added) {
    if (document.duplicateOf !== null) {
      propose('exact', document.id, document.duplicateOf, 1);
      continue;
    }
    // Exact duplicates are left out: their twin's signature already stands for them.
    const signature = document.extractedText ? textSignature(document.extractedText) : null;
    if (signature === null) continue;
    const keys = bandKeys(signature);
    for (const candidate of await repo.signatureCandidates(context.requestId, keys)) {
      numberOf.set(candidate.documentId, candidate.number);
      const score = estimatedSimilarity(signature, signatureFromHex(candidate.signature));
      if (score >= context.threshold) propose('near', document.id, candidate.documentId, score);
    }
    await repo.insertSignature(context.requestId, document.id, signatureToHex(signature), keys);
  }

  const newMails = added.filter((d) => d.threadId !== null && d.extractedText);
  if (newMails.length > 0) {
    const thread = await repo.mailsInThreads(
      context.requestId,
      newMails.map((d) => d.threadId!),
    );
    for (const mail of newMails) {
      for (const other of thread) {
        if (other.id === mail.id || other.threadId !== mail.threadId) continue;
        numberOf.set(other.id, other.number);
        // The quoted mail is the one the inventory may leave out; the reply holds its text.
        if (quotesInFull(mail.extractedText!, other.text)) {
          propose('thread', other.id, mail.id, 1);
        } else if (quotesInFull(other.text, mail.extractedText!)) {
          propose('thread', mail.id, other.id, 1);
        }
      }
    }
  }

  await repo.insertProposals(proposals);
  const num = (id: string) => numberOf.get(id) ?? 0;
  return {
    exact: proposals
      .filter((p) => p.kind === 'exact')
      .map((p) => ({ number: num(p.documentId), duplicateOf: num(p.twinId) })),
    proposed: proposals
      .filter((p): p is DuplicateProposalRecord & { kind: 'near' | 'thread' } => p.kind !== 'exact')
      .map((p) => ({ kind: p.kind, number: num(p.documentId), twin: num(p.twinId) })),
  };
}
