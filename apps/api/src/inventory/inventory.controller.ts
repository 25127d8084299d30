import { PassThrough, Readable } from 'node:stream';
import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  type InventoryRow,
  readInventoryCsv,
  readInventoryXlsx,
  unreadable,
  writeInventoryCsv,
  writeInventoryXlsx,
} from '@wobdesk/inventory';
import type { Actor } from '@wobdesk/register';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors, ApiRequestNotFound } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { uploadRefusal } from '../documents/upload-refusal.js';
import { InventoryImportResponse, OutcomeProposalsResponse } from './inventory.dto.js';
import { RequestInventory } from './request-inventory.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The inventory as a spreadsheet (out and back in) and the outcomes it proposes. */
@ApiTags('inventory')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class InventoryController {
  constructor(private readonly inventory: RequestInventory) {}

  @ApiOperation({
    summary: 'The inventory as XLSX in the productierapport columns (streamed)',
    description: 'Documents outside the request are left out.',
  })
  @ApiOkResponse({ description: 'The workbook, one row per document' })
  @ApiRequestNotFound()
  @ApiConflictResponse({
    type: ErrorResponse,
    description: 'INVENTORY.UNASSESSED: documents still to assess (details.unassessed, numbers)',
  })
  @Get('requests/:id/inventory.xlsx')
  async xlsx(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const rows = await this.inventory.exportRows(actor, id);
    return streamed(reply, rows, 'xlsx', XLSX_TYPE, writeInventoryXlsx);
  }

  @ApiOperation({
    summary:
      'The inventory as CSV (UTF-8 with BOM, comma-separated) in the productierapport columns',
  })
  @ApiOkResponse({ description: 'The CSV, one row per document' })
  @ApiRequestNotFound()
  @ApiConflictResponse({ type: ErrorResponse, description: 'INVENTORY.UNASSESSED' })
  @Get('requests/:id/inventory.csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const rows = await this.inventory.exportRows(actor, id);
    return streamed(reply, rows, 'csv', 'text/csv; charset=utf-8', (r, out) =>
      writeInventoryCsv(r, out),
    );
  }

  @ApiOperation({
    summary:
      'Import assessments from an inventory (multipart/form-data, one part "file": XLSX or CSV)',
    description:
      'Rows are matched by ID to the document numbers. All rows or none: any row error refuses ' +
      'the file and changes nothing. Grounds must be on the pick list of the law a decision ' +
      'taken today applies.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: InventoryImportResponse })
  @ApiRequestNotFound()
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description:
      'INVENTORY.IMPORT_REFUSED: details.errors lists each problem (row, column, code, Dutch message)',
  })
  @Post('requests/:id/inventory')
  @HttpCode(HttpStatus.OK)
  async import(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<InventoryImportResponse> {
    return this.inventory.importRows(actor, id, async (law) => {
      const content = await uploadedFile(request);
      if (content === undefined) return unreadable('er is geen bestand meegestuurd (veld "file").');
      return content.subarray(0, 4).equals(ZIP_MAGIC)
        ? readInventoryXlsx(Readable.from([content]), { law })
        : readInventoryCsv(Readable.from([content]), { law });
    });
  }

  @ApiOperation({
    summary: "The outcome per item that its documents' assessments propose for the decision",
    description:
      'A proposal: the decision step takes any outcome. `outcome` is null while documents of ' +
      'the item are unassessed.',
  })
  @ApiOkResponse({ type: OutcomeProposalsResponse })
  @ApiRequestNotFound()
  @Get('requests/:id/outcome-proposals')
  async proposals(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
  ): Promise<OutcomeProposalsResponse> {
    return { items: await this.inventory.proposals(actor, id) };
  }
}

function streamed(
  reply: FastifyReply,
  rows: readonly InventoryRow[],
  extension: string,
  type: string,
  write: (rows: readonly InventoryRow[], out: PassThrough) => Promise<void>,
): StreamableFile {
  const out = new PassThrough();
  write(rows, out).catch((error: unknown) => out.destroy(error as Error));
  reply.header('X-Content-Type-Options', 'nosniff');
  const matter = rows[0]?.matter ?? 'inventaris';
  return new StreamableFile(out, {
    type,
    disposition: `attachment; filename="inventarislijst-${matter.replace(/[^A-Za-z0-9.-]/g, '_')}.${extension}"`,
  });
}

/**
 * The one file of the upload, whole: the XLSX reader reads a workbook whole anyway, and the
 * multipart limit bounds its size. Undefined when nothing was sent.
 */
async function uploadedFile(request: FastifyRequest): Promise<Buffer | undefined> {
  if (!request.isMultipart()) return undefined;
  try {
    const part = await request.file();
    return part === undefined ? undefined : await part.toBuffer();
  } catch (error) {
    throw uploadRefusal(error);
  }
}
