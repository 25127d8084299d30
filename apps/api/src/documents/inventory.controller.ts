import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DocumentAssessments, type InventoryDocument } from '@wobdesk/documents';
import type { Actor } from '@wobdesk/register';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors, ApiRequestNotFound } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import {
  AssessDocumentsDto,
  AssessDocumentsResponse,
  ChangeDocumentDto,
  InventoryDocumentResponse,
  InventoryResponse,
} from './inventory.dto.js';
import { documentView } from './documents.controller.js';

const RULES_422 = {
  type: ErrorResponse,
  description: 'REQUEST.INVALID_INPUT: details.field and details.rule name what is wrong',
};

export function inventoryDocumentView(
  requestId: string,
  d: InventoryDocument,
): InventoryDocumentResponse {
  return {
    // The document as the documents list shows it; its family is told by number here.
    ...documentView(requestId, { ...d, grounds: null }),
    familyNumber: d.familyNumber,
    duplicateOfNumber: d.duplicateOfNumber,
    copyNumbers: d.copyNumbers,
    assessment: d.assessment,
    grounds: d.grounds,
    reasoning: d.assessmentReasoning,
    publicLink: d.publicLink,
    assessedAt: d.assessedAt?.toISOString() ?? null,
    items: d.items,
  };
}

/** The inventory of a request: documents filtered and paged, assessed one by one or in bulk. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class InventoryController {
  constructor(private readonly assessments: DocumentAssessments) {}

  @ApiOperation({
    summary: "The request's documents with their assessment, filtered and paged by number",
  })
  @ApiQuery({ name: 'assessment', required: false, description: 'An assessment or unassessed' })
  @ApiQuery({ name: 'ground', required: false, example: '5.1.2.e' })
  @ApiQuery({ name: 'family', required: false, description: 'Number of an e-mail' })
  @ApiQuery({ name: 'type', required: false, example: 'application/pdf' })
  @ApiQuery({ name: 'item', required: false, description: 'Number of a requested item' })
  @ApiQuery({
    name: 'q',
    required: false,
    description: 'Words that must all occur in the description or the extracted text (prefixes)',
  })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiQuery({ name: 'limit', required: false, example: 50, description: 'At most 200' })
  @ApiOkResponse({ type: InventoryResponse })
  @ApiRequestNotFound()
  @ApiUnprocessableEntityResponse(RULES_422)
  @Get('requests/:id/inventory')
  async inventory(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<InventoryResponse> {
    const view = await this.assessments.inventory(actor, id, query);
    return { ...view, documents: view.documents.map((d) => inventoryDocumentView(id, d)) };
  }

  @ApiOperation({
    summary: 'Assess a document and/or change its description, date and items (one event)',
  })
  @ApiOkResponse({ type: InventoryDocumentResponse })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'REQUEST.NOT_FOUND, DOCUMENT.NOT_FOUND',
  })
  @ApiUnprocessableEntityResponse(RULES_422)
  @Patch('requests/:id/documents/:number')
  async change(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Body() body: ChangeDocumentDto,
  ): Promise<InventoryDocumentResponse> {
    const wanted = /^\d{1,9}$/.test(number) ? Number(number) : Number.NaN;
    return inventoryDocumentView(id, await this.assessments.change(actor, id, wanted, body));
  }

  @ApiOperation({
    summary: 'Assess many documents at once, by number or by filter (one event lists them)',
  })
  @ApiOkResponse({ type: AssessDocumentsResponse })
  @ApiRequestNotFound()
  @ApiUnprocessableEntityResponse(RULES_422)
  @Post('requests/:id/documents/assessments')
  // Nothing is created: existing documents are changed.
  @HttpCode(HttpStatus.OK)
  async assessMany(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Body() body: AssessDocumentsDto,
  ): Promise<AssessDocumentsResponse> {
    const { numbers, filter, ...assessment } = body;
    return {
      numbers: await this.assessments.assessMany(
        actor,
        id,
        { numbers, filter: filter as Record<string, unknown> | undefined },
        assessment,
      ),
    };
  }
}
