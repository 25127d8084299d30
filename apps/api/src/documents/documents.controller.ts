import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type IncomingFile, OfficeConversions, RequestDocuments } from '@wobdesk/documents';
import type { DocumentSummary } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors, ApiRequestNotFound } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { incomingFiles } from './upload-refusal.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { DocumentListResponse, DocumentPageResponse, DocumentResponse } from './documents.dto.js';

/** A document as the API shows it, with the link to its content. */
export function documentView(requestId: string, d: DocumentSummary): DocumentResponse {
  return {
    number: d.number,
    fileName: d.fileName,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    pageCount: d.pageCount,
    conversion: d.conversion as DocumentResponse['conversion'],
    conversionNote: d.conversionNote,
    widthPx: d.widthPx,
    heightPx: d.heightPx,
    sha256: d.sha256,
    familyNumber: null,
    duplicateOfNumber: null,
    copyNumbers: [],
    threadId: d.threadId,
    documentDate: d.documentDate,
    description: d.description,
    createdAt: d.createdAt.toISOString(),
    contentUrl: `/api/requests/${requestId}/documents/${d.number}/content`,
    pdfUrl: d.pdfSha256 === null ? null : `/api/requests/${requestId}/documents/${d.number}/pdf`,
  };
}

/**
 * Each document with its family told by number (the e-mail it came attached to), the document
 * listed in its place and, for a listed one, the copies that refer to it; `numbers` and `copies`
 * hold these for documents beyond the ones shown (a page of the list).
 */
function documentViews(
  requestId: string,
  documents: readonly DocumentSummary[],
  numbers: ReadonlyMap<string, number> = new Map(documents.map((d) => [d.id, d.number])),
  copies: ReadonlyMap<string, readonly number[]> = copiesAmong(documents),
) {
  return documents.map((d) => ({
    ...documentView(requestId, d),
    copyNumbers: [...(copies.get(d.id) ?? [])],
    familyNumber: d.familyId === null ? null : (numbers.get(d.familyId) ?? null),
    duplicateOfNumber: d.duplicateOf === null ? null : (numbers.get(d.duplicateOf) ?? null),
  }));
}

function copiesAmong(documents: readonly DocumentSummary[]): Map<string, number[]> {
  const copies = new Map<string, number[]>();
  for (const d of documents) {
    if (d.duplicateOf !== null)
      copies.set(d.duplicateOf, [...(copies.get(d.duplicateOf) ?? []), d.number]);
  }
  return copies;
}

/** The documents of a request: upload (multipart, streamed), list, content. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: RequestDocuments,
    private readonly conversions: OfficeConversions,
  ) {}

  @ApiOperation({
    summary: 'Add documents to a request (multipart/form-data, one or more parts "files")',
    description:
      'PDF, e-mail (.eml, its attachments become its family), office files, PNG/JPEG/TIFF and ZIP ' +
      'archives of these. The type is detected from the content. All files are taken in or none: ' +
      'a refused file leaves nothing stored.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
    },
  })
  @ApiCreatedResponse({ type: DocumentListResponse, description: 'The documents added, numbered' })
  @ApiRequestNotFound()
  @ApiPayloadTooLargeResponse({ type: ErrorResponse, description: 'DOCUMENT.TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({
    type: ErrorResponse,
    description:
      'DOCUMENT.TYPE_MISMATCH (the name lies about the content), DOCUMENT.UNSUPPORTED_TYPE',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description:
      'DOCUMENT.EMPTY, DOCUMENT.CORRUPT, DOCUMENT.ENCRYPTED, DOCUMENT.OFFICE_UNREADABLE, ' +
      'DOCUMENT.ZIP_UNSAFE_PATH, DOCUMENT.ZIP_BOMB',
  })
  @Post('requests/:id/documents')
  @HttpCode(HttpStatus.CREATED)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<DocumentListResponse> {
    // Not multipart is no files: refused after the request is found, so another organisation's
    // request answers 404 whatever is sent.
    const files = request.isMultipart() ? filesOf(request) : noFiles();
    const added = await this.documents.add(actor, id, files);
    return { documents: documentViews(id, added) };
  }

  @ApiOperation({ summary: "The request's documents, by number, a page at a time" })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiQuery({ name: 'limit', required: false, example: 50, description: 'At most 200' })
  @ApiOkResponse({ type: DocumentPageResponse })
  @ApiRequestNotFound()
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: 'REQUEST.INVALID_INPUT: details.field (offset, limit) and details.rule',
  })
  @Get('requests/:id/documents')
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<DocumentPageResponse> {
    const { documents, numbers, copies, ...page } = await this.documents.page(actor, id, query);
    return { ...page, documents: documentViews(id, documents, numbers, copies) };
  }

  @ApiOperation({ summary: 'The stored file of a document, with its media type' })
  @ApiOkResponse({ description: 'The file as it was taken in' })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'REQUEST.NOT_FOUND, DOCUMENT.NOT_FOUND',
  })
  @Get('requests/:id/documents/:number/content')
  async content(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const wanted = /^\d{1,9}$/.test(number) ? Number(number) : Number.NaN;
    const { document, content } = await this.documents.content(actor, id, wanted);
    reply.header('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content, {
      type: document.mediaType,
      length: document.sizeBytes,
      disposition: `attachment; filename="${asciiName(document.fileName)}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    });
  }

  @ApiOperation({ summary: 'The PDF made from an office document, for review and release' })
  @ApiOkResponse({ description: 'application/pdf' })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description:
      'REQUEST.NOT_FOUND, DOCUMENT.NOT_FOUND, DOCUMENT.NO_PDF (not an office document, or not converted)',
  })
  @Get('requests/:id/documents/:number/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const wanted = /^\d{1,9}$/.test(number) ? Number(number) : Number.NaN;
    const { document, content, size } = await this.documents.pdf(actor, id, wanted);
    reply.header('X-Content-Type-Options', 'nosniff');
    const name = `${document.fileName.replace(/\.[^.]+$/, '')}.pdf`;
    return new StreamableFile(content, {
      type: 'application/pdf',
      length: size,
      disposition: `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }

  @ApiOperation({
    summary: "Queue an office document's conversion to PDF again",
    description:
      'After it was not converted (LibreOffice missing, too slow, or failing): the conversion ' +
      'job tries again, attempts counted from zero. Recorded in the request history.',
  })
  @ApiAcceptedResponse({ type: DocumentResponse, description: 'The document, conversion pending' })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'REQUEST.NOT_FOUND, DOCUMENT.NOT_FOUND',
  })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: 'DOCUMENT.CONVERSION_PENDING, DOCUMENT.ALREADY_CONVERTED',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: 'DOCUMENT.NOT_OFFICE' })
  @Post('requests/:id/documents/:number/conversion')
  @HttpCode(HttpStatus.ACCEPTED)
  async requeueConversion(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
  ): Promise<DocumentResponse> {
    const wanted = /^\d{1,9}$/.test(number) ? Number(number) : Number.NaN;
    return documentView(id, await this.conversions.requeue(actor, id, wanted));
  }
}

/** The file parts of a multipart request, one at a time, as the parser reaches them. */
function filesOf(request: FastifyRequest): AsyncIterable<IncomingFile> {
  return incomingFiles(request.files());
}

// An empty upload, for a body that is not multipart.
async function* noFiles(): AsyncIterable<IncomingFile> {}

/** A file name safe inside a quoted header value (the exact name follows in filename*). */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}
