import { ReadAudit } from '../read-audit/read-audit.service.js';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  type LetterDownload,
  type LetterFormat,
  type LetterInput,
  type LetterMetadata,
  LetterService,
} from '@wobdesk/correspondence';
import { isLetterKind, LETTER_KINDS } from '@wobdesk/letters';
import { type Actor, WorkflowError } from '@wobdesk/register';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors, ApiRequestNotFound } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { asLetterHtml } from '../common/response-security.js';
import { validationFailed } from '../common/validation.js';
import {
  GenerateLetterDto,
  LetterInputDto,
  letterInputOf,
  LetterMetadataResponse,
  SendLetterDto,
} from './letters.dto.js';

export const LETTERS_PATH = '/api/letters';

/** Metadata with the download links of the clerks' API. */
export function withLinks(letter: LetterMetadata) {
  return {
    ...letter,
    htmlUrl: `${LETTERS_PATH}/${letter.id}/html`,
    pdfUrl: `${LETTERS_PATH}/${letter.id}/pdf`,
  };
}

/** A path `:kind` that is no letter kind: a 400 naming the field, like a body field. */
export function checkKind(kind: string): void {
  if (!isLetterKind(kind)) {
    const message = `kind must be one of: ${LETTER_KINDS.join(', ')}`;
    throw validationFailed([{ field: 'kind', rule: 'isIn', message }]);
  }
}

export function parseFormat(format: string, notFound: () => WorkflowError): LetterFormat {
  if (format !== 'html' && format !== 'pdf') throw notFound();
  return format;
}

/** Sends a stored letter with its content type and a file name. */
export function sendFile(reply: FastifyReply, file: LetterDownload): Buffer | string {
  const disposition = file.contentType === 'application/pdf' ? 'attachment' : 'inline';
  reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', `${disposition}; filename="${file.fileName}"`)
    .header('X-Content-Type-Options', 'nosniff');
  if (file.contentType.startsWith('text/html')) asLetterHtml(reply);
  return file.body;
}

const letterNotFound = () =>
  new WorkflowError(
    'not_found',
    'LETTER.NOT_FOUND',
    'Deze brief bestaat niet (of niet bij uw organisatie).',
    'This letter does not exist (or not in your organisation).',
  );

/** Letters of a request: preview, generate, send, list, download. */
@ApiTags('letters')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class LettersController {
  constructor(
    private readonly letters: LetterService,
    private readonly audit: ReadAudit,
  ) {}

  @ApiOperation({ summary: 'Preview a letter as HTML; nothing is stored' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The letter as a complete HTML document' })
  @ApiRequestNotFound()
  @Get('requests/:id/letters/:kind/preview')
  @Header('Cache-Control', 'no-store')
  async preview(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return this.previewHtml(actor, id, kind, {}, reply);
  }

  @ApiOperation({
    summary: 'Preview a letter with extra input (e.g. the explanation of a clarification request)',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The letter as a complete HTML document' })
  @ApiRequestNotFound()
  @Post('requests/:id/letters/:kind/preview')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  async previewWithInput(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('kind') kind: string,
    @Body() body: LetterInputDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return this.previewHtml(actor, id, kind, letterInputOf(body), reply);
  }

  @ApiOperation({ summary: 'Generate a letter (HTML and PDF) and store it as a new draft version' })
  @ApiCreatedResponse({ type: LetterMetadataResponse })
  @ApiRequestNotFound()
  @ApiServiceUnavailableResponse({
    type: ErrorResponse,
    description: 'LETTER.PDF_UNAVAILABLE: the PDF browser (Chromium) is missing; nothing stored',
  })
  @Post('requests/:id/letters')
  @HttpCode(HttpStatus.CREATED)
  async generate(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Body() body: GenerateLetterDto,
  ) {
    return withLinks(await this.letters.generate(actor, id, body.kind, letterInputOf(body)));
  }

  @ApiOperation({
    summary:
      'Record that a letter was sent to the requester; a sent letter is never replaced and shows in the status check',
  })
  @ApiOkResponse({ type: LetterMetadataResponse })
  @ApiRequestNotFound()
  @ApiConflictResponse({
    type: ErrorResponse,
    description: 'LETTER.ALREADY_SENT, or REQUEST.STALE_VERSION',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description:
      'LETTER.BLOCKED: the letter has a blocking warning (details.warnings); a coordinator may send it with overrideReason',
  })
  @ApiForbiddenResponse({
    type: ErrorResponse,
    description: 'LETTER.OVERRIDE_FORBIDDEN: only a coordinator may give overrideReason',
  })
  @Post('requests/:id/letters/:letterId/send')
  @HttpCode(HttpStatus.OK)
  async send(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('letterId') letterId: string,
    @Body() body: SendLetterDto,
  ) {
    const override =
      body.overrideReason === undefined ? undefined : { reason: body.overrideReason };
    return withLinks(
      await this.letters.send(
        actor,
        id,
        letterId,
        body.sentOn,
        body.version,
        override,
        body.channel,
      ),
    );
  }

  @ApiOperation({ summary: 'The letters generated for a request, oldest first' })
  @ApiOkResponse({ type: [LetterMetadataResponse] })
  @ApiRequestNotFound()
  @Get('requests/:id/letters')
  async list(@CurrentActor() actor: Actor, @Param('id', RequestIdPipe) id: string) {
    return (await this.letters.list(actor, id)).map(withLinks);
  }

  @ApiOperation({ summary: 'Download a stored letter as HTML or PDF' })
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({ description: 'The stored letter, byte for byte' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'LETTER.NOT_FOUND' })
  @Get('letters/:letterId/:format')
  async download(
    @CurrentActor() actor: Actor,
    @Param('letterId') letterId: string,
    @Param('format') format: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    const file = await this.letters.download(actor, letterId, parseFormat(format, letterNotFound));
    await this.audit.record(actor, 'letter.view', file.requestId, `${letterId}.${format}`);
    return sendFile(reply, file);
  }

  private async previewHtml(
    actor: Actor,
    id: string,
    kind: string,
    input: LetterInput,
    reply: FastifyReply,
  ): Promise<string> {
    checkKind(kind);
    const preview = await this.letters.preview(actor, id, kind, input);
    await this.audit.record(actor, 'letter.view', id, `preview ${kind}`);
    asLetterHtml(reply).header('Content-Type', 'text/html; charset=utf-8');
    return preview.html;
  }
}
