import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  isLetterKind,
  LetterContextError,
  type LetterContexts,
  LetterRenderError,
  LetterRenderer,
  type LetterWarning,
  PdfRenderer,
  type RenderedLetter,
} from '@wobdesk/letters';
import {
  LetterEntity,
  OrganisationEntity,
  RequestRepository,
  serialRead,
} from '@wobdesk/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarSource } from './calendar-source.js';
import { NOW, type Now } from './clock.js';
import { type Actor, WorkflowError } from './contract.js';
import {
  type GeneratableLetterKind,
  isGeneratableKind,
  letterContextOf,
  type MappedLetter,
} from './letter-context.js';
import { PublicStatusCache } from './public-status-cache.js';
import { RequestChanges } from './request-change.js';
import { RequestReader } from './request-reader.js';
import { hashToken, isWellFormedToken } from './status-token.js';
import { workflowError } from './workflow-errors.js';

/** A stored letter without its content. */
export interface LetterMetadata {
  readonly id: string;
  readonly requestId: string;
  readonly kind: string;
  readonly subject: string;
  readonly eventSequence: number;
  readonly templateVersion: string;
  readonly templateSetHash: string;
  readonly contentHash: string;
  readonly pdfHash: string;
  readonly law: string;
  readonly warnings: readonly LetterWarning[];
  /** ISO instant. */
  readonly createdAt: string;
  readonly createdBy: string | null;
  /** 1 for the first letter of this kind for the request, 2 for the next … */
  readonly version: number;
}

export interface LetterPreview {
  readonly kind: string;
  readonly subject: string;
  readonly html: string;
  readonly warnings: readonly LetterWarning[];
}

export type LetterFormat = 'html' | 'pdf';

export interface LetterDownload {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer | string;
}

