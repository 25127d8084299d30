import { type EntityManager, In, IsNull } from 'typeorm';
import { LetterEntity } from '../entities/letter.entity.js';
import type { LetterRepositoryPort, LetterScope, LetterSendingState } from './ports.js';
import type { LetterRecord, LetterSummary } from './records.js';

/** Every column but the HTML and the PDF. */
const SUMMARY_COLUMNS = {
  id: true,
  requestId: true,
  organisationId: true,
  eventSequence: true,
  kind: true,
  subject: true,
  templateVersion: true,
  templateSetHash: true,
  contentHash: true,
  pdfHash: true,
  law: true,
  warnings: true,
  letterDate: true,
  input: true,
  sentOn: true,
  sentAt: true,
  sentBy: true,
  createdAt: true,
  createdBy: true,
} as const;

const SENDING_COLUMNS = {
  id: true,
  kind: true,
  letterDate: true,
  sentOn: true,
  warnings: true,
} as const;

/** The letters port on TypeORM, bound to one transaction or read. */
export class TypeOrmLetterRepository implements LetterRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  async insert(letter: LetterRecord): Promise<void> {
    await this.em.insert(LetterEntity, letter);
  }

  find(scope: LetterScope): Promise<LetterRecord | null> {
    return this.em.findOneBy(LetterEntity, {
      id: scope.id,
      ...(scope.organisationId !== undefined && { organisationId: scope.organisationId }),
      ...(scope.requestId !== undefined && { requestId: scope.requestId }),
    });
  }

  summaries(organisationId: string, requestId: string): Promise<LetterSummary[]> {
    return this.em.find(LetterEntity, {
      where: { organisationId, requestId },
      order: { createdAt: 'ASC', id: 'ASC' },
      select: SUMMARY_COLUMNS,
    });
  }

  sendingState(scope: Required<LetterScope>): Promise<LetterSendingState | null> {
    return this.em.findOne(LetterEntity, { where: { ...scope }, select: SENDING_COLUMNS });
  }

  sendingStatesOfKind(
    organisationId: string,
    requestId: string,
    kind: string,
  ): Promise<LetterSendingState[]> {
    return this.em.find(LetterEntity, {
      where: { requestId, organisationId, kind },
      order: { createdAt: 'DESC', id: 'DESC' },
      select: SENDING_COLUMNS,
    });
  }

  async stampSent(id: string, sentOn: string, sentAt: Date, sentBy: string): Promise<boolean> {
    // `sent_on IS NULL` in the WHERE: the stamp is set once, even against a concurrent writer.
    const result = await this.em.update(
      LetterEntity,
      { id, sentOn: IsNull() },
      { sentOn, sentAt, sentBy },
    );
    return result.affected !== 0;
  }

  pdfs(organisationId: string, ids: readonly string[]) {
    return this.em.find(LetterEntity, {
      where: { id: In([...ids]), organisationId },
      select: { id: true, kind: true, pdfBase64: true, sentOn: true, letterDate: true },
    });
  }
}
