import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { type Clock, UUID_SHAPE } from '@wobdesk/domain';
import {
  isLetterKind,
  isLetterToRequester,
  LetterContextError,
  type LetterContexts,
  type LetterKind,
  LetterRenderError,
  LetterRenderer,
  type LetterWarning,
  PdfRenderer,
  publicDecisionContext,
  PdfRendererError,
  type RenderedLetter,
} from '@wobdesk/letters';
import { type LetterRecord, type Repositories, UnitOfWork } from '@wobdesk/persistence';
import {
  type Actor,
  CalendarSource,
  domainStep,
  hashToken,
  isWellFormedToken,
  type LetterChannel,
  letterNotFound,
  markLetterSent,
  RequestChanges,
  RequestReader,
  type SendOverride,
  StatusLinks,
  WorkflowError,
  workflowError,
} from '@wobdesk/register';
import {
  type AvailableLetter,
  checkLetterInput,
  letterContextOf,
  type LetterSources,
  lettersAvailable,
  type MappedLetter,
} from './letter-context/index.js';
import { publicCopyNames } from './letter-context/public-copy-names.js';
import {
  fileOf,
  isVisibleToRequester,
  type LetterDownload,
  type LetterFormat,
  type LetterMetadata,
  listLettersIn,
  toMetadata,
} from './letter-store.js';
import { signatoryWarnings } from './signatory-warnings.js';

export type { LetterDownload, LetterFormat, LetterMetadata } from './letter-store.js';

/** How often `generate` makes a letter anew when the facts it shows changed while printing. */
const MAX_LETTER_RENDERS = 3;

/** The facts a letter shows changed between rendering it and storing it. */
class LetterOutdated extends Error {}

/** The public copy of a sent decision letter, as PDF, for publication. */
export interface PublicDecisionPdf {
  /** The sent letter it is the public copy of. */
  readonly letterId: string;
  readonly sentOn: string;
  readonly pdf: Buffer;
}

export interface LetterPreview {
  readonly kind: string;
  readonly subject: string;
  readonly html: string;
  readonly warnings: readonly LetterWarning[];
}

/** A stored letter's PDF with what a mailer needs to attach it. */
export interface StoredLetterPdf extends LetterDownload {
  readonly id: string;
  readonly requestId: string;
  readonly organisationId: string;
  readonly kind: string;
  readonly subject: string;
  readonly sentOn?: string;
  readonly body: Buffer;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Letters whose sending is the bekendmaking of a besluit on the request (Awb 3:41). */
const DECISION_LETTERS: ReadonlySet<string> = new Set(['decision', 'not_handled_decision']);

/**
 * Letters of a request: preview (rendered, not stored), generate (rendered to HTML and PDF,
 * stored insert-only with a `letter_generated` event in the request's log), send (the letter's
 * sending stamp, set once, with a `letter_sent` event), list and download. Every query is scoped
 * to the actor's organisation; the requester reaches only the SENT letters of their own request,
 * through the status token.
 */
@Injectable()
export class LetterService {
  private readonly logger = new Logger(LetterService.name);

