import { checkDiskSpace, type FreeBytes, formatBytes } from './disk.check.js';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** Free space per existing path; other paths do not exist (ENOENT). */
const filesystem =
  (free: Record<string, number>): FreeBytes =>
  async (path) => {
    if (path in free) return free[path];
    throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  };

describe('checkDiskSpace', () => {
  it('plenty: OK with the free space', async () => {
    const result = await checkDiskSpace(
      'database',
      '/srv/data',
      filesystem({ '/srv/data': 50 * GIB }),
    );
    expect(result).toEqual({
      check: 'Disk space (database)',
      status: 'ok',
      detail: '50.0 GiB free at /srv/data',
    });
  });

  it('a directory not made yet: measured at its nearest existing parent', async () => {
    const result = await checkDiskSpace(
      'file store',
      '/srv/data/documents/new',
      filesystem({ '/srv': 10 * GIB }),
    );
    expect(result.detail).toBe('10.0 GiB free at /srv');
  });

  it('under the warning threshold: WARN; under the failure threshold: FAIL', async () => {
    const low = await checkDiskSpace('database', '/d', filesystem({ '/d': 1 * GIB }));
    expect(low).toMatchObject({ status: 'warn', detail: 'only 1.0 GiB free at /d' });
    const full = await checkDiskSpace('database', '/d', filesystem({ '/d': 50 * MIB }));
    expect(full).toMatchObject({
      status: 'fail',
      fix: 'free space or move database to a larger filesystem (at least 2.0 GiB)',
    });
  });

  it('an unreadable path: FAIL', async () => {
    const denied: FreeBytes = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect((await checkDiskSpace('database', '/d', denied)).status).toBe('fail');
  });

  it('formats bytes as MiB below a GiB', () => {
    expect(formatBytes(300 * MIB)).toBe('300 MiB');
  });
});
