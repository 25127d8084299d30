import type {
  LetterRecord,
  LetterRepositoryPort,
  LetterScope,
  LetterSendingState,
  LetterSummary,
} from '@wobdesk/persistence';
import {
  compareValues,
  copy,
  foreignKeyViolation,
  type Stores,
  uniqueViolation,
} from './stores.js';

const inScope = (l: LetterRecord, scope: LetterScope) =>
  l.id === scope.id &&
  (scope.organisationId === undefined || l.organisationId === scope.organisationId) &&
  (scope.requestId === undefined || l.requestId === scope.requestId);

const sendingStateOf = (l: LetterRecord): LetterSendingState => ({
  id: l.id,
  kind: l.kind,
  letterDate: l.letterDate,
  sentOn: l.sentOn,
  warnings: l.warnings,
});

const byCreation = (a: LetterRecord, b: LetterRecord) =>
  compareValues(a.createdAt, b.createdAt) || compareValues(a.id, b.id);

/** The letters port on the fake's tables: insert-only, apart from the sending stamp. */
export class InMemoryLetterRepository implements LetterRepositoryPort {
  constructor(private readonly db: Stores) {}

  async insert(letter: LetterRecord): Promise<void> {
    if (this.db.letters.has(letter.id)) throw uniqueViolation('letter', 'id');
    if (!this.db.requests.has(letter.requestId)) throw foreignKeyViolation('letter', 'request_id');
    if (!this.db.organisations.has(letter.organisationId)) {
      throw foreignKeyViolation('letter', 'organisation_id');
    }
    this.db.letters.set(letter.id, copy(letter));
  }

  async find(scope: LetterScope): Promise<LetterRecord | null> {
    const letter = this.db.letters.get(scope.id);
    return letter && inScope(letter, scope) ? copy(letter) : null;
  }

  async summaries(organisationId: string, requestId: string): Promise<LetterSummary[]> {
    return this.ofRequest(organisationId, requestId)
      .sort(byCreation)
      .map(({ html: _html, pdfBase64: _pdf, ...summary }) => copy(summary));
  }

  async sendingState(scope: Required<LetterScope>): Promise<LetterSendingState | null> {
    const letter = this.db.letters.get(scope.id);
    return letter && inScope(letter, scope) ? sendingStateOf(letter) : null;
  }

  async sendingStatesOfKind(
    organisationId: string,
    requestId: string,
    kind: string,
  ): Promise<LetterSendingState[]> {
    return this.ofRequest(organisationId, requestId)
      .filter((l) => l.kind === kind)
      .sort((a, b) => byCreation(b, a))
      .map(sendingStateOf);
  }

  async stampSent(id: string, sentOn: string, sentAt: Date, sentBy: string): Promise<boolean> {
    const letter = this.db.letters.get(id);
    if (!letter || letter.sentOn !== null) return false;
    Object.assign(letter, { sentOn, sentAt: new Date(sentAt), sentBy });
    return true;
  }

  async pdfs(organisationId: string, ids: readonly string[]) {
    return [...this.db.letters.values()]
      .filter((l) => l.organisationId === organisationId && ids.includes(l.id))
      .map(({ id, kind, pdfBase64, sentOn, letterDate }) => ({
        id,
        kind,
        pdfBase64,
        sentOn,
        letterDate,
      }));
  }

  private ofRequest(organisationId: string, requestId: string): LetterRecord[] {
    return [...this.db.letters.values()].filter(
      (l) => l.organisationId === organisationId && l.requestId === requestId,
    );
  }
}