  constructor(
    private readonly storage: UnitOfWork,
    private readonly reader: RequestReader,
    private readonly changes: RequestChanges,
    private readonly calendars: CalendarSource,
    private readonly renderer: LetterRenderer,
    private readonly pdf: PdfRenderer,
    private readonly statusLinks: StatusLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async preview(
    actor: Actor,
    requestId: string,
    kind: string,
    input?: unknown,
  ): Promise<LetterPreview> {
    const { letter } = await this.renderFor(actor, requestId, kind, input);
    return { kind, subject: letter.subject, html: letter.html, warnings: letter.warnings };
  }

  /**
   * Renders and prints the letter outside any transaction (printing takes long), then stores it
   * in a short change against the request as it is then. No version is expected of the client:
   * a change in between that the letter does not show (an assignment, another letter) must not
   * fail it. Inside the change the letter is rendered again from the current facts; only when
   * that gives other bytes is it made anew, at most `MAX_LETTER_RENDERS` times (then a 409).
   */
  async generate(
    actor: Actor,
    requestId: string,
    kind: string,
    input?: unknown,
  ): Promise<LetterMetadata> {
    for (let attempt = 1; ; attempt++) {
      const { letter, mapped } = await this.renderFor(actor, requestId, kind, input);
      const pdf = await this.printPdf(letter.html);
      const row = this.letterRow(actor, requestId, kind, letter, mapped, pdf);
      try {
        await this.changes.run(actor, requestId, undefined, async (ctx) => {
          const now = await this.renderIn(ctx.tx, actor, requestId, kind, input);
          if (
            now.letter.contentHash !== row.contentHash ||
            now.mapped.eventSequence !== row.eventSequence
          ) {
            throw new LetterOutdated();
          }
          await ctx.tx.letters.insert(row);
          return {
            state: ctx.state,
            events: [
              {
                type: 'letter_generated',
                occurredOn: ctx.today.toString(),
                payload: { letterId: row.id, kind, eventSequence: mapped.eventSequence },
              },
            ],
          };
        });
        return this.storage.read(async (tx) => this.metadataOf(tx, row));
      } catch (error) {
        if (!(error instanceof LetterOutdated)) throw error;
        if (attempt >= MAX_LETTER_RENDERS) {
          throw workflowError('REQUEST.STALE_VERSION', { rule: 'letter_facts_kept_changing' });
        }
      }
    }
  }

  private letterRow(
    actor: Actor,
    requestId: string,
    kind: string,
    letter: RenderedLetter,
    mapped: MappedLetter,
    pdf: Buffer,
  ): LetterRecord {
    return {
      id: randomUUID(),
      requestId,
      organisationId: actor.organisationId,
      eventSequence: mapped.eventSequence,
      kind,
      subject: letter.subject,
      templateVersion: letter.templateVersion,
      templateSetHash: letter.templateSetHash,
      contentHash: letter.contentHash,
      html: letter.html,
      pdfBase64: pdf.toString('base64'),
      pdfHash: sha256(pdf),
      law: letter.law,
      warnings: JSON.stringify(letter.warnings),
      letterDate: (mapped.context as { date: string }).date,
      input: Object.keys(mapped.input).length > 0 ? JSON.stringify(mapped.input) : null,
      sentOn: null,
      sentAt: null,
      sentBy: null,
      createdAt: this.clock.now(),
      createdBy: actor.userId,
    };
  }

  /**
   * Records that a stored letter was sent to the requester on `sentOn`. Sending the decision
   * letter (or the decision not to handle the request) is the decision's bekendmaking: when the sending of the decision was not recorded
   * yet, it is recorded with it, on the same day (`decision_sent`, which starts the objection
   * window). A sent letter cannot be sent again (409); one with a blocking warning only by a
   * coordinator giving `override.reason` (otherwise 422 LETTER.BLOCKED).
   */
  async send(
    actor: Actor,
    requestId: string,
    letterId: string,
    sentOn: unknown,
    expectedVersion?: number,
    override?: SendOverride,
    channel?: LetterChannel,
  ): Promise<LetterMetadata> {
    if (typeof letterId !== 'string' || !UUID_SHAPE.test(letterId)) throw letterNotFound(letterId);
    const id = letterId.toLowerCase();
    await this.changes.run(actor, requestId, expectedVersion, async (ctx) => {
      const sent = await markLetterSent(
        ctx,
        id,
        sentOn,
        actor,
        isLetterToRequester,
        override,
        channel,
      );
      if (!DECISION_LETTERS.has(sent.kind) || ctx.state.facts.sentOn !== undefined) {
        return { state: ctx.state, events: sent.events };
      }
      const step = domainStep(ctx, { type: 'sendDecision', occurredOn: sent.sentOn });
      return { state: step.state, events: [...step.events, ...sent.events] };
    });
    return this.storage.read(async (tx) => {
      const all = await listLettersIn(tx, actor.organisationId, requestId);
      return all.find((m) => m.id === id)!;
    });
  }

  /**
   * The letter kinds the request can have now: those whose event has happened, each with the
   * extra input it takes, the one it requires and any other reason it would be refused.
   */
  async available(actor: Actor, requestId: string): Promise<AvailableLetter[]> {
    const { aggregate, organisation, sources } = await this.sourcesFor(actor, requestId);
    return lettersAvailable(aggregate, organisation, sources);
  }

  async list(actor: Actor, requestId: string): Promise<readonly LetterMetadata[]> {
    return this.storage.read(async (tx) => {
      const request = await tx.requests.find(actor.organisationId, requestId);
      if (!request) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      return listLettersIn(tx, actor.organisationId, requestId);
    });
  }

  async download(actor: Actor, letterId: string, format: LetterFormat): Promise<LetterDownload> {
    if (!UUID_SHAPE.test(letterId)) throw letterNotFound(letterId);
    const row = await this.storage.read((tx) =>
      tx.letters.find({ id: letterId.toLowerCase(), organisationId: actor.organisationId }),
    );
    if (!row) throw letterNotFound(letterId);
    return fileOf(row, format);
  }

  /**
   * A letter under the requester's status token: only a SENT letter of the token's request;
   * anything else (unknown, revoked, another request's, a draft) is the same `undefined`.
   */
  async downloadForToken(
    token: string,
    letterId: string,
    format: LetterFormat,
  ): Promise<LetterDownload | undefined> {
    if (!UUID_SHAPE.test(letterId)) return undefined;
    const row = await this.storage.read(async (tx) => {
      const request = await this.requestOfToken(tx, token);
      if (!request) return null;
      return tx.letters.find({
        id: letterId.toLowerCase(),
        requestId: request.id,
        organisationId: request.organisationId,
      });
    });
    return row && isVisibleToRequester({ kind: row.kind, sent: row.sentOn !== null })
      ? fileOf(row, format)
      : undefined;
  }

  /**
   * A stored letter's PDF by id, for attaching it to a message to the requester.
   * `organisationId`, when given, scopes the lookup; undefined for an unknown id.
   */
  async storedPdf(letterId: string, organisationId?: string): Promise<StoredLetterPdf | undefined> {
    if (typeof letterId !== 'string' || !UUID_SHAPE.test(letterId)) return undefined;
    const row = await this.storage.read((tx) =>
      tx.letters.find({
        id: letterId.toLowerCase(),
        ...(organisationId !== undefined && { organisationId }),
      }),
    );
    if (!row) return undefined;
    const file = fileOf(row, 'pdf');
    return {
      ...file,
      body: file.body as Buffer,
      id: row.id,
      requestId: row.requestId,
      organisationId: row.organisationId,
      kind: row.kind,
      subject: row.subject,
      ...(row.sentOn !== null && { sentOn: row.sentOn }),
    };
  }

  /**
   * The public copy of the newest sent decision letter: made again from the register with the
   * input that letter was made with, then with the personal data of everyone but the signatory
   * left out (`publicDecisionContext`). Null when no decision letter was sent.
   */
  async publicDecisionPdf(actor: Actor, requestId: string): Promise<PublicDecisionPdf | null> {
    const { aggregate, organisation, sources } = await this.sourcesFor(actor, requestId);
    const { sent, thirdParties } = await this.storage.read(async (tx) => {
      const states = await tx.letters.sendingStatesOfKind(
        actor.organisationId,
        requestId,
        'decision',
      );
      return {
        sent: states.find((s) => s.sentOn !== null),
        thirdParties: await tx.thirdParties.ofRequest(requestId),
      };
    });
    const made = sources.earlierInputs.find((l) => l.letterId === sent?.id);
    if (!sent || !made) return null;
    const mapped = letterContextOf('decision', aggregate, organisation, {
      ...sources,
      input: made.input,
    });
    const names = publicCopyNames(aggregate, thirdParties, sources.earlierInputs);
    const context = publicDecisionContext(mapped.context, names);
    const letter = this.render('decision', context, actor.organisationId);
    return { letterId: sent.id, sentOn: sent.sentOn!, pdf: await this.printPdf(letter.html) };
  }

  private async requestOfToken(tx: Repositories, token: string) {
    if (!isWellFormedToken(token)) return undefined;
    const row = await tx.requests.findByStatusTokenHash(hashToken(token));
    return row && row.statusTokenRevokedAt === null ? row : undefined;
  }

  private renderFor(
    actor: Actor,
    requestId: string,
    kind: string,
    rawInput: unknown,
  ): Promise<{ letter: RenderedLetter; mapped: MappedLetter; version: number }> {
    return this.storage.read((tx) => this.renderIn(tx, actor, requestId, kind, rawInput));
  }

  /** The letter from the facts as `tx` sees them. */
  private async renderIn(
    tx: Repositories,
    actor: Actor,
    requestId: string,
    kind: string,
    rawInput: unknown,
  ): Promise<{ letter: RenderedLetter; mapped: MappedLetter; version: number }> {
    if (!isLetterKind(kind)) {
      throw new WorkflowError(
        'invalid',
        'LETTER.UNKNOWN_KIND',
        `Onbekende soort brief "${kind}".`,
        `Unknown letter kind "${kind}".`,
        { field: 'kind' },
      );
    }
    const input = checkLetterInput(kind, rawInput);
    const { aggregate, organisation, sources } = await this.sourcesIn(tx, actor, requestId);
    const mapped = letterContextOf(kind, aggregate, organisation, { ...sources, input });
    const rendered = this.render(kind, mapped.context, actor.organisationId);
    return {
      // Stored with the letter, so the sending rules judge the letter as it was made.
      letter: { ...rendered, warnings: [...rendered.warnings, ...signatoryWarnings(organisation)] },
      mapped,
      version: aggregate.row.version,
    };
  }

  /** What the request and the organisation give every letter, loaded in one read. */
  private sourcesFor(actor: Actor, requestId: string) {
    return this.storage.read((tx) => this.sourcesIn(tx, actor, requestId));
  }

  private async sourcesIn(tx: Repositories, actor: Actor, requestId: string) {
    const calendar = await this.calendars.get();
    const today = this.clock.today();
    const aggregate = await this.reader.load(tx, actor.organisationId, requestId, calendar);
    const organisation = await tx.organisations.find(actor.organisationId);
    const earlier = await listLettersIn(tx, actor.organisationId, requestId);
    const documents = await tx.documents.inventoryRows(requestId);
    if (!organisation) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
    const sources: Omit<LetterSources, 'input'> = {
      calendar,
      today,
      documents,
      earlierInputs: earlier.reverse().map((l) => ({
        letterId: l.id,
        kind: l.kind as LetterKind,
        eventSequence: l.eventSequence,
        input: l.input,
      })),
      // The requester's status page, derived from the server secret (undefined when revoked).
      statusUrl: this.statusLinks.urlFor(aggregate.row),
      statusCode: this.statusLinks.codeFor(aggregate.row),
    };
    return { aggregate, organisation, sources };
  }

  private render<K extends LetterKind>(
    kind: K,
    context: unknown,
    organisation: string,
  ): RenderedLetter {
    try {
      return this.renderer.render(kind, context as LetterContexts[K], organisation);
    } catch (error) {
      if (error instanceof LetterContextError) {
        throw new WorkflowError('domain', error.code, error.nl, error.en, { ...error.details });
      }
      if (error instanceof LetterRenderError) {
        throw new WorkflowError(
          'invalid',
          error.code,
          `De brief kan niet worden gemaakt: ${error.message}`,
          `The letter cannot be made: ${error.message}`,
          { ...error.details },
        );
      }
      throw error;
    }
  }

  /** The PDF; a missing or stopped browser is a 503 the caller can retry, not a 500. */
  private async printPdf(html: string): Promise<Buffer> {
    try {
      return await this.pdf.render(html);
    } catch (error) {
      if (
        error instanceof PdfRendererError &&
        (error.code === 'PDF.BROWSER_UNAVAILABLE' || error.code === 'PDF.CLOSED')
      ) {
        this.logger.error(error.message);
        throw new WorkflowError(
          'unavailable',
          'LETTER.PDF_UNAVAILABLE',
          'De PDF kan nu niet worden gemaakt: de browser voor PDF (Chromium) is niet beschikbaar op de server. Er is niets opgeslagen; een voorbeeld in HTML kan wel. Meld dit aan de beheerder (CHROMIUM_PATH).',
          'The PDF cannot be made now: the PDF browser (Chromium) is not available on the server. Nothing was stored; an HTML preview still works. Tell the administrator (CHROMIUM_PATH).',
        );
      }
      throw error;
    }
  }

  private async metadataOf(tx: Repositories, row: LetterRecord): Promise<LetterMetadata> {
    const all = await listLettersIn(tx, row.organisationId, row.requestId);
    return all.find((m) => m.id === row.id) ?? toMetadata(row, 1);
  }
}
