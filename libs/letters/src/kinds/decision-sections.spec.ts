import type { DecisionAnswer } from '../letter-contexts.js';
import { type DecisionFacts, decisionSections } from './decision-sections.js';

const granted: DecisionAnswer = { items: [1], body: 'b', outcome: 'granted' };
const refused: DecisionAnswer = { items: [2], body: 'b', outcome: 'refused' };
const facts = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  request: { regime: 'woo' },
  assessment: { answers: [granted] },
  ...over,
});

describe(decisionSections.name, () => {
  describe('Zienswijzen', () => {
    it('should appear only when a third party was asked for a view', () => {
      expect(decisionSections(facts(), 'woo').views).toBeUndefined();
      const views = decisionSections(
        facts({
          thirdPartyViews: [{ askedOn: '2024-01-09', thirdParties: 'de initiatiefnemer' }],
          viewsSummary: 'Zij zijn tegen.',
        }),
        'woo',
      ).views;
      expect(views).toEqual({
        asked: [{ askedOn: '2024-01-09', thirdParties: 'de initiatiefnemer' }],
        summary: 'Zij zijn tegen.',
        disclosureWaits: false,
      });
    });

    it('should say disclosure waits only when something is disclosed and an objection expected', () => {
      const asked = [{ askedOn: '2024-01-09', thirdParties: 'een bedrijf' }];
      const waits = (answers: DecisionAnswer[], objectionExpected: boolean) =>
        decisionSections(
          facts({ thirdPartyViews: asked, objectionExpected, assessment: { answers } }),
          'woo',
        ).views?.disclosureWaits;
      expect(waits([granted], true)).toBe(true);
      expect(waits([{ ...granted, outcome: 'partly_granted' }], true)).toBe(true);
      expect(waits([refused], true)).toBe(false);
      expect(waits([granted], false)).toBe(false);
    });
  });

  describe('Wijze van openbaarmaking', () => {
    it('should appear only when something is disclosed', () => {
      expect(
        decisionSections(facts({ assessment: { answers: [refused] } }), 'woo').disclosure,
      ).toBeUndefined();
      expect(decisionSections(facts(), 'woo').disclosure).toEqual({
        afterObjectionTerm: false,
        article: 'artikel 4.4, vijfde lid, van de Woo',
      });
    });

    it('should wait two weeks when an objection is expected, with the date once it is known', () => {
      expect(decisionSections(facts({ objectionExpected: true }), 'woo').disclosure).toEqual({
        afterObjectionTerm: true,
        article: 'artikel 4.4, vijfde lid, van de Woo',
      });
      expect(
        decisionSections(facts({ objectionExpected: true, disclosureDate: '2024-02-19' }), 'woo')
          .disclosure,
      ).toMatchObject({ afterObjectionTerm: true, disclosureDate: '2024-02-19' });
    });

    it('should cite the article of the term regime: Wob 6 lid 5 for a Wob request', () => {
      expect(
        decisionSections(facts({ request: { regime: 'wob' }, objectionExpected: true }), 'woo')
          .disclosure?.article,
      ).toBe('artikel 6, vijfde lid, van de Wob');
    });
  });

  describe('Plaatsing op internet', () => {
    it('should appear under the Woo, naming the documents only when some are disclosed', () => {
      expect(decisionSections(facts(), 'woo').publication).toEqual({ withDocuments: true });
      expect(
        decisionSections(facts({ assessment: { answers: [refused] } }), 'woo').publication,
      ).toEqual({ withDocuments: false });
    });

    it('should not appear under the Wob', () => {
      expect(
        decisionSections(facts({ request: { regime: 'wob' } }), 'wob').publication,
      ).toBeUndefined();
    });
  });

  describe('Informatie ouder dan vijf jaar', () => {
    it('should appear under the Woo when the clerk gives its reasoning', () => {
      expect(decisionSections(facts(), 'woo').olderThanFiveYears).toBeUndefined();
      expect(decisionSections(facts({ ageReasoning: 'R' }), 'woo').olderThanFiveYears).toEqual({
        reasoning: 'R',
      });
      expect(
        decisionSections(facts({ ageReasoning: 'R' }), 'wob').olderThanFiveYears,
      ).toBeUndefined();
    });
  });

  describe('reasoning per ground', () => {
    it('should give no section without grounds', () => {
      expect(decisionSections(facts(), 'woo').grounds).toEqual([]);
    });

    it('should give each cited ground a section of its kind, with the items citing it', () => {
      const answers: DecisionAnswer[] = [
        { items: [1], body: 'b', outcome: 'partly_granted', grounds: ['5.1.2.e', '5.1.1.d'] },
        { items: [2, 3], body: 'b', outcome: 'refused', grounds: ['5.2.1', '5.1.2.e'] },
      ];
      const grounds = decisionSections(facts({ assessment: { answers } }), 'woo').grounds;
      expect(grounds.map((g) => [g.code, g.kind, g.items])).toEqual([
        ['5.1.2.e', 'relative', [1, 2, 3]],
        ['5.1.1.d', 'absolute', [1]],
        ['5.2.1', 'policy_views', [2, 3]],
      ]);
      expect(grounds[0]).toMatchObject({
        citation: 'artikel 5.1, tweede lid, aanhef en onder e, van de Woo',
        label: 'persoonlijke levenssfeer',
      });
    });

    it("should print each answer's reasoning once, under its first ground, and refer to it from the others", () => {
      const answers: DecisionAnswer[] = [
        {
          items: [1],
          body: 'b',
          outcome: 'refused',
          grounds: ['5.1.2.e', '5.1.2.f'],
          weighing: 'W1',
        },
        { items: [2], body: 'b', outcome: 'refused', grounds: ['5.1.2.f'], weighing: 'W2' },
      ];
      const [e, f] = decisionSections(facts({ assessment: { answers } }), 'woo').grounds;
      expect(e.reasonings).toEqual([{ items: [1], text: 'W1', labelled: false }]);
      expect(e.seeAbove).toEqual([]);
      expect(f.reasonings).toEqual([{ items: [2], text: 'W2', labelled: false }]);
      expect(f.seeAbove).toEqual([
        { items: [1], citation: 'artikel 5.1, tweede lid, aanhef en onder e, van de Woo' },
      ]);
    });

    it('should label the reasonings when several answers reason under one ground', () => {
      const answers: DecisionAnswer[] = [
        { items: [1], body: 'b', outcome: 'refused', grounds: ['10.2.e'], weighing: 'W1' },
        { items: [2], body: 'b', outcome: 'refused', grounds: ['10.2.e'], weighing: 'W2' },
      ];
      const [e] = decisionSections(
        facts({ request: { regime: 'wob' }, assessment: { answers } }),
        'wob',
      ).grounds;
      expect(e.kind).toBe('relative');
      expect(e.reasonings.map((r) => r.labelled)).toEqual([true, true]);
    });

    it('should treat Wob 11 as the policy views of the Wob', () => {
      const answers: DecisionAnswer[] = [{ ...refused, grounds: ['11.1'] }];
      expect(
        decisionSections(facts({ request: { regime: 'wob' }, assessment: { answers } }), 'wob')
          .grounds[0].kind,
      ).toBe('policy_views');
    });
  });
});
