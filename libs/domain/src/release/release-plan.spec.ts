import { planRelease, type ReleasableDocument } from './release-plan.js';

function doc(number: number, over: Partial<ReleasableDocument> = {}): ReleasableDocument {
  return {
    id: `d${number}`,
    number,
    duplicateOf: null,
    assessment: 'public',
    hasPdf: true,
    boxCount: 0,
    ...over,
  };
}

describe('planRelease', () => {
  it('releases public and partly public documents with marks, and nothing else', () => {
    const plan = planRelease([
      doc(1),
      doc(2, { assessment: 'partly_public', boxCount: 3 }),
      doc(3, { assessment: 'not_public' }),
      doc(4, { assessment: 'already_public' }),
      doc(5, { assessment: 'out_of_scope' }),
    ]);
    expect(plan.released.map((d) => d.number)).toEqual([1, 2]);
    expect(plan.blocked).toEqual([]);
  });

  it('releases a copy once, as its twin', () => {
    const plan = planRelease([doc(1), doc(2, { duplicateOf: 'd1' })]);
    expect(plan.released.map((d) => d.number)).toEqual([1]);
  });

  it('is stopped by unassessed documents, partly public ones without marks and ones without a PDF', () => {
    const plan = planRelease([
      doc(1, { assessment: null }),
      doc(2, { assessment: 'partly_public', boxCount: 0 }),
      doc(3, { hasPdf: false }),
      doc(4, { assessment: 'not_public', hasPdf: false }),
    ]);
    expect(plan.blocked).toEqual([
      { number: 1, rule: 'unassessed' },
      { number: 2, rule: 'partly_public_without_redactions' },
      { number: 3, rule: 'no_pdf' },
    ]);
  });
});
