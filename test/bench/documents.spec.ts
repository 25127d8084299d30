// The documents section's options and cases; its corpus is checked with the real tools in
// test/integration/bench-corpus.int-spec.ts.
import { documentsBenchmark, sizesOption } from './documents.bench.js';
import { makeZip } from './documents-corpus.js';
import { UsageError } from './options.js';

describe('documents benchmark', () => {
  it('names the cases --only selects', () => {
    expect(documentsBenchmark.cases.map((c) => c.name)).toEqual([
      'documents/import',
      'documents/list',
      'documents/export',
    ]);
  });

  it('runs 1k and 10k by default; 30k only when asked', () => {
    expect(sizesOption(undefined)).toEqual([1_000, 10_000]);
    expect(sizesOption('1000,10000,30000')).toEqual([1_000, 10_000, 30_000]);
  });

  it.each(['', '10', '1000,x', '1000.5'])('refuses --documents-sizes %j', (raw) => {
    expect(() => sizesOption(raw)).toThrow(UsageError);
  });

  it('writes a stored ZIP whose end record counts the entries and points at the directory', () => {
    const zip = makeZip([
      { name: 'a.txt', data: Buffer.from('een') },
      { name: 'b.txt', data: Buffer.from('twee') },
    ]);
    const end = zip.subarray(zip.length - 22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    expect(end.readUInt16LE(10)).toBe(2);
    const directoryAt = end.readUInt32LE(16);
    expect(zip.readUInt32LE(directoryAt)).toBe(0x02014b50);
    expect(directoryAt + end.readUInt32LE(12)).toBe(zip.length - 22);
  });
});
