// Publications on a real SQLite file: a due publication is published by one conditional update
// (never twice, never after a withdrawal), and the sitemaps page the public files by keyset in
// fixed blocks, each of which validates against the DiWoo schema with xmllint.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { OrganisationRepository, type PublicationRecord, UnitOfWork } from '@wobdesk/persistence';
import { PublicationModule, Sitemaps } from '@wobdesk/publication';
import { DIWOO_EXAMPLES, validateDiwooXml } from '../support/diwoo-validation.js';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

const BASE = 'https://woo.example.nl';

describe('Publication storage and sitemaps (integration)', () => {
  let ctx: WorkflowContext;
  let storage: UnitOfWork;
  let organisationId: string;

  const publication = (n: number, publishOn: string): PublicationRecord => ({
    requestId: randomUUID(),
    organisationId,
    slug: `woo-${n}-abc`,
    title: `Besluit op Woo-verzoek over onderwerp ${n} & meer`,
    publishOn,
    adoptedAt: '2026-11-20T10:00:00+01:00',
    inventoryJson: '[]',
    publishedAt: null,
    withdrawnAt: null,
    withdrawalReason: null,
  });
  const schedule = (p: PublicationRecord) =>
    storage.transaction(async (tx) => {
      await tx.publications.save(p);
      const file = (kind: 'decision' | 'inventory', fileName: string) => ({
        id: randomUUID(),
        requestId: p.requestId,
        organisationId,
        kind,
        documentId: null,
        letterId: null,
        blobSha256: null,
        fileName,
        mediaType: 'application/pdf',
        title: `${kind} ${p.slug}`,
        bytes: 100,
        createdOn: '2026-11-20',
        publishedAt: null,
        withdrawnAt: null,
      });
      await tx.publications.addDocuments([
        file('decision', 'besluit.pdf'),
        file('inventory', 'inventarislijst.csv'),
      ]);
    });
  const sitemap = async (n: number, blockSize: number) => {
    let xml = '';
    for await (const piece of ctx.module.get(Sitemaps).sitemap(BASE, n, blockSize)) xml += piece;
    return xml;
  };

  beforeAll(async () => {
    ctx = await createWorkflowContext('2026-11-25', {}, [PublicationModule]);
    storage = ctx.module.get(UnitOfWork);
    organisationId = await ctx.newOrganisation();
    const coordinator = await ctx.newUser(organisationId, 'coordinator');
    await ctx.module.get(OrganisationRepository).changePublisher(
      organisationId,
      {
        tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344',
        tooiLabel: 'gemeente Utrecht',
      },
      coordinator.userId,
      new Date(),
    );
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('publishes a due publication once; a withdrawn one is never due nor published', async () => {
    const due = publication(1, '2026-11-25');
    const later = publication(2, '2026-11-26');
    const withdrawn = publication(3, '2026-11-24');
    for (const p of [due, later, withdrawn]) await schedule(p);
    const at = new Date('2026-11-25T10:00:00Z');
    expect(
      await storage.transaction((tx) =>
        tx.publications.markWithdrawn(withdrawn.requestId, at, 'x'),
      ),
    ).toBe(true);
    const found = await storage.read((tx) => tx.publications.due('2026-11-25', 10));
    expect(found.map((p) => p.slug)).toEqual(['woo-1-abc']);
    const first = await storage.transaction((tx) =>
      tx.publications.markPublished(due.requestId, at),
    );
    const second = await storage.transaction((tx) =>
      tx.publications.markPublished(due.requestId, at),
    );
    expect([first, second]).toEqual([true, false]);
    expect(
      await storage.transaction((tx) => tx.publications.markPublished(withdrawn.requestId, at)),
    ).toBe(false);
    expect(await storage.read((tx) => tx.publications.due('2026-11-25', 10))).toEqual([]);
    const files = await storage.read((tx) => tx.publications.documentsOf(due.requestId));
    expect(files.map((f) => [f.fileName, f.publishedAt?.toISOString()])).toEqual([
      ['besluit.pdf', at.toISOString()],
      ['inventarislijst.csv', at.toISOString()],
    ]);
  });

  it('writes sitemaps by fixed blocks of seq that validate, and drops withdrawn files', async () => {
    const at = new Date('2026-11-26T10:00:00Z');
    const more = [publication(4, '2026-11-26'), publication(5, '2026-11-26')];
    for (const p of more) await schedule(p);
    for (const p of more) {
      await storage.transaction((tx) => tx.publications.markPublished(p.requestId, at));
    }
    // Published: 1 (seq 1–2), 4 (seq 7–8), 5 (seq 9–10); 2 is not yet, 3 was withdrawn.
    const blocks = await storage.read((tx) => tx.publications.sitemapBlocks(4));
    expect(blocks.map((b) => b.block)).toEqual([0, 1, 2]);
    const index = await ctx.module.get(Sitemaps).index(BASE, 4);
    expect(index.match(/<loc>[^<]+<\/loc>/g)).toEqual([
      `<loc>${BASE}/sitemaps/1.xml</loc>`,
      `<loc>${BASE}/sitemaps/2.xml</loc>`,
      `<loc>${BASE}/sitemaps/3.xml</loc>`,
    ]);
    const third = await sitemap(3, 4);
    expect(third.match(/<loc>[^<]+<\/loc>/g)).toEqual([
      `<loc>${BASE}/openbaar/woo-5-abc/bestanden/besluit.pdf</loc>`,
      `<loc>${BASE}/openbaar/woo-5-abc/bestanden/inventarislijst.csv</loc>`,
    ]);
    expect(third).toContain('onderwerp 5 &amp; meer');
    for (const n of [1, 2, 3]) {
      expect(await validateDiwooXml(await sitemap(n, 4))).toEqual({ valid: true, errors: [] });
    }
    await storage.transaction((tx) => tx.publications.markWithdrawn(more[1]!.requestId, at, 'y'));
    expect(await sitemap(3, 4)).not.toContain('<url>');
    expect(await ctx.module.get(Sitemaps).index(BASE, 4)).not.toContain('sitemaps/3.xml');
  });

  it('refuses the invalid DiWoo example with its four errors (the schema is really checked)', async () => {
    const invalid = await readFile(`${DIWOO_EXAMPLES}invalid/sitemap-diwoo-invalid.xml`, 'utf8');
    const result = await validateDiwooXml(invalid);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(4);
    for (const name of ['sitemap-diwoo-0.9.8-rich-example.xml', 'sitemap-woo-web-documents.xml']) {
      const valid = await readFile(`${DIWOO_EXAMPLES}${name}`, 'utf8');
      expect(await validateDiwooXml(valid)).toEqual({ valid: true, errors: [] });
    }
  });
});
