import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DocumentRedactions } from '@wobdesk/documents';
import { type Actor, WorkflowError } from '@wobdesk/register';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { UUID_SHAPE } from '../common/validation.js';
import {
  AcceptSuggestionsDto,
  MarkAreaDto,
  MarkTermDto,
  RedactionMarkListResponse,
  RedactionSuggestionListResponse,
  RemovedCountResponse,
  RemoveTermDto,
} from './redactions.dto.js';
import { renderPageImage } from '@wobdesk/redaction';

const NOT_FOUND = {
  type: ErrorResponse,
  description: 'REQUEST.NOT_FOUND, DOCUMENT.NOT_FOUND',
};
const RULES = {
  type: ErrorResponse,
  description:
    'REQUEST.INVALID_INPUT naming the field and the rule; DOCUMENT.NOT_PDF (no PDF to mark); DOCUMENT.NOT_PARTLY_PUBLIC (marks only on a document assessed partly public)',
};
/** Enough to read a page on a screen, small enough to send quickly. */
const PAGE_DPI = 96;

const documentNumber = (value: string): number =>
  /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;

/** A mark id that cannot be one is a mark that does not exist (404, not 400). */
function markId(value: string): string {
  if (!UUID_SHAPE.test(value)) {
    throw new WorkflowError(
      'not_found',
      'DOCUMENT.REDACTION_NOT_FOUND',
      'Deze lakking hoort niet bij dit document.',
      'This redaction does not belong to this document.',
      { id: value },
    );
  }
  return value.toLowerCase();
}

/**
 * Marking what the released version of a document blacks out, each mark with its ground; the
 * pages as images to mark on. The marks are internal until the release.
 */
@ApiTags('documents')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class RedactionsController {
  constructor(private readonly redactions: DocumentRedactions) {}

  @ApiOperation({ summary: "The document's redaction marks, by page and from the top" })
  @ApiOkResponse({ type: RedactionMarkListResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  @Get('requests/:id/documents/:number/redactions')
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
  ): Promise<RedactionMarkListResponse> {
    return { marks: await this.redactions.list(actor, id, documentNumber(number)) };
  }

  @ApiOperation({
    summary: 'Personal data found in the document, to accept as marks',
    description:
      "E-mail addresses, Dutch phone numbers, IBANs (mod-97 check), BSNs (11-test) and the names of the third parties of the request, with the privacy ground of the decision's law.",
  })
  @ApiOkResponse({ type: RedactionSuggestionListResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse(RULES)
  @Get('requests/:id/documents/:number/redactions/suggestions')
  async suggestions(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
  ): Promise<RedactionSuggestionListResponse> {
    const found = await this.redactions.suggestions(actor, id, documentNumber(number));
    return {
      suggestions: found.suggestions.map((s) => ({ ...s, areas: [...s.areas] })),
      ground: found.ground.code,
    };
  }

  @ApiOperation({ summary: 'Mark every occurrence of a term (a recorded event)' })
  @ApiCreatedResponse({ type: RedactionMarkListResponse, description: 'The marks added' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse(RULES)
  @Post('requests/:id/documents/:number/redactions/term')
  async markTerm(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Body() body: MarkTermDto,
  ): Promise<RedactionMarkListResponse> {
    return { marks: await this.redactions.markTerm(actor, id, documentNumber(number), body) };
  }

  @ApiOperation({ summary: 'Mark an area of a page (a recorded event)' })
  @ApiCreatedResponse({ type: RedactionMarkListResponse, description: 'The mark added' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse(RULES)
  @Post('requests/:id/documents/:number/redactions/area')
  async markArea(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Body() body: MarkAreaDto,
  ): Promise<RedactionMarkListResponse> {
    return { marks: await this.redactions.markArea(actor, id, documentNumber(number), body) };
  }

  @ApiOperation({ summary: 'Accept suggestions, picked or all of a kind (a recorded event)' })
  @ApiCreatedResponse({ type: RedactionMarkListResponse, description: 'The marks added' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse(RULES)
  @Post('requests/:id/documents/:number/redactions/suggestions')
  async accept(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Body() body: AcceptSuggestionsDto,
  ): Promise<RedactionMarkListResponse> {
    return {
      marks: await this.redactions.acceptSuggestions(actor, id, documentNumber(number), body),
    };
  }

  @ApiOperation({
    summary: 'Remove every mark of a term (a recorded event)',
    description: 'A POST: the term is what is withheld and stays out of addresses and logs.',
  })
  @ApiOkResponse({ type: RemovedCountResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse(RULES)
  @Post('requests/:id/documents/:number/redactions/term/remove')
  @HttpCode(HttpStatus.OK)
  async removeTerm(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Body() body: RemoveTermDto,
  ): Promise<RemovedCountResponse> {
    return { removed: await this.redactions.removeTerm(actor, id, documentNumber(number), body) };
  }

  @ApiOperation({ summary: 'Remove one mark (a recorded event)' })
  @ApiParam({ name: 'markId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({
    ...NOT_FOUND,
    description: `${NOT_FOUND.description}, DOCUMENT.REDACTION_NOT_FOUND`,
  })
  @Delete('requests/:id/documents/:number/redactions/:markId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Param('markId') mark: string,
  ): Promise<void> {
    await this.redactions.remove(actor, id, documentNumber(number), markId(mark));
  }

  @ApiOperation({ summary: 'One page of the document as a PNG image (96 dpi), to mark on' })
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'image/png' })
  @ApiNotFoundResponse({
    ...NOT_FOUND,
    description: `${NOT_FOUND.description}, DOCUMENT.PAGE_NOT_FOUND`,
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: 'DOCUMENT.NOT_PDF' })
  @Get('requests/:id/documents/:number/pages/:page.png')
  async pageImage(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Param('page') page: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const wanted = /^\d{1,6}$/.test(page) ? Number(page) : Number.NaN;
    const file = await this.redactions.pageFile(actor, id, documentNumber(number), wanted);
    const png = await renderPageImage(file.path, file.page, { dpi: PAGE_DPI });
    // The page shows what may be withheld: the clerk's browser may keep it, no shared cache.
    reply.header('Cache-Control', 'private, max-age=300');
    reply.header('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(png, { type: 'image/png', length: png.length });
  }
}