const notFound = (id: string) =>
  new WorkflowError(
    'not_found',
    'LETTER.NOT_FOUND',
    'Deze brief bestaat niet (of niet bij uw organisatie).',
    'This letter does not exist (or not in your organisation).',
    { id },
  );

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Letters of a request: preview (rendered, not stored), generate (rendered to HTML and PDF,
 * stored insert-only with a `letter_generated` event in the request's log), list and download.
 * Every query is scoped to the actor's organisation; the requester reaches the letters of their
 * own request through the status token only.
 */
@Injectable()
export class LetterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: RequestReader,
    private readonly changes: RequestChanges,
    private readonly requests: RequestRepository,
    private readonly calendars: CalendarSource,
    private readonly renderer: LetterRenderer,
    private readonly pdf: PdfRenderer,
    private readonly statusCache: PublicStatusCache,
    @Inject(NOW) private readonly now: Now,
  ) {}

  async preview(actor: Actor, requestId: string, kind: string): Promise<LetterPreview> {
    const { letter } = await this.renderFor(actor, requestId, kind);
    return { kind, subject: letter.subject, html: letter.html, warnings: letter.warnings };
  }

  async generate(actor: Actor, requestId: string, kind: string): Promise<LetterMetadata> {
    const { letter, mapped, version } = await this.renderFor(actor, requestId, kind);
    const pdf = await this.pdf.render(letter.html);
    const id = randomUUID();
    const createdAt = this.now();
    const row: LetterEntity = Object.assign(new LetterEntity(), {
      id,
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
      createdAt,
      createdBy: actor.userId,
    });
    // Stored in the change that appends the event, against the version the letter was rendered
    // from: a change in between is a 409 (stale version) rather than a letter about old facts.
    await this.changes.run(actor, requestId, version, async (ctx) => {
      await ctx.em.insert(LetterEntity, row);
      return {
        state: ctx.state,
        events: [
          {
            type: 'letter_generated',
            occurredOn: ctx.today.toString(),
            payload: { letterId: id, kind, eventSequence: mapped.eventSequence },
          },
        ],
      };
    });
    // The requester's cached status page lists the letters: drop it (RequestChanges does too).
    this.statusCache.forget(requestId);
    return serialRead(this.dataSource, async (em) => this.metadataOf(em, row));
  }

  async list(actor: Actor, requestId: string): Promise<readonly LetterMetadata[]> {
    return serialRead(this.dataSource, async (em) => {
      const request = await this.requests.find(em, actor.organisationId, requestId);
      if (!request) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
      return listLettersIn(em, actor.organisationId, requestId);
    });
  }

  async download(actor: Actor, letterId: string, format: LetterFormat): Promise<LetterDownload> {
    if (!UUID.test(letterId)) throw notFound(letterId);
    const row = await serialRead(this.dataSource, (em) =>
      em.findOneBy(LetterEntity, {
        id: letterId.toLowerCase(),
        organisationId: actor.organisationId,
      }),
    );
    if (!row) throw notFound(letterId);
    return this.fileOf(row, format);
  }

  async downloadForToken(
    token: string,
    letterId: string,
    format: LetterFormat,
  ): Promise<LetterDownload | undefined> {
    if (!UUID.test(letterId)) return undefined;
    const row = await serialRead(this.dataSource, async (em) => {
      const request = await this.requestOfToken(em, token);
      if (!request) return null;
      return em.findOneBy(LetterEntity, {
        id: letterId.toLowerCase(),
        requestId: request.id,
        organisationId: request.organisationId,
      });
    });
    return row ? this.fileOf(row, format) : undefined;
  }

  private async requestOfToken(em: EntityManager, token: string) {
    if (!isWellFormedToken(token)) return undefined;
    const row = await this.requests.findByStatusTokenHash(em, hashToken(token));
    return row && row.statusTokenRevokedAt === null ? row : undefined;
  }

  private async renderFor(
    actor: Actor,
    requestId: string,
    kind: string,
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
    if (!isGeneratableKind(kind)) {
      throw new WorkflowError(
        'invalid',
        'LETTER.KIND_NOT_AVAILABLE',
        `Een brief van de soort "${kind}" kan nog niet uit het dossier worden gemaakt.`,
        `A letter of kind "${kind}" cannot be made from the register's data yet.`,
        { field: 'kind' },
      );
    }
    const calendar = await this.calendars.get();
    const { aggregate, organisation } = await serialRead(this.dataSource, async (em) => {
      const aggregate = await this.reader.load(em, actor.organisationId, requestId, calendar);
      const organisation = await em.findOneBy(OrganisationEntity, { id: actor.organisationId });
      return { aggregate, organisation };
    });
    if (!organisation) throw workflowError('REQUEST.NOT_FOUND', { id: requestId });
    const mapped = letterContextOf(kind, aggregate, organisation);
    return {
      letter: this.render(kind, mapped.context, actor.organisationId),
      mapped,
      version: aggregate.row.version,
    };
  }

  private render(
    kind: GeneratableLetterKind,
    context: MappedLetter['context'],
    organisation: string,
  ): RenderedLetter {
    try {
      return this.renderer.render(kind, context as LetterContexts[typeof kind], organisation);
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

  private async metadataOf(em: EntityManager, row: LetterEntity): Promise<LetterMetadata> {
    const all = await listLettersIn(em, row.organisationId, row.requestId);
    return all.find((m) => m.id === row.id) ?? toMetadata(row, 1);
  }

  private fileOf(row: LetterEntity, format: LetterFormat): LetterDownload {
    const base = `${row.kind}-${row.id}`;
    return format === 'pdf'
      ? {
          fileName: `${base}.pdf`,
          contentType: 'application/pdf',
          body: Buffer.from(row.pdfBase64, 'base64'),
        }
      : { fileName: `${base}.html`, contentType: 'text/html; charset=utf-8', body: row.html };
  }
}

const LIST_COLUMNS = {
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
  createdAt: true,
  createdBy: true,
} as const;

/** The letters of a request, oldest first, with their per-kind version numbers (one query). */
export async function listLettersIn(
  em: EntityManager,
  organisationId: string,
  requestId: string,
): Promise<LetterMetadata[]> {
  const rows = await em.find(LetterEntity, {
    where: { organisationId, requestId },
    order: { createdAt: 'ASC', id: 'ASC' },
    select: LIST_COLUMNS,
  });
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const version = (seen.get(row.kind) ?? 0) + 1;
    seen.set(row.kind, version);
    return toMetadata(row, version);
  });
}

function toMetadata(row: LetterEntity, version: number): LetterMetadata {
  return {
    id: row.id,
    requestId: row.requestId,
    kind: row.kind,
    subject: row.subject,
    eventSequence: row.eventSequence,
    templateVersion: row.templateVersion,
    templateSetHash: row.templateSetHash,
    contentHash: row.contentHash,
    pdfHash: row.pdfHash,
    law: row.law,
    warnings: JSON.parse(row.warnings) as LetterWarning[],
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    version,
  };
}
