import fc from 'fast-check';
import { type AssessedDocument, proposeItemOutcome } from './item-outcome-from-documents.js';
import { REFUSAL_GROUNDS } from './refusal-grounds.js';
import { DOCUMENT_ASSESSMENTS, type DocumentAssessment } from './vocabulary.js';

const groundArb = fc.constantFrom(...REFUSAL_GROUNDS.map((g) => g.code));
const documentOf = (assessments: readonly DocumentAssessment[]) =>
  fc.record({
    assessment: fc.constantFrom(...assessments),
    grounds: fc.array(groundArb, { maxLength: 3 }),
  });
const assessedArb: fc.Arbitrary<AssessedDocument> = documentOf(DOCUMENT_ASSESSMENTS);

describe('proposeItemOutcome', () => {
  it('should propose granted, refused or already_public when every counted document says so', () => {
    const cases = [
      ['public', 'granted'],
      ['not_public', 'refused'],
      ['already_public', 'already_public'],
    ] as const;
    for (const [assessment, outcome] of cases) {
      fc.assert(
        fc.property(
          fc.array(documentOf([assessment]), { minLength: 1, maxLength: 8 }),
          fc.array(documentOf(['out_of_scope']), { maxLength: 3 }),
          (own, outside) => {
            expect(proposeItemOutcome([...own, ...outside]).outcome).toBe(outcome);
          },
        ),
      );
    }
  });

  it('should propose no_documents when nothing within the request answers the item', () => {
    fc.assert(
      fc.property(fc.array(documentOf(['out_of_scope']), { maxLength: 5 }), (outside) => {
        const proposed = proposeItemOutcome(outside);
        expect(proposed).toEqual({
          outcome: 'no_documents',
          grounds: [],
          unassessed: 0,
          counted: 0,
        });
      }),
    );
  });

  it('should propose partly_granted exactly when something is withheld and something disclosed', () => {
    fc.assert(
      fc.property(fc.array(assessedArb, { minLength: 1, maxLength: 12 }), (documents) => {
        const kinds = new Set(documents.map((d) => d.assessment));
        const withheld = kinds.has('not_public') || kinds.has('partly_public');
        const disclosed =
          kinds.has('public') || kinds.has('already_public') || kinds.has('partly_public');
        expect(proposeItemOutcome(documents).outcome === 'partly_granted').toBe(
          withheld && disclosed,
        );
      }),
    );
  });

  it('should cite exactly the grounds of withheld documents, each once, in the order of the act', () => {
    fc.assert(
      fc.property(fc.array(assessedArb, { maxLength: 12 }), (documents) => {
        const { grounds } = proposeItemOutcome(documents);
        const expected = new Set(
          documents
            .filter((d) => d.assessment === 'not_public' || d.assessment === 'partly_public')
            .flatMap((d) => d.grounds),
        );
        expect(new Set(grounds)).toEqual(expected);
        expect(grounds).toHaveLength(expected.size);
        const ranks = grounds.map((c) => REFUSAL_GROUNDS.findIndex((g) => g.code === c));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it('should propose nothing while any document is unassessed, and say how many', () => {
    fc.assert(
      fc.property(
        fc.array(assessedArb, { maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (assessed, open) => {
          const unassessed = Array.from({ length: open }, () => ({
            assessment: null,
            grounds: [],
          }));
          const proposed = proposeItemOutcome([...assessed, ...unassessed]);
          expect(proposed.outcome).toBeNull();
          expect(proposed.unassessed).toBe(open);
        },
      ),
    );
  });
});
