import type { ReleasedFile } from '@wobdesk/documents';
import type { ReleaseAvailability } from '../../releases/requester-releases.js';
import { releaseDownloadsView, sizeNl } from './release-downloads-view.js';

const file = (over: Partial<ReleasedFile>): ReleasedFile => ({
  id: 'f1',
  kind: 'document',
  releaseNumber: 1,
  documentId: 'd1',
  documentNumber: 1,
  fileName: 'document-1.pdf',
  title: 'Document 1',
  pages: 2,
  bytes: 12_345,
  redactedBoxes: 1,
  blobSha256: 'a'.repeat(64),
  releasedAt: new Date('2024-05-01T10:00:00Z'),
  ...over,
});
const release = (availability: ReleaseAvailability) => ({
  availability,
  files: [file({}), file({ id: 'f2', kind: 'inventory', fileName: 'inventarislijst.xlsx' })],
  decisionLetterIds: [],
  organisationId: 'o1',
});

describe('releaseDownloadsView', () => {
  it('shows nothing before the decision is sent, nor without a release', () => {
    expect(releaseDownloadsView('t', release({ state: 'not_sent' }))).toBeUndefined();
    expect(releaseDownloadsView('t', undefined)).toBeUndefined();
  });

  it('says from which date while a third party may object, and lists no file', () => {
    expect(releaseDownloadsView('t', release({ state: 'waiting', from: '2024-05-15' }))).toEqual({
      waitingNl: 'U kunt de documenten downloaden vanaf 15 mei 2024.',
    });
  });

  it('lists each file with its size, and the ZIP, once open', () => {
    expect(releaseDownloadsView('t', release({ state: 'open' }))).toEqual({
      files: [
        { url: '/api/status/t/releases/f1', title: 'Document 1', detailNl: 'pdf, 12 kB' },
        { url: '/api/status/t/releases/f2', title: 'Inventarislijst', detailNl: 'Excel, 12 kB' },
      ],
      zipUrl: '/api/status/t/releases/documenten.zip',
    });
  });
});

describe('sizeNl', () => {
  it('gives kB below a megabyte and MB with a decimal comma above', () => {
    expect(sizeNl(400)).toBe('1 kB');
    expect(sizeNl(340_000)).toBe('340 kB');
    expect(sizeNl(1_250_000)).toBe('1,3 MB');
  });
});
