import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyReply } from 'fastify';
import { ZipFile } from 'yazl';
import { Public } from '../auth/auth.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { statusNotFound } from '../common/http-errors.js';
import { rateLimited } from '../common/rate-limit.js';
import { STATUS_ROUTE } from '../public-status/public-status.paths.js';
import { sendReleasedFile } from './released-file.js';
import { fileNotFound } from './releases.controller.js';
import { type RequesterRelease, RequesterReleases } from './requester-releases.js';
import { asRequesterPrivate } from '../common/response-security.js';

export const ZIP_FILE_NAME = 'documenten.zip';

const NOT_FOUND = {
  type: ErrorResponse,
  description:
    'STATUS.NOT_FOUND (unknown or revoked token); RELEASE.NOT_AVAILABLE (no release, or the decision is not sent); RELEASE.FILE_NOT_FOUND (not a file of this request)',
};
const FORBIDDEN = {
  type: ErrorResponse,
  description:
    'RELEASE.NOT_YET_DISCLOSED with details.from: before the disclosure date; RELEASE.PROVISIONAL_MEASURE_PENDING with details.since: while a provisional measure against the disclosure is pending (Awb 8:81)',
};

/**
 * The requester's downloads of the released documents, by the status token; no login. The
 * token decides the request, so another request's file id is not found.
 */
@ApiTags('status check (requester)')
@Controller(STATUS_ROUTE)
export class RequesterDownloadsController {
  constructor(private readonly requester: RequesterReleases) {}

  @ApiOperation({
    summary: 'Download everything released as one ZIP: documents, decision, inventory',
    description:
      'Streamed as it is written. The bundles are left out: they hold the same documents.',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'application/zip' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiForbiddenResponse(FORBIDDEN)
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'RATE_LIMITED (Retry-After)' })
  @Public()
  @RouteConfig(rateLimited('status'))
  @Get(`:token/releases/${ZIP_FILE_NAME}`)
  async zip(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const release = await this.available(token);
    const decisions = await this.requester.decisionPdfs(release);
    const zip = new ZipFile();
    // PDFs and XLSX are compressed already: storing them saves the CPU for nothing.
    const stored = { compress: false };
    for (const f of release.files.filter((f) => f.kind !== 'bundle')) {
      zip.addReadStreamLazy(f.fileName, stored, (done) => done(null, this.requester.open(f)));
    }
    decisions.forEach((pdf, i) => {
      zip.addBuffer(pdf, i === 0 ? 'besluit.pdf' : `besluit-${i + 1}.pdf`, stored);
    });
    zip.end();
    reply.header('Content-Disposition', `attachment; filename="${ZIP_FILE_NAME}"`);
    reply.header('X-Content-Type-Options', 'nosniff');
    asRequesterPrivate(reply).header('Cache-Control', 'private, no-store');
    return new StreamableFile(zip.outputStream as never, { type: 'application/zip' });
  }

  @ApiOperation({ summary: 'Download one released file (a document, a bundle, the inventory)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The file' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiForbiddenResponse(FORBIDDEN)
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'RATE_LIMITED (Retry-After)' })
  @Public()
  @RouteConfig(rateLimited('status'))
  @Get(':token/releases/:fileId')
  async file(
    @Param('token') token: string,
    @Param('fileId') fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const release = await this.available(token);
    const file = release.files.find((f) => f.id === fileId);
    if (!file) throw fileNotFound();
    return sendReleasedFile(asRequesterPrivate(reply), file, this.requester.open(file));
  }

  /** The release when the requester may download it; the refusal otherwise. */
  private async available(token: string): Promise<RequesterRelease> {
    const release = await this.requester.forToken(token);
    if (!release) throw statusNotFound();
    const { availability } = release;
    if (availability.state === 'waiting') throw notYetDisclosed(availability.from);
    if (availability.state === 'held') throw heldByProvisionalMeasure(availability.since);
    if (availability.state === 'not_sent' || release.files.length === 0) throw notAvailable();
    return release;
  }
}

function notYetDisclosed(from: string): WorkflowError {
  return new WorkflowError(
    'forbidden',
    'RELEASE.NOT_YET_DISCLOSED',
    `De documenten kunt u downloaden vanaf ${from}.`,
    `The documents can be downloaded from ${from}.`,
    { from },
  );
}

function heldByProvisionalMeasure(since: string): WorkflowError {
  return new WorkflowError(
    'forbidden',
    'RELEASE.PROVISIONAL_MEASURE_PENDING',
    'Iemand heeft de rechter gevraagd de openbaarmaking tegen te houden. U kunt de documenten downloaden als de rechter heeft beslist en de openbaarmaking doorgaat.',
    'A provisional measure against the disclosure is pending: the documents can be downloaded once the court has ruled and the disclosure goes ahead.',
    { since },
  );
}

function notAvailable(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'RELEASE.NOT_AVAILABLE',
    'Er zijn (nog) geen documenten om te downloaden.',
    'There are no documents to download (yet).',
  );
}
