import { ReadAudit } from '../../read-audit/read-audit.service.js';
import { Injectable } from '@nestjs/common';
import {
  DEFAULT_BUNDLE_MEGABYTES,
  DocumentReleases,
  MAX_BUNDLE_MEGABYTES,
} from '@wobdesk/documents';
import { amsterdamDateOf } from '@wobdesk/domain';
import { OrganisationRepository } from '@wobdesk/persistence';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ReleaseService } from '../../releases/release-service.js';
import { mediaTypeOf, safeFileName } from '../../releases/released-file.js';
import { sizeNl } from '../requester/release-downloads-view.js';
import { EMPTY_FORM, FormReader, type FormState, refusalStatus } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

type IdParams = { Params: { id: string } };
type FileParams = { Params: { id: string; fileId: string } };
const PREFIX = 'vrijgeven-';
const KIND_NL = { document: 'Document', bundle: 'Bundel', inventory: 'Inventarislijst' } as const;

/**
 * The release for the clerk (linked from the request page): the files of the current release
 * with download links, and the form that releases (again). A refusal, such as a document still
 * to be assessed or marked, is shown above the form with the API's status.
 */
@Injectable()
export class ReleasePages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly service: ReleaseService,
    private readonly releases: DocumentReleases,
    private readonly organisations: OrganisationRepository,
    private readonly audit: ReadAudit,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get<IdParams>(
      '/verzoeken/:id/vrijgeven',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const done = (request.query as Record<string, unknown>).gelukt === 'vrijgegeven';
        const notice = done ? 'De documenten zijn vrijgegeven.' : null;
        return this.act(reply, clerk, id, null, () => this.show(reply, clerk, id, null, notice));
      }),
    );
    scope.post<IdParams>(
      '/verzoeken/:id/vrijgeven',
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        const form = new FormReader(request.body);
        const typed = form.text('bundleMegabytes', { required: true, max: 4 }) ?? '';
        const megabytes = /^\d{1,4}$/.test(typed) ? Number(typed) : Number.NaN;
        if (form.ok && !(megabytes >= 1 && megabytes <= MAX_BUNDLE_MEGABYTES)) {
          form.errors.bundleMegabytes = `Vul een heel getal van 1 tot en met ${MAX_BUNDLE_MEGABYTES} in.`;
        }
        if (!form.ok) {
          return this.act(reply, clerk, id, form.state(), () =>
            this.show(reply, clerk, id, form.state(), null, 400),
          );
        }
        return this.act(reply, clerk, id, form.state(), async () => {
          await this.service.release(clerk.actor, id, { bundleMegabytes: megabytes });
          return reply.redirect(`/verzoeken/${id}/vrijgeven?gelukt=vrijgegeven`, 303);
        });
      }),
    );
    scope.get<FileParams>(
      '/verzoeken/:id/vrijgeven/:fileId',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, fileId } = request.params as FileParams['Params'];
        return this.act(reply, clerk, id, null, async () => {
          const file = (await this.releases.list(clerk.actor, id)).find((f) => f.id === fileId);
          if (!file) return this.kit.notFound(reply, clerk);
          await this.audit.record(
            clerk.actor,
            'document.download',
            id,
            `released ${file.fileName}`,
          );
          return reply
            .header('content-type', mediaTypeOf(file))
            .header('content-length', file.bytes)
            .header('x-content-type-options', 'nosniff')
            .header('content-disposition', `attachment; filename="${safeFileName(file.fileName)}"`)
            .send(this.releases.open(file));
        });
      }),
    );
  }

  /** Runs the work; a refusal of the register is shown above the form with the API's status. */
  private async act(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    form: FormState | null,
    work: () => Promise<unknown>,
  ) {
    return this.kit.onRequest(reply, clerk, id, work, (error) => {
      const refused = { ...(form ?? EMPTY_FORM), formError: error.nl };
      return this.show(reply, clerk, id, refused, null, refusalStatus(error));
    });
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    typed: FormState | null,
    notice: string | null,
    status = 200,
  ) {
    const files = await this.releases.list(clerk.actor, id);
    // The organisation's setting is the default the form starts from.
    const org = await this.organisations.find(clerk.actor.organisationId);
    const standard = org?.bundleMegabytes ?? DEFAULT_BUNDLE_MEGABYTES;
    const form: FormState = typed ?? {
      ...EMPTY_FORM,
      values: { bundleMegabytes: String(standard) },
    };
    return this.kit.html(
      reply,
      'vrijgeven',
      {
        title: 'Documenten vrijgeven',
        notice,
        requestId: id,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        releaseNumber: files[0]?.releaseNumber,
        releasedAt: files[0] && amsterdamDateOf(files[0].releasedAt).toString(),
        files: files.map((f) => ({
          href: `/verzoeken/${id}/vrijgeven/${f.id}`,
          kindNl: KIND_NL[f.kind],
          title: f.title,
          fileName: f.fileName,
          pages: f.kind === 'inventory' ? '' : String(f.pages),
          redactedBoxes: f.kind === 'document' ? String(f.redactedBoxes) : '',
          size: sizeNl(f.bytes),
        })),
        sizeField: fieldView(
          form,
          {
            name: 'bundleMegabytes',
            label: 'Grootte van een bundel (MB)',
            type: 'number',
            required: true,
            description: `De documenten komen ook samen in bundels van hoogstens deze grootte. Standaard ${standard} MB.`,
          },
          PREFIX,
        ),
      },
      clerk,
      status,
    );
  }
}
