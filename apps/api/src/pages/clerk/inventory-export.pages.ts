import { PassThrough } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { writeInventoryCsv, writeInventoryXlsx } from '@wobdesk/inventory';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance } from 'fastify';
import { UUID_SHAPE as REQUEST_ID } from '../../common/validation.js';
import { RequestInventory } from '../../inventory/request-inventory.service.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

const FORMATS = {
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: writeInventoryXlsx,
  },
  csv: { type: 'text/csv; charset=utf-8', write: writeInventoryCsv },
} as const;

/**
 * The inventory spreadsheet from the documents page, with the clerk's session (the API's routes
 * take a bearer token). Unassessed documents: a page that says how many, not a file.
 */
@Injectable()
export class InventoryExportPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly inventory: RequestInventory,
  ) {}

  routes(scope: FastifyInstance): void {
    for (const [format, { type, write }] of Object.entries(FORMATS)) {
      scope.get(
        `/verzoeken/:id/inventarislijst.${format}`,
        this.kit.clerkOnly(async (request, reply, clerk) => {
          const { id } = request.params as { id: string };
          if (!REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
          try {
            const rows = await this.inventory.exportRows(clerk.actor, id);
            const out = new PassThrough();
            write(rows, out).catch((error: unknown) => out.destroy(error as Error));
            return reply
              .header('content-type', type)
              .header('x-content-type-options', 'nosniff')
              .header('content-disposition', `attachment; filename="inventarislijst.${format}"`)
              .send(out);
          } catch (error) {
            if (!(error instanceof WorkflowError)) throw error;
            if (error.kind === 'not_found') return this.kit.notFound(reply, clerk);
            return this.kit.errorPage(
              reply,
              error.code === 'INVENTORY.UNASSESSED' ? 409 : 422,
              'Inventarislijst nog niet klaar',
              error.nl,
              clerk,
            );
          }
        }),
      );
    }
  }
}
