import { ReadAudit } from '../read-audit/read-audit.service.js';
import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DocumentReleases, type ReleasedFile } from '@wobdesk/documents';
import { type Actor, WorkflowError } from '@wobdesk/register';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { ReleaseService } from './release-service.js';
import { sendReleasedFile } from './released-file.js';
import { ReleaseDto, type ReleasedFileResponse, ReleaseListResponse } from './releases.dto.js';

const RULES = {
  type: ErrorResponse,
  description:
    'RELEASE.BLOCKED with details.documents [{number, rule}] (rule: unassessed, partly_public_without_redactions, no_pdf); RELEASE.NOTHING_TO_RELEASE; REQUEST.INVALID_INPUT naming the field and the rule',
};

export const fileNotFound = () =>
  new WorkflowError(
    'not_found',
    'RELEASE.FILE_NOT_FOUND',
    'Dit bestand hoort niet bij de vrijgegeven documenten van dit verzoek.',
    'This file is not one of the released files of this request.',
  );

/** The release of a request's documents, and its files for the clerk. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class ReleasesController {
  constructor(
    private readonly service: ReleaseService,
    private readonly releases: DocumentReleases,
    private readonly audit: ReadAudit,
  ) {}

  @ApiOperation({
    summary: 'Release the documents (a recorded event); replaces an earlier release',
    description:
      'Every document assessed public or partly public, listed once, as a new PDF with the marked areas blacked out and its inventory number stamped; bundles up to bundleMegabytes; the inventory as XLSX. Added to the publication when one is scheduled. Runs in the request.',
  })
  @ApiCreatedResponse({ type: ReleaseListResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'REQUEST.NOT_FOUND' })
  @ApiUnprocessableEntityResponse(RULES)
  @Post('requests/:id/releases')
  async release(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Body() body: ReleaseDto,
  ): Promise<ReleaseListResponse> {
    const files = await this.service.release(actor, id, body);
    return { files: files.map((f) => responseOf(id, f)) };
  }

  @ApiOperation({ summary: 'The files of the current release' })
  @ApiOkResponse({ type: ReleaseListResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'REQUEST.NOT_FOUND' })
  @Get('requests/:id/releases')
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
  ): Promise<ReleaseListResponse> {
    const files = await this.releases.list(actor, id);
    return { files: files.map((f) => responseOf(id, f)) };
  }

  @ApiOperation({ summary: 'Download a released file' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF (or the inventory XLSX)' })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'REQUEST.NOT_FOUND, RELEASE.FILE_NOT_FOUND',
  })
  @Get('requests/:id/releases/:fileId')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('fileId') fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = (await this.releases.list(actor, id)).find((f) => f.id === fileId);
    if (!file) throw fileNotFound();
    await this.audit.record(actor, 'document.download', id, `released ${file.fileName}`);
    return sendReleasedFile(reply, file, this.releases.open(file));
  }
}

function responseOf(requestId: string, f: ReleasedFile): ReleasedFileResponse {
  return {
    id: f.id,
    kind: f.kind,
    releaseNumber: f.releaseNumber,
    documentNumber: f.documentNumber,
    fileName: f.fileName,
    title: f.title,
    pages: f.pages,
    bytes: f.bytes,
    redactedBoxes: f.redactedBoxes,
    releasedAt: f.releasedAt.toISOString(),
    url: `/api/requests/${requestId}/releases/${f.id}`,
  };
}
