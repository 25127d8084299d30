import { ReadAudit } from '../../read-audit/read-audit.service.js';
import { Injectable } from '@nestjs/common';
import {
  type DocumentPage,
  DocumentRefusal,
  DuplicateProposals,
  RequestDocuments,
} from '@wobdesk/documents';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UUID_SHAPE as REQUEST_ID } from '../../common/validation.js';
import { incomingFiles } from '../../documents/upload-refusal.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import { documentsNl } from '../shared/dutch-text.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { DUPLICATE_NOTICES, duplicateSectionView } from './duplicate-section.js';

type DocumentParams = { Params: { id: string; number?: string } };

/** The kinds of document in the clerk's words. */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'message/rfc822': 'E-mail',
  'application/vnd.ms-outlook': 'E-mail (Outlook)',
  'image/png': 'Afbeelding (PNG)',
  'image/jpeg': 'Afbeelding (JPEG)',
  'image/tiff': 'Afbeelding (TIFF)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument tekst',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument rekenblad',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentatie',
};

/** A size as a reader takes it in: bytes, kB or MB, with a decimal comma. */
function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toFixed(1).replace('.', ',')} ${unit}`;
}

function rowsOf({ documents, numbers }: DocumentPage) {
  return documents.map((d) => ({
    number: d.number,
    fileName: d.fileName,
    kind: KIND_LABELS[d.mediaType] ?? d.mediaType,
    pageCount: d.pageCount,
    hasPdf: d.pdfSha256 !== null,
    conversionNote: d.conversionNote,
    converting: d.conversion === 'pending',
    size: sizeLabel(d.sizeBytes),
    familyNumber: d.familyId === null ? null : (numbers.get(d.familyId) ?? null),
    documentDate: d.documentDate,
    description: d.description,
  }));
}

/**
 * The documents of a request on the pages: the list, the upload form and each stored file. The
 * upload is multipart: its CSRF token is the form's first field, checked before any file is read.
 */
@Injectable()
export class DocumentPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly documents: RequestDocuments,
    private readonly duplicates: DuplicateProposals,
    private readonly audit: ReadAudit,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get<DocumentParams>(
      '/verzoeken/:id/documenten',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as DocumentParams['Params'];
        const query = request.query as Record<string, string | undefined>;
        const added = Number(query.toegevoegd);
        const notice = Number.isInteger(added)
          ? `${documentsNl(added)} toegevoegd.`
          : (DUPLICATE_NOTICES[query.dubbel ?? ''] ?? null);
        // A page number out of shape shows the first page: a link, not a form, carries it.
        const offset = /^\d{1,9}$/.test(query.offset ?? '') ? Number(query.offset) : 0;
        return this.show(reply, clerk, id, { notice, offset });
      }),
    );
    scope.post<DocumentParams>(
      '/verzoeken/:id/documenten',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as DocumentParams['Params'];
        if (!REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
        if (!request.isMultipart()) {
          return this.show(reply, clerk, id, { uploadError: 'Kies een of meer bestanden.' }, 400);
        }
        const parts = request.parts();
        // A body that says multipart but cannot be read as such (no boundary) has no files.
        const first = await parts.next().catch(() => undefined);
        if (first === undefined) {
          return this.show(reply, clerk, id, { uploadError: 'Kies een of meer bestanden.' }, 400);
        }
        const token =
          !first.done && first.value.type === 'field' && first.value.fieldname === '_csrf'
            ? String(first.value.value)
            : undefined;
        if (!passesCsrf(scope, request, reply, token)) return reply;
        // The parser's errors (a body cut off) are the client's: refusals, as in the API.
        const files = () => incomingFiles({ [Symbol.asyncIterator]: () => parts });
        try {
          const added = await this.documents.add(clerk.actor, id, files());
          return reply.redirect(`/verzoeken/${id}/documenten?toegevoegd=${added.length}`, 303);
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found') {
            return this.kit.notFound(reply, clerk);
          }
          if (!(error instanceof DocumentRefusal)) throw error;
          return this.show(reply, clerk, id, { uploadError: error.nl }, error.status);
        }
      }),
    );
    scope.get<DocumentParams>(
      '/verzoeken/:id/documenten/:number/pdf',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number = '' } = request.params as DocumentParams['Params'];
        if (!REQUEST_ID.test(id) || !/^\d{1,9}$/.test(number))
          return this.kit.notFound(reply, clerk);
        try {
          const { document, content, size } = await this.documents.pdf(
            clerk.actor,
            id,
            Number(number),
          );
          await this.audit.record(clerk.actor, 'document.download', id, `${number} pdf`);
          const name = `${document.fileName.replace(/\.[^.]+$/, '')}.pdf`;
          return reply
            .header('content-type', 'application/pdf')
            .header('content-length', size)
            .header('x-content-type-options', 'nosniff')
            .header(
              'content-disposition',
              `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
            )
            .send(content);
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found') {
            return this.kit.notFound(reply, clerk);
          }
          throw error;
        }
      }),
    );
    scope.get<DocumentParams>(
      '/verzoeken/:id/documenten/:number',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number = '' } = request.params as DocumentParams['Params'];
        if (!REQUEST_ID.test(id) || !/^\d{1,9}$/.test(number))
          return this.kit.notFound(reply, clerk);
        try {
          const { document, content } = await this.documents.content(
            clerk.actor,
            id,
            Number(number),
          );
          await this.audit.record(clerk.actor, 'document.download', id, `${number} content`);
          return reply
            .header('content-type', document.mediaType)
            .header('content-length', document.sizeBytes)
            .header('x-content-type-options', 'nosniff')
            .header(
              'content-disposition',
              `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
            )
            .send(content);
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found') {
            return this.kit.notFound(reply, clerk);
          }
          throw error;
        }
      }),
    );
  }

  /** The page, with a notice or a refusal in the upload form or the duplicates section. */
  async show(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    view: {
      notice?: string | null;
      uploadError?: string;
      duplicateError?: string;
      offset?: number;
    },
    status = 200,
  ) {
    if (!REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
    try {
      const page = await this.documents.page(clerk.actor, id, { offset: view.offset ?? 0 });
      const duplicates = await this.duplicates.list(clerk.actor, id);
      return this.kit.html(
        reply,
        'documenten',
        {
          title: 'Documenten',
          requestId: id,
          documents: rowsOf(page),
          total: page.total,
          from: page.offset + 1,
          to: page.offset + page.documents.length,
          paged: page.total > page.limit,
          previous: page.offset > 0 ? pageLink(id, Math.max(0, page.offset - page.limit)) : null,
          next:
            page.offset + page.limit < page.total ? pageLink(id, page.offset + page.limit) : null,
          notice: view.notice ?? null,
          uploadError: view.uploadError ?? null,
          duplicates: duplicateSectionView(duplicates),
          duplicateError: view.duplicateError ?? null,
        },
        clerk,
        status,
      );
    } catch (error) {
      if (error instanceof WorkflowError && error.kind === 'not_found') {
        return this.kit.notFound(reply, clerk);
      }
      throw error;
    }
  }
}

function pageLink(requestId: string, offset: number): string {
  return `/verzoeken/${requestId}/documenten?offset=${offset}`;
}

/**
 * The scope's CSRF check on a token read from the multipart body. The check is synchronous: it
 * calls on when the token is good, and otherwise sends its 403 (the pages' error handler renders
 * it), so false means the reply is taken care of.
 */
function passesCsrf(
  scope: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string | undefined,
): boolean {
  (request as { body: unknown }).body = { _csrf: token };
  let passed = false;
  scope.csrfProtection(request, reply, () => {
    passed = true;
  });
  return passed;
}
