import type { FastifyReply } from 'fastify';

/**
 * Headers of the requester's data export, the same from the API and from the request page: a
 * file to save (it goes to the requester), never kept in a cache on the way.
 */
export function asRequesterDataDownload(reply: FastifyReply, requestId: string): void {
  reply.header(
    'Content-Disposition',
    `attachment; filename="gegevens-aanvrager-${requestId}.json"`,
  );
  reply.header('Cache-Control', 'no-store');
}
